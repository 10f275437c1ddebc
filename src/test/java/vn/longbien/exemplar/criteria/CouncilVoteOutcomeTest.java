package vn.longbien.exemplar.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Decision {@code council-vote-outcome} (dmn/council-vote-outcome.dmn): quorum of 2/3 present, more than half of ALL
 * members in favour, "Công dân Thủ đô ưu tú" at least 90% of all members.
 */
class CouncilVoteOutcomeTest {

  private static final String DECISION = "council-vote-outcome";
  private static final DecisionTables TABLES = DecisionTables.load("council-vote-outcome.dmn");

  @ParameterizedTest(name = "[{index}] {1}/{2}: {3} members, {4} present, {5} in favour → quorum {6}, passed {7}")
  @CsvSource(delimiter = '|', textBlock = """
      # fired rule              | level     | award                        | total | present | favour | quorum | passed | rule applied
      cvo-rule-majority-passed   | phuong    | dien-hinh-phuong             | 9     | 9       | 5      | true   | true   | Đủ 2/3 thành viên dự họp; quá nửa tổng số thành viên đồng ý – thông qua
      cvo-rule-majority-passed   | quan      | dien-hinh-quan               | 15    | 10      | 8      | true   | true   | Đủ 2/3 thành viên dự họp; quá nửa tổng số thành viên đồng ý – thông qua
      cvo-rule-majority-passed   | quan      | nguoi-tot-viec-tot-thanh-pho | 15    | 12      | 8      | true   | true   | Đủ 2/3 thành viên dự họp; quá nửa tổng số thành viên đồng ý – thông qua
      cvo-rule-majority-passed   | thanh-pho | sach-nhung-bong-hoa-dep      | 21    | 14      | 11     | true   | true   | Đủ 2/3 thành viên dự họp; quá nửa tổng số thành viên đồng ý – thông qua
      cvo-rule-majority-rejected | phuong    | dien-hinh-phuong             | 10    | 10      | 5      | true   | false  | Đủ 2/3 thành viên dự họp; không quá nửa tổng số thành viên đồng ý – không thông qua
      cvo-rule-majority-rejected | quan      | dien-hinh-quan               | 12    | 8       | 6      | true   | false  | Đủ 2/3 thành viên dự họp; không quá nửa tổng số thành viên đồng ý – không thông qua
      cvo-rule-majority-no-quorum | phuong   | dien-hinh-phuong             | 9     | 5       | 5      | false  | false  | Không đủ 2/3 thành viên dự họp – cuộc họp không đủ điều kiện biểu quyết
      cvo-rule-majority-no-quorum | quan     | dien-hinh-quan               | 10    | 6       | 6      | false  | false  | Không đủ 2/3 thành viên dự họp – cuộc họp không đủ điều kiện biểu quyết
      cvo-rule-cdtduu-passed     | thanh-pho | cong-dan-thu-do-uu-tu        | 20    | 20      | 18     | true   | true   | Đủ 2/3 thành viên dự họp; ít nhất 90% tổng số thành viên đồng ý (danh hiệu “Công dân Thủ đô ưu tú”) – thông qua
      cvo-rule-cdtduu-passed     | quan      | cong-dan-thu-do-uu-tu        | 11    | 10      | 10     | true   | true   | Đủ 2/3 thành viên dự họp; ít nhất 90% tổng số thành viên đồng ý (danh hiệu “Công dân Thủ đô ưu tú”) – thông qua
      cvo-rule-cdtduu-rejected   | thanh-pho | cong-dan-thu-do-uu-tu        | 20    | 20      | 17     | true   | false  | Đủ 2/3 thành viên dự họp; chưa đủ 90% tổng số thành viên đồng ý (danh hiệu “Công dân Thủ đô ưu tú”) – không thông qua
      cvo-rule-cdtduu-rejected   | quan      | cong-dan-thu-do-uu-tu        | 11    | 11      | 9      | true   | false  | Đủ 2/3 thành viên dự họp; chưa đủ 90% tổng số thành viên đồng ý (danh hiệu “Công dân Thủ đô ưu tú”) – không thông qua
      cvo-rule-cdtduu-no-quorum  | thanh-pho | cong-dan-thu-do-uu-tu        | 30    | 19      | 19     | false  | false  | Không đủ 2/3 thành viên dự họp – cuộc họp không đủ điều kiện biểu quyết
      """)
  void decidesEachExampleByTheDefaultVoteRules(String firedRule, String level, String award, int total, int present, int favour,
      boolean quorum, boolean passed, String ruleApplied) {
    Map<String, Object> result = outcome(level, award, total, present, favour);

    assertThat(result).containsEntry("quorumReached", quorum).containsEntry("passed", passed).containsEntry("ruleApplied", ruleApplied);
    assertThat(TABLES.firedRules()).containsExactly(firedRule);
  }

  @Test
  void quorumIsReachedWithExactlyTwoThirdsPresent() {
    assertThat(outcome("quan", "dien-hinh-quan", 9, 6, 6)).containsEntry("quorumReached", true).containsEntry("passed", true);
  }

  @Test
  void quorumIsNotReachedOneMemberShortOfTwoThirds() {
    assertThat(outcome("quan", "dien-hinh-quan", 9, 5, 5)).containsEntry("quorumReached", false).containsEntry("passed", false);
  }

  @Test
  void quorumRoundsUpWhenTwoThirdsIsNotAWholeNumber() {
    // 2/3 of 10 is 6.67: 7 present are needed, 6 are not enough.
    assertThat(outcome("phuong", "dien-hinh-phuong", 10, 7, 7)).containsEntry("quorumReached", true);
    assertThat(outcome("phuong", "dien-hinh-phuong", 10, 6, 6)).containsEntry("quorumReached", false);
  }

