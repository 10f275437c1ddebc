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

/** Decision {@code yearly-targets} (dmn/yearly-targets.dmn): the yearly targets of plan section II. */
class YearlyTargetsTest {

  private static final String DECISION = "yearly-targets";
  private static final DecisionTables TABLES = DecisionTables.load("yearly-targets.dmn");

  @ParameterizedTest(name = "[{index}] {1} in {2} → {3} {5} ({4})")
  @CsvSource(delimiter = '|', textBlock = """
      # fired rule                         | unit type             | year | comparison | measure              | target | plan section
      yt-rule-phuong-plan                   | phuong                | 2023 | at-least   | count                | 2      | mục II.2.2
      yt-rule-phong-ban-plan                | phong-ban             | 2024 | at-least   | percent-of-headcount | 5      | mục II.2.2
      yt-rule-quan-plan                     | quan                  | 2025 | at-least   | count                | 100    | mục II.2
      yt-rule-de-xuat-thanh-pho-plan        | de-xuat-thanh-pho     | 2024 | at-least   | count                | 20     | mục II.1
      yt-rule-sach-bong-hoa-plan            | sach-bong-hoa         | 2024 | at-least   | count                | 2      | mục II.1
      yt-rule-don-vi-chu-tri-plan           | don-vi-chu-tri        | 2024 | at-least   | count                | 5      | PHỤ LỤC
      yt-rule-cong-dan-thu-do-uu-tu-plan    | cong-dan-thu-do-uu-tu | 2024 | at-most    | count                | 10     | QĐ 71/2025/QĐ-UBND
      yt-rule-phuong-later                  | phuong                | 2026 | at-least   | count                | 2      | mục II.2.2
      yt-rule-phong-ban-later               | phong-ban             | 2027 | at-least   | percent-of-headcount | 5      | mục II.2.2
      yt-rule-quan-later                    | quan                  | 2026 | at-least   | count                | 100    | mục II.2
      yt-rule-de-xuat-thanh-pho-later       | de-xuat-thanh-pho     | 2026 | at-least   | count                | 20     | mục II.1
      yt-rule-sach-bong-hoa-later           | sach-bong-hoa         | 2026 | at-least   | count                | 2      | mục II.1
      yt-rule-don-vi-chu-tri-later          | don-vi-chu-tri        | 2026 | at-least   | count                | 5      | PHỤ LỤC
      yt-rule-cong-dan-thu-do-uu-tu-later   | cong-dan-thu-do-uu-tu | 2030 | at-most    | count                | 10     | QĐ 71/2025/QĐ-UBND
      """)
  void givesTheYearlyTargetOfEachUnitType(String firedRule, String unitType, int year, String comparison, String measure,
      double target, String planSection) {
    Map<String, Object> result = target(unitType, year);

    assertThat(result)
        .containsEntry("comparison", comparison)
        .containsEntry("measure", measure)
        .containsEntry("targetValue", target);
    assertThat((String) result.get("description")).contains(planSection);
    assertThat(TABLES.firedRules()).containsExactly(firedRule);
  }

  @Test
  void departmentTargetIsAShareOfItsHeadcount() {
    assertThat(target("phong-ban", 2024)).containsEntry("measure", "percent-of-headcount").containsEntry("targetValue", 5.0);
  }

  @Test
  void congDanThuDoUuTuIsACapNotAGoal() {
    assertThat(target("cong-dan-thu-do-uu-tu", 2024)).containsEntry("comparison", "at-most").containsEntry("targetValue", 10.0);
  }

  @ParameterizedTest(name = "[{index}] {1} in {2} → error")
  @CsvSource(delimiter = '|', textBlock = """
      yt-rule-unknown-unit-type | to-dan-pho | 2024 | Loại đơn vị không có chỉ tiêu: 'to-dan-pho'
      yt-rule-year-before-plan  | phuong     | 2022 | Không có chỉ tiêu cho năm 2022
      """)
  void unitTypeOrYearWithoutATargetIsAnError(String rule, String unitType, int year, String message) {
    assertThatThrownBy(() -> target(unitType, year)).hasMessageContaining(message);
  }

  @ParameterizedTest(name = "[{index}] without {0} → error naming it")
  @ValueSource(strings = {"unitType", "year"})
  void missingInputIsAnErrorNamingTheInput(String input) {
    VariableMap variables = Variables.createVariables().putValue("unitType", "phuong").putValue("year", 2024);
    variables.remove(input);

    assertThatThrownBy(() -> TABLES.evaluate(DECISION, variables)).hasMessageContaining("Thiếu dữ liệu đầu vào '" + input + "'");
  }

  @Test
  void everyRuleOfTheTableHasAnExample() {
    Set<String> covered = CsvExamples.rulesNamedIn(getClass(), "givesTheYearlyTargetOfEachUnitType", "unitTypeOrYearWithoutATargetIsAnError");

    assertThat(covered).containsExactlyInAnyOrderElementsOf(TABLES.allRuleIds());
    assertThat(TABLES.errorRuleIds()).containsExactlyInAnyOrder("yt-rule-unknown-unit-type", "yt-rule-year-before-plan");
  }

  private static Map<String, Object> target(String unitType, int year) {
    return TABLES.evaluate(DECISION, Variables.createVariables().putValue("unitType", unitType).putValue("year", year))
        .getSingleResult().getEntryMap();
  }
}
