package vn.longbien.exemplar.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision {@code repeat-recognition} (dmn/repeat-recognition.dmn): an earlier recognition of the same exemplar for
 * the same movement calls for the council's confirmation of a new achievement when it was at the ward or district
 * level in the last 2 years, or at the city level in the last 3 years; another movement never does.
 */
class RepeatRecognitionTest {

  private static final String DECISION = "repeat-recognition";
  private static final DecisionTables TABLES = DecisionTables.load("repeat-recognition.dmn");

  @ParameterizedTest(name = "[{index}] {1} năm trước, {2}, cùng phong trào {3} → cảnh báo {4}")
  @CsvSource(delimiter = '|', textBlock = """
      # fired rule                  | years | level     | same movement | warn
      rr-rule-ward-district-recent  | 1     | phuong    | true          | true
      rr-rule-ward-district-recent  | 2     | quan      | true          | true
      rr-rule-ward-district-older   | 3     | phuong    | true          | false
      rr-rule-ward-district-older   | 10    | quan      | true          | false
      rr-rule-city-recent           | 1     | thanh-pho | true          | true
      rr-rule-city-recent           | 3     | thanh-pho | true          | true
      rr-rule-city-older            | 4     | thanh-pho | true          | false
      rr-rule-other-movement        | 1     | phuong    | false         | false
      rr-rule-other-movement        | 1     | thanh-pho | false         | false
      """)
  void warnsOfARecentRecognitionForTheSameMovement(String firedRule, int years, String level, boolean sameMovement,
      boolean warn) {
    Map<String, Object> result = answer(years, level, sameMovement);

    assertThat(result).containsEntry("warn", warn);
    assertThat((String) result.get("ruleApplied")).isNotBlank();
    assertThat(TABLES.firedRules()).containsExactly(firedRule);
  }

  @Test
  void aRecognitionOfTheSameRoundIsNotAnEarlierOneAndIsRefused() {
    assertThatThrownBy(() -> answer(0, "phuong", true))
        .hasMessageContaining("Số năm kể từ lần được công nhận không hợp lệ");
  }

  @Test
  void anUnknownLevelIsRefused() {
    assertThatThrownBy(() -> answer(1, "tinh", true)).hasMessageContaining("Cấp đã công nhận không hợp lệ: 'tinh'");
  }

  @Test
  void aMissingInputIsRefusedByName() {
    VariableMap variables = Variables.createVariables().putValue("yearsSince", 1).putValue("earlierLevel", "phuong");

    assertThatThrownBy(() -> TABLES.evaluate(DECISION, variables))
        .hasMessageContaining("Thiếu dữ liệu đầu vào 'sameMovement'");
  }

  private static Map<String, Object> answer(int years, String level, boolean sameMovement) {
    return TABLES.evaluate(DECISION, Variables.createVariables().putValue("yearsSince", years)
        .putValue("earlierLevel", level).putValue("sameMovement", sameMovement)).getSingleResult().getEntryMap();
  }
}
