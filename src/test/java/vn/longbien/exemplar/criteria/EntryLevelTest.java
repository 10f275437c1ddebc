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
 * Decision {@code entry-level} (dmn/entry-level.dmn): where a nomination's review starts, by the kind of the unit
 * that nominates and the chain — a ward at its own council, a district department at the district council, and
 * under the two-tier chain (no districts from 1 July 2025) only wards nominate.
 */
class EntryLevelTest {

  private static final String DECISION = "entry-level";
  private static final DecisionTables TABLES = DecisionTables.load("entry-level.dmn");

  @ParameterizedTest(name = "[{index}] {1} under {2} → {3} {4}")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      # fired rule                   | unit kind  | chain      | entry level | refusal
      el-rule-ward                    | WARD       | three-tier | phuong      | null
      el-rule-ward                    | WARD       | two-tier   | phuong      | null
      el-rule-department-three-tier   | DEPARTMENT | three-tier | quan        | null
      el-rule-department-two-tier     | DEPARTMENT | two-tier   | null        | Theo mô hình chính quyền địa phương hai cấp, chỉ phường đề cử điển hình
      el-rule-other-units             | DISTRICT   | three-tier | null        | Đơn vị này không đề cử điển hình
      el-rule-other-units             | CITY       | two-tier   | null        | Đơn vị này không đề cử điển hình
      """)
  void givesEachUnitItsEntryLevelOrItsRefusal(String firedRule, String unitKind, String chain, String entryLevel, String refusal) {
    Map<String, Object> result = TABLES.evaluate(DECISION, inputs(unitKind, chain)).getSingleResult().getEntryMap();

    assertThat(result.get("entryLevel")).isEqualTo(entryLevel);
    assertThat(result.get("refusal")).isEqualTo(refusal);
    assertThat(TABLES.firedRules()).containsExactly(firedRule);
  }

  @ParameterizedTest(name = "[{index}] without {0} → error naming it")
  @ValueSource(strings = {"unitKind", "chain"})
  void missingInputIsAnErrorNamingTheInput(String input) {
    VariableMap variables = inputs("WARD", "three-tier");
    variables.remove(input);

    assertThatThrownBy(() -> TABLES.evaluate(DECISION, variables)).hasMessageContaining("Thiếu dữ liệu đầu vào '" + input + "'");
  }

  @Test
  void everyRuleOfTheTableHasAnExample() {
    Set<String> covered = CsvExamples.rulesNamedIn(getClass(), "givesEachUnitItsEntryLevelOrItsRefusal");

    assertThat(covered).containsExactlyInAnyOrderElementsOf(TABLES.allRuleIds());
  }

  private static VariableMap inputs(String unitKind, String chain) {
    return Variables.createVariables().putValue("unitKind", unitKind).putValue("chain", chain);
  }
}
