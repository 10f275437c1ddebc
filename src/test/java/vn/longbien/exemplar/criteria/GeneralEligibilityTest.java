package vn.longbien.exemplar.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Decision {@code general-eligibility} (dmn/general-eligibility.dmn): the four general criteria of plan III.2.1.a. */
class GeneralEligibilityTest {

  private static final String DECISION = "general-eligibility";
  private static final DecisionTables TABLES = DecisionTables.load("general-eligibility.dmn");

  @ParameterizedTest(name = "[{index}] {1} claims [{2}], discipline {3}, complaint {4} → eligible {5}, on hold {6}")
  @CsvSource(delimiter = '|', textBlock = """
      # fired rules                                       | kind        | criteria claimed | discipline | complaint | eligible | onHold | reason codes
      ge-rule-eligible                                    | ca-nhan     | tc1 tc2 tc3 tc4  | false      | false     | true     | false  | ''
      ge-rule-eligible                                    | tap-the     | tc4 tc3 tc2 tc1  | false      | false     | true     | false  | ''
      ge-rule-eligible                                    | ho-gia-dinh | tc1 tc2 tc3 tc4  | false      | false     | true     | false  | ''
      ger-rule-tc1 ge-rule-not-eligible                   | ca-nhan     | tc2 tc3 tc4      | false      | false     | false    | false  | tc1
      ger-rule-tc2 ge-rule-not-eligible                   | tap-the     | tc1 tc3 tc4      | false      | false     | false    | false  | tc2
      ger-rule-tc3 ge-rule-not-eligible                   | ho-gia-dinh | tc1 tc2 tc4      | false      | false     | false    | false  | tc3
      ger-rule-tc4 ge-rule-not-eligible                   | tap-the     | tc1 tc2 tc3      | false      | false     | false    | false  | tc4
      ger-rule-tc1 ger-rule-tc2 ger-rule-tc3 ger-rule-tc4 ge-rule-not-eligible | ca-nhan | '' | false  | false     | false    | false  | tc1 tc2 tc3 tc4
      ger-rule-discipline ge-rule-held                    | ca-nhan     | tc1 tc2 tc3 tc4  | true       | false     | false    | true   | discipline-pending
      ger-rule-complaint ge-rule-held                     | ho-gia-dinh | tc1 tc2 tc3 tc4  | false      | true      | false    | true   | complaint-pending
      ger-rule-tc2 ger-rule-discipline ger-rule-complaint ge-rule-held | tap-the | tc1 tc3 tc4 | true  | true      | false    | true   | tc2 discipline-pending complaint-pending
      """)
  void decidesEachExampleAsThePlanSays(String firedRules, String kind, String claimed, boolean discipline, boolean complaint,
      boolean eligible, boolean onHold, String reasonCodes) {
    Map<String, Object> result = TABLES.evaluate(DECISION, nomination(kind, claimed, discipline, complaint)).getSingleResult().getEntryMap();

    assertThat(result).containsEntry("eligible", eligible).containsEntry("onHold", onHold);
    assertThat(reasons(result)).hasSize(codes(reasonCodes).size());
    assertThat(TABLES.firedRules()).containsExactlyInAnyOrderElementsOf(codes(firedRules));
  }

  @Test
  void allFourGeneralCriteriaAreMandatoryForEveryNomineeKind() {
    for (String kind : List.of("tap-the", "ca-nhan", "ho-gia-dinh")) {
      for (String criterion : List.of("tc1", "tc2", "tc3", "tc4")) {
        List<String> claimed = new java.util.ArrayList<>(List.of("tc1", "tc2", "tc3", "tc4"));
        claimed.remove(criterion);

        Map<String, Object> result = TABLES.evaluate(DECISION, nomination(kind, String.join(" ", claimed), false, false))
            .getSingleResult().getEntryMap();

        assertThat(result).as("%s without %s", kind, criterion).containsEntry("eligible", false);
      }
    }
  }

  @Test
  void eachMissingCriterionIsExplainedInVietnameseCitingThePlan() {
    Map<String, Object> result = TABLES.evaluate(DECISION, nomination("ca-nhan", "tc1 tc2", false, false))
        .getSingleResult().getEntryMap();

    assertThat(reasons(result)).containsExactly(
        "Chưa đạt tiêu chuẩn chung 3: Có mô hình mới, cách làm hay, nhiều sáng kiến, giải pháp sáng tạo, mang lại hiệu quả "
            + "thiết thực; là nhân tố nổi trội, tiêu biểu, dẫn đầu trong các phong trào thi đua (KH 26/KH-HĐTĐKT, mục III.2.1.a)",
        "Chưa đạt tiêu chuẩn chung 4: Có tinh thần tương thân tương ái, giúp đỡ mọi người cùng tiến bộ; tích cực tham gia các "
            + "hoạt động nhân đạo, từ thiện, an sinh xã hội, được các cấp, các ngành ghi nhận hoặc dư luận biểu dương "
            + "(KH 26/KH-HĐTĐKT, mục III.2.1.a)");
  }

