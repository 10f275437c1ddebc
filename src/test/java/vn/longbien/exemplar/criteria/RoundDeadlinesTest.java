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
 * Decision {@code round-deadlines} (dmn/round-deadlines.dmn): review by 31/01 (plan III.2.1.d), each lead unit's
 * introduction date (appendix), the round opening on 01/12 of the previous year.
 */
class RoundDeadlinesTest {

  private static final String DECISION = "round-deadlines";
  private static final DecisionTables TABLES = DecisionTables.load("round-deadlines.dmn");

  @ParameterizedTest(name = "[{index}] {1} {2}{3} in {4} → {5}/{6} (year {7})")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      # fired rule                      | purpose      | level | movement               | year | day | month | yearOffset | reminder | posting
      rd-rule-review-phuong-plan         | review       | phuong | null                  | 2023 | 31  | 1     | 0          | 7        | 10
      rd-rule-review-quan-plan           | review       | quan   | null                  | 2025 | 31  | 1     | 0          | 7        | 10
      rd-rule-review-phuong-later        | review       | phuong | null                  | 2026 | 31  | 1     | 0          | 7        | 10
      rd-rule-review-quan-later          | review       | quan   | null                  | 2031 | 31  | 1     | 0          | 7        | 10
      rd-rule-round-open-plan            | round-open   | null   | null                  | 2024 | 1   | 12    | -1         | 7        | 10
      rd-rule-round-open-later           | round-open   | null   | null                  | 2026 | 1   | 12    | -1         | 7        | 10
      rd-rule-intro-hcm-plan             | introduction | null   | tu-tuong-ho-chi-minh  | 2024 | 10  | 4     | 0          | 10       | 10
      rd-rule-intro-dvk-plan             | introduction | null   | dan-van-kheo          | 2024 | 10  | 2     | 0          | 10       | 10
      rd-rule-intro-mttq-plan            | introduction | null   | ton-giao-mat-tran     | 2024 | 10  | 2     | 0          | 10       | 10
      rd-rule-intro-qpan-plan            | introduction | null   | quoc-phong-an-ninh    | 2024 | 10  | 7     | 0          | 10       | 10
      rd-rule-intro-asxh-plan            | introduction | null   | an-sinh-xa-hoi        | 2024 | 10  | 6     | 0          | 10       | 10
      rd-rule-intro-htkt-plan            | introduction | null   | ha-tang-tiet-kiem     | 2024 | 10  | 2     | 0          | 10       | 10
      rd-rule-intro-cchc-plan            | introduction | null   | cai-cach-hanh-chinh   | 2024 | 10  | 4     | 0          | 10       | 10
      rd-rule-intro-vhtt-plan            | introduction | null   | van-hoa-the-thao      | 2024 | 10  | 2     | 0          | 10       | 10
      rd-rule-intro-cds-plan             | introduction | null   | chuyen-doi-so         | 2024 | 10  | 2     | 0          | 10       | 10
      rd-rule-intro-gddt-plan            | introduction | null   | giao-duc-dao-tao      | 2024 | 10  | 8     | 0          | 10       | 10
      rd-rule-intro-yte-plan             | introduction | null   | y-te-an-toan-thuc-pham | 2024 | 30 | 1     | 0          | 10       | 10
      rd-rule-intro-skst-plan            | introduction | null   | sang-kien-sang-tao    | 2024 | 10  | 5     | 0          | 10       | 10
      rd-rule-intro-dnhn-plan            | introduction | null   | doanh-nghiep-hoi-nhap | 2024 | 15  | 9     | 0          | 10       | 10
      rd-rule-intro-tctc-plan            | introduction | null   | tu-chu-tai-chinh      | 2024 | 10  | 2     | 0          | 10       | 10
      rd-rule-intro-dtts-plan            | introduction | null   | dan-toc-thieu-so      | 2024 | 10  | 2     | 0          | 10       | 10
      rd-rule-intro-hcm-later            | introduction | null   | tu-tuong-ho-chi-minh  | 2026 | 10  | 4     | 0          | 10       | 10
      rd-rule-intro-dvk-later            | introduction | null   | dan-van-kheo          | 2026 | 10  | 2     | 0          | 10       | 10
      rd-rule-intro-mttq-later           | introduction | null   | ton-giao-mat-tran     | 2026 | 10  | 2     | 0          | 10       | 10
      rd-rule-intro-qpan-later           | introduction | null   | quoc-phong-an-ninh    | 2026 | 10  | 7     | 0          | 10       | 10
      rd-rule-intro-asxh-later           | introduction | null   | an-sinh-xa-hoi        | 2026 | 10  | 6     | 0          | 10       | 10
      rd-rule-intro-htkt-later           | introduction | null   | ha-tang-tiet-kiem     | 2026 | 10  | 2     | 0          | 10       | 10
      rd-rule-intro-cchc-later           | introduction | null   | cai-cach-hanh-chinh   | 2026 | 10  | 4     | 0          | 10       | 10
      rd-rule-intro-vhtt-later           | introduction | null   | van-hoa-the-thao      | 2026 | 10  | 2     | 0          | 10       | 10
      rd-rule-intro-cds-later            | introduction | null   | chuyen-doi-so         | 2026 | 10  | 2     | 0          | 10       | 10
      rd-rule-intro-gddt-later           | introduction | null   | giao-duc-dao-tao      | 2026 | 10  | 8     | 0          | 10       | 10
      rd-rule-intro-yte-later            | introduction | null   | y-te-an-toan-thuc-pham | 2026 | 30 | 1     | 0          | 10       | 10
      rd-rule-intro-skst-later           | introduction | null   | sang-kien-sang-tao    | 2026 | 10  | 5     | 0          | 10       | 10
      rd-rule-intro-dnhn-later           | introduction | null   | doanh-nghiep-hoi-nhap | 2026 | 15  | 9     | 0          | 10       | 10
      rd-rule-intro-tctc-later           | introduction | null   | tu-chu-tai-chinh      | 2026 | 10  | 2     | 0          | 10       | 10
      rd-rule-intro-dtts-later           | introduction | null   | dan-toc-thieu-so      | 2026 | 10  | 2     | 0          | 10       | 10
      """)
  void givesEachDeadlineOfThePlan(String firedRule, String purpose, String level, String movement, int year, int day, int month,
      int yearOffset, int reminder, int posting) {
    Map<String, Object> result = deadline(purpose, level, movement, year);

    assertThat(result)
        .containsEntry("deadlineDay", day)
        .containsEntry("deadlineMonth", month)
        .containsEntry("yearOffset", yearOffset)
        .containsEntry("reminderDaysBefore", reminder)
        .containsEntry("publicPostingWorkingDays", posting);
    assertThat(TABLES.firedRules()).containsExactly(firedRule);
  }

  @Test
  void lastYearOfThePlanPeriodStillUsesThePlanRule() {
    deadline("introduction", null, "giao-duc-dao-tao", 2025);

    assertThat(TABLES.firedRules()).containsExactly("rd-rule-intro-gddt-plan");
  }

  @Test
  void firstYearAfterThePlanCarriesTheSameDatesForwardWithoutACodeChange() {
    Map<String, Object> planYear = deadline("introduction", null, "doanh-nghiep-hoi-nhap", 2025);
    Map<String, Object> nextYear = deadline("introduction", null, "doanh-nghiep-hoi-nhap", 2026);

    assertThat(TABLES.firedRules()).containsExactly("rd-rule-intro-dnhn-later");
    assertThat(nextYear).isEqualTo(planYear);
  }

  @Test
  void everyAppendixMovementOfUnitsYamlHasAnIntroductionDeadlineEveryYear() {
    for (String movement : SharedCodes.appendixMovementCodes()) {
      for (int year = 2023; year <= 2030; year++) {
        assertThat(deadline("introduction", null, movement, year)).as("%s %d", movement, year)
            .containsKeys("deadlineDay", "deadlineMonth");
      }
    }
  }

  @Test
  void reviewOfBothLevelsClosesOnTheThirtyFirstOfJanuary() {
    assertThat(deadline("review", "phuong", null, 2024)).containsEntry("deadlineDay", 31).containsEntry("deadlineMonth", 1);
    assertThat(deadline("review", "quan", null, 2024)).containsEntry("deadlineDay", 31).containsEntry("deadlineMonth", 1);
  }

  @ParameterizedTest(name = "[{index}] city review in {1} → 31/01, no posting by the district")
  @CsvSource(delimiter = '|', textBlock = """
      rd-rule-review-thanh-pho-plan  | 2023
      rd-rule-review-thanh-pho-plan  | 2025
      rd-rule-review-thanh-pho-later | 2026
      rd-rule-review-thanh-pho-later | 2031
      """)
  void cityOutcomeIsDueOnTheThirtyFirstOfJanuaryWithoutAPostingPeriod(String firedRule, int year) {
    Map<String, Object> result = deadline("review", "thanh-pho", null, year);

    assertThat(result)
        .containsEntry("deadlineDay", 31)
        .containsEntry("deadlineMonth", 1)
        .containsEntry("yearOffset", 0)
        .containsEntry("reminderDaysBefore", 7);
    assertThat(result.get("publicPostingWorkingDays")).isNull();
    assertThat(TABLES.firedRules()).containsExactly(firedRule);
  }

  @ParameterizedTest(name = "[{index}] {1} {2}{3} in {4} → error")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      rd-rule-missing-level    | review       | null      | null                 | 2024 | Thiếu dữ liệu đầu vào 'level'
      rd-rule-unknown-level    | review       | to-dan-pho | null                | 2024 | Không có hạn bình xét cho cấp 'to-dan-pho'
      rd-rule-missing-movement | introduction | null      | null                 | 2024 | Thiếu dữ liệu đầu vào 'movement'
      rd-rule-unknown-movement | introduction | null      | chung                | 2024 | Không có hạn giới thiệu điển hình cho phong trào 'chung'
      rd-rule-unknown-movement | introduction | null      | giao-duc             | 2024 | Không có hạn giới thiệu điển hình cho phong trào 'giao-duc'
      rd-rule-unknown-purpose  | closing      | null      | null                 | 2024 | Loại thời hạn không hợp lệ: 'closing'
      rd-rule-year-before-plan | review       | quan      | null                 | 2022 | Không có quy định thời hạn cho năm 2022
      rd-rule-year-before-plan | introduction | null      | giao-duc-dao-tao     | 2020 | Không có quy định thời hạn cho năm 2020
      """)
  void deadlineWithoutARuleIsAnErrorNotADefault(String rule, String purpose, String level, String movement, int year, String message) {
    assertThatThrownBy(() -> deadline(purpose, level, movement, year)).hasMessageContaining(message);
  }

  @ParameterizedTest(name = "[{index}] without {0} → error naming it")
  @ValueSource(strings = {"purpose", "year"})
  void missingInputIsAnErrorNamingTheInput(String input) {
    VariableMap variables = Variables.createVariables().putValue("purpose", "round-open").putValue("year", 2024);
    variables.remove(input);

    assertThatThrownBy(() -> TABLES.evaluate(DECISION, variables)).hasMessageContaining("Thiếu dữ liệu đầu vào '" + input + "'");
  }

  @Test
  void everyRuleOfTheTableHasAnExample() {
    Set<String> covered = CsvExamples.rulesNamedIn(getClass(), "givesEachDeadlineOfThePlan",
        "cityOutcomeIsDueOnTheThirtyFirstOfJanuaryWithoutAPostingPeriod", "deadlineWithoutARuleIsAnErrorNotADefault");

    assertThat(covered).containsExactlyInAnyOrderElementsOf(TABLES.allRuleIds());
    assertThat(TABLES.errorRuleIds()).containsExactlyInAnyOrder("rd-rule-unknown-purpose", "rd-rule-missing-level", "rd-rule-unknown-level",
        "rd-rule-missing-movement", "rd-rule-unknown-movement", "rd-rule-year-before-plan");
  }

  private static Map<String, Object> deadline(String purpose, String level, String movement, int year) {
    VariableMap variables = Variables.createVariables().putValue("purpose", purpose).putValue("year", year);
    if (level != null) {
      variables.putValue("level", level);
    }
    if (movement != null) {
      variables.putValue("movement", movement);
    }
    return TABLES.evaluate(DECISION, variables).getSingleResult().getEntryMap();
  }
}
