package vn.longbien.exemplar.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision {@code target-counting} (dmn/target-counting.dmn): which nominations' outcomes count towards each target
 * of {@code yearly-targets} (plan section II). A matching row counts the nomination; no row, it does not count.
 */
class TargetCountingTest {

  private static final String DECISION = "target-counting";
  private static final DecisionTables TABLES = DecisionTables.load("target-counting.dmn");

  @ParameterizedTest(name = "[{index}] {1}: {2}, recognised at {3}, city {4}, book {5}, title {6}, withdrawn {7} → {8}")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      # fired rule                     | target                | kind     | level     | city  | book  | title | withdrawn | counted as
      tc-rule-phuong                    | phuong                | tap-the  | phuong    | false | false | false | false     | Điển hình tiên tiến được công nhận
      tc-rule-phuong                    | phuong                | ca-nhan  | thanh-pho | true  | false | false | false     | Điển hình tiên tiến được công nhận
      tc-rule-phong-ban                 | phong-ban             | tap-the  | quan      | false | false | false | false     | Điển hình tiên tiến được công nhận
      tc-rule-don-vi-chu-tri            | don-vi-chu-tri        | ca-nhan  | null      | false | false | false | false     | Điển hình đã giới thiệu, không rút
      tc-rule-quan                      | quan                  | ca-nhan  | quan      | false | false | false | false     | Cá nhân được khen thưởng cấp Quận hoặc Thành phố
      tc-rule-quan                      | quan                  | ca-nhan  | thanh-pho | true  | false | false | false     | Cá nhân được khen thưởng cấp Quận hoặc Thành phố
      tc-rule-de-xuat-thanh-pho         | de-xuat-thanh-pho     | ca-nhan  | quan      | true  | false | false | false     | Cá nhân đã đề xuất Thành phố
      tc-rule-sach-bong-hoa             | sach-bong-hoa         | tap-the  | quan      | true  | true  | false | false     | Đề xuất đưa vào sách “Những bông hoa đẹp”
      tc-rule-cong-dan-thu-do-uu-tu     | cong-dan-thu-do-uu-tu | ca-nhan  | thanh-pho | true  | false | true  | false     | Được tặng danh hiệu “Công dân Thủ đô ưu tú”
      """)
  void countsEachOutcomeTheTargetCovers(String firedRule, String target, String kind, String level, boolean city, boolean book,
      boolean title, boolean withdrawn, String countedAs) {
    DmnDecisionResult result = TABLES.evaluate(DECISION, outcome(target, kind, level, city, book, title, withdrawn));

    assertThat(result.getSingleResult().getEntryMap()).containsEntry("countedAs", countedAs);
    assertThat(TABLES.firedRules()).containsExactly(firedRule);
  }

  @ParameterizedTest(name = "[{index}] {0}: {1}, recognised at {2}, city {3}, book {4}, title {5}, withdrawn {6} → not counted")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      # target              | kind        | level  | city  | book  | title | withdrawn
      phuong                | ca-nhan     | null   | false | false | false | false
      phong-ban             | tap-the     | null   | false | false | false | false
      don-vi-chu-tri        | ca-nhan     | null   | false | false | false | true
      quan                  | tap-the     | quan   | false | false | false | false
      quan                  | ca-nhan     | phuong | false | false | false | false
      de-xuat-thanh-pho     | tap-the     | quan   | true  | false | false | false
      de-xuat-thanh-pho     | ca-nhan     | quan   | false | false | false | false
      sach-bong-hoa         | ca-nhan     | quan   | true  | false | false | false
      cong-dan-thu-do-uu-tu | ca-nhan     | thanh-pho | true | false | false | false
      """)
  void anOutcomeNoRowMatchesDoesNotCount(String target, String kind, String level, boolean city, boolean book, boolean title,
      boolean withdrawn) {
    assertThat(TABLES.evaluate(DECISION, outcome(target, kind, level, city, book, title, withdrawn)).getResultList()).isEmpty();
  }

  @Test
  void missingTargetIsAnErrorNamingTheInput() {
    VariableMap variables = outcome("quan", "ca-nhan", "quan", false, false, false, false);
    variables.remove("unitType");

    assertThatThrownBy(() -> TABLES.evaluate(DECISION, variables)).hasMessageContaining("Thiếu dữ liệu đầu vào 'unitType'");
  }

  @Test
  void everyRuleOfTheTableHasAnExample() {
    Set<String> covered = CsvExamples.rulesNamedIn(getClass(), "countsEachOutcomeTheTargetCovers");

    assertThat(covered).containsExactlyInAnyOrderElementsOf(TABLES.allRuleIds());
  }

  private static VariableMap outcome(String target, String kind, String level, boolean city, boolean book, boolean title,
      boolean withdrawn) {
    return Variables.createVariables()
        .putValue("unitType", target)
        .putValue("nomineeKind", kind)
        .putValue("recognitionLevel", level)
        .putValue("proposedToCity", city)
        .putValue("proposedForBook", book)
        .putValue("outstandingCitizenTitle", title)
        .putValue("withdrawn", withdrawn);
  }
}