  @Test
  void eligibleNominationHasNoReasons() {
    Map<String, Object> result = TABLES.evaluate(DECISION, nomination("tap-the", "tc1 tc2 tc3 tc4", false, false))
        .getSingleResult().getEntryMap();

    assertThat(result).containsEntry("eligible", true).containsEntry("onHold", false);
    assertThat(reasons(result)).isEmpty();
  }

  @Test
  void pendingDisciplineHoldsTheNominationInsteadOfRejectingIt() {
    Map<String, Object> result = TABLES.evaluate(DECISION, nomination("ca-nhan", "tc1 tc2 tc3 tc4", true, false))
        .getSingleResult().getEntryMap();

    assertThat(result).containsEntry("onHold", true).containsEntry("eligible", false);
    assertThat(reasons(result)).singleElement().asString()
        .contains("xem xét kỷ luật").contains("Nghị định 98/2023/NĐ-CP, Điều 4");
  }

  @Test
  void pendingComplaintHoldsTheNominationEvenWhenCriteriaAreAlsoMissing() {
    Map<String, Object> result = TABLES.evaluate(DECISION, nomination("ca-nhan", "tc1", false, true))
        .getSingleResult().getEntryMap();

    assertThat(result).containsEntry("onHold", true).containsEntry("eligible", false);
    assertThat(reasons(result)).hasSize(4).anySatisfy(reason -> assertThat(reason).contains("khiếu nại, tố cáo"));
  }

  @Test
  void claimedCodesOutsideTc1ToTc4GrantNothing() {
    Map<String, Object> result = TABLES.evaluate(DECISION, nomination("ca-nhan", "tc1 tc2 tc3 tc5", false, false))
        .getSingleResult().getEntryMap();

    assertThat(result).containsEntry("eligible", false);
    assertThat(TABLES.firedRules()).contains("ger-rule-tc4");
  }

  @ParameterizedTest(name = "[{index}] {1} → error")
  @CsvSource(delimiter = '|', textBlock = """
      ger-rule-unknown-kind | doanh-nghiep | Loại đối tượng đề cử không hợp lệ: 'doanh-nghiep'
      ger-rule-unknown-kind | ''           | Loại đối tượng đề cử không hợp lệ: ''
      """)
  void unknownNomineeKindIsAnErrorNotASilentPass(String rule, String kind, String message) {
    assertThatThrownBy(() -> TABLES.evaluate(DECISION, nomination(kind, "tc1 tc2 tc3 tc4", false, false)))
        .hasMessageContaining(message);
  }

  @ParameterizedTest(name = "[{index}] without {0} → error naming it")
  @ValueSource(strings = {"nomineeKind", "generalCriteriaMet", "disciplinePending", "complaintPending"})
  void missingInputIsAnErrorNamingTheInput(String input) {
    VariableMap variables = nomination("ca-nhan", "tc1 tc2 tc3 tc4", false, false);
    variables.remove(input);

    assertThatThrownBy(() -> TABLES.evaluate(DECISION, variables))
        .hasMessageContaining("Thiếu dữ liệu đầu vào '" + input + "'");
  }

  @ParameterizedTest(name = "[{index}] {0} = null → error naming it")
  @ValueSource(strings = {"nomineeKind", "generalCriteriaMet", "disciplinePending", "complaintPending"})
  void nullInputIsAnErrorNamingTheInput(String input) {
    VariableMap variables = nomination("ca-nhan", "tc1 tc2 tc3 tc4", false, false);
    variables.putValue(input, null);

    assertThatThrownBy(() -> TABLES.evaluate(DECISION, variables))
        .hasMessageContaining("Thiếu dữ liệu đầu vào '" + input + "'");
  }

  @Test
  void criteriaGivenAsTextInsteadOfAListIsAnErrorNotASilentPass() {
    VariableMap variables = nomination("ca-nhan", "", false, false).putValue("generalCriteriaMet", "tc1,tc2,tc3,tc4");

    assertThatThrownBy(() -> TABLES.evaluate(DECISION, variables))
        .hasMessageContaining("Dữ liệu đầu vào 'generalCriteriaMet' phải là một danh sách mã");
  }

  @Test
  void everyRuleOfTheTablesHasAnExample() {
    Set<String> covered = CsvExamples.rulesNamedIn(getClass(), "decidesEachExampleAsThePlanSays", "unknownNomineeKindIsAnErrorNotASilentPass");

    assertThat(covered).containsExactlyInAnyOrderElementsOf(TABLES.allRuleIds());
    assertThat(TABLES.errorRuleIds()).containsExactly("ger-rule-unknown-kind");
  }

  static VariableMap nomination(String kind, String claimed, Boolean discipline, Boolean complaint) {
    return Variables.createVariables()
        .putValue("nomineeKind", kind)
        .putValue("generalCriteriaMet", codes(claimed))
        .putValue("disciplinePending", discipline)
        .putValue("complaintPending", complaint);
  }

  static List<String> codes(String spaceSeparated) {
    return spaceSeparated == null || spaceSeparated.isBlank() ? List.of() : Arrays.asList(spaceSeparated.trim().split("\\s+"));
  }

  @SuppressWarnings("unchecked")
  static List<String> reasons(Map<String, Object> result) {
    return (List<String>) result.get("reasons");
  }
}