  @Test
  void exactlyHalfOfAllMembersInFavourDoesNotPass() {
    assertThat(outcome("phuong", "dien-hinh-phuong", 10, 10, 5)).containsEntry("quorumReached", true).containsEntry("passed", false);
  }

  @Test
  void oneVoteMoreThanHalfOfAllMembersPasses() {
    assertThat(outcome("phuong", "dien-hinh-phuong", 10, 10, 6)).containsEntry("passed", true);
  }

  @Test
  void majorityIsCountedOnAllMembersNotOnThosePresent() {
    // 8 of 12 present (exactly 2/3); 6 in favour is 75% of those present but only half of all members.
    assertThat(outcome("quan", "dien-hinh-quan", 12, 8, 6)).containsEntry("quorumReached", true).containsEntry("passed", false);
  }

  @Test
  void congDanThuDoUuTuPassesWithExactlyNinetyPercentOfAllMembers() {
    assertThat(outcome("thanh-pho", "cong-dan-thu-do-uu-tu", 20, 19, 18)).containsEntry("passed", true);
  }

  @Test
  void congDanThuDoUuTuFailsJustBelowNinetyPercentEvenWithAMajority() {
    assertThat(outcome("thanh-pho", "cong-dan-thu-do-uu-tu", 20, 20, 17)).containsEntry("quorumReached", true).containsEntry("passed", false);
  }

  @ParameterizedTest(name = "[{index}] {1}/{2}: {3} members, {4} present, {5} in favour → error")
  @CsvSource(delimiter = '|', textBlock = """
      cvo-rule-unknown-level   | tinh   | dien-hinh-quan   | 9  | 9  | 9  | Cấp bình xét không hợp lệ: 'tinh'
      cvo-rule-unknown-award   | quan   | chien-si-thi-dua | 9  | 9  | 9  | Hình thức đề nghị không hợp lệ: 'chien-si-thi-dua'
      cvo-rule-invalid-total   | quan   | dien-hinh-quan   | 0  | 0  | 0  | tổng số thành viên Hội đồng (membersTotal) phải lớn hơn 0
      cvo-rule-invalid-total   | quan   | dien-hinh-quan   | -3 | 0  | 0  | tổng số thành viên Hội đồng (membersTotal) phải lớn hơn 0
      cvo-rule-invalid-present | quan   | dien-hinh-quan   | 9  | 10 | 9  | số thành viên dự họp (membersPresent = 10) phải từ 0 đến tổng số thành viên (membersTotal = 9)
      cvo-rule-invalid-present | quan   | dien-hinh-quan   | 9  | -1 | 0  | số thành viên dự họp (membersPresent = -1)
      cvo-rule-invalid-favour  | phuong | dien-hinh-phuong | 9  | 6  | 7  | số phiếu đồng ý (votesInFavour = 7) phải từ 0 đến số thành viên dự họp (membersPresent = 6)
      cvo-rule-invalid-favour  | phuong | dien-hinh-phuong | 9  | 6  | -2 | số phiếu đồng ý (votesInFavour = -2)
      """)
  void invalidVoteNumbersAreAnErrorNeverAPass(String rule, String level, String award, int total, int present, int favour,
      String message) {
    assertThatThrownBy(() -> outcome(level, award, total, present, favour)).hasMessageContaining(message);
  }

  @ParameterizedTest(name = "[{index}] without {0} → error naming it")
  @ValueSource(strings = {"level", "awardSought", "membersTotal", "membersPresent", "votesInFavour"})
  void missingInputIsAnErrorNamingTheInput(String input) {
    VariableMap variables = vote("quan", "dien-hinh-quan", 9, 9, 9);
    variables.remove(input);

    assertThatThrownBy(() -> TABLES.evaluate(DECISION, variables)).hasMessageContaining("Thiếu dữ liệu đầu vào '" + input + "'");
  }

  @ParameterizedTest(name = "[{index}] {0} = null → error naming it")
  @ValueSource(strings = {"membersTotal", "membersPresent", "votesInFavour"})
  void nullCountIsAnErrorNamingTheInput(String input) {
    VariableMap variables = vote("quan", "dien-hinh-quan", 9, 9, 9);
    variables.putValue(input, null);

    assertThatThrownBy(() -> TABLES.evaluate(DECISION, variables)).hasMessageContaining("Thiếu dữ liệu đầu vào '" + input + "'");
  }

  @Test
  void everyRuleOfTheTableHasAnExample() {
    Set<String> covered = CsvExamples.rulesNamedIn(getClass(), "decidesEachExampleByTheDefaultVoteRules",
        "invalidVoteNumbersAreAnErrorNeverAPass");

    assertThat(covered).containsExactlyInAnyOrderElementsOf(TABLES.allRuleIds());
    assertThat(TABLES.errorRuleIds()).containsExactlyInAnyOrder("cvo-rule-unknown-level", "cvo-rule-unknown-award",
        "cvo-rule-invalid-total", "cvo-rule-invalid-present", "cvo-rule-invalid-favour");
  }

  private static Map<String, Object> outcome(String level, String award, int total, int present, int favour) {
    return TABLES.evaluate(DECISION, vote(level, award, total, present, favour)).getSingleResult().getEntryMap();
  }

  private static VariableMap vote(String level, String award, int total, int present, int favour) {
    return Variables.createVariables()
        .putValue("level", level)
        .putValue("awardSought", award)
        .putValue("membersTotal", total)
        .putValue("membersPresent", present)
        .putValue("votesInFavour", favour);
  }
}
