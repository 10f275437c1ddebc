package vn.longbien.exemplar.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.longbien.exemplar.criteria.GeneralEligibilityTest.codes;
import static vn.longbien.exemplar.criteria.GeneralEligibilityTest.reasons;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decisions {@code movement-specific-criteria} and {@code movement-eligibility} (dmn/movement-eligibility.dmn): the
 * specific criteria of each movement of the plan's appendix (III.2.1.b).
 */
class MovementEligibilityTest {

  private static final String CRITERIA = "movement-specific-criteria";
  private static final String ELIGIBILITY = "movement-eligibility";
  private static final DecisionTables TABLES = DecisionTables.load("movement-eligibility.dmn");

  @ParameterizedTest(name = "[{index}] {1} lists [{2}], mandatory [{3}]")
  @CsvSource(delimiter = '|', textBlock = """
      # fired rules                                         | movement               | criteria codes        | mandatory
      ''                                                    | chung                  | ''                    | ''
      msc-rule-hcm-1 msc-rule-hcm-2                         | tu-tuong-ho-chi-minh   | hcm-1 hcm-2           | hcm-1 hcm-2
      msc-rule-dvk-1 msc-rule-dvk-2                         | dan-van-kheo           | dvk-1 dvk-2           | dvk-1 dvk-2
      msc-rule-mttq-1 msc-rule-mttq-2                       | ton-giao-mat-tran      | mttq-1 mttq-2         | mttq-1 mttq-2
      msc-rule-qpan-1 msc-rule-qpan-2 msc-rule-qpan-3       | quoc-phong-an-ninh     | qpan-1 qpan-2 qpan-3  | qpan-1 qpan-2
      msc-rule-asxh-1 msc-rule-asxh-2                       | an-sinh-xa-hoi         | asxh-1 asxh-2         | asxh-1 asxh-2
      msc-rule-htkt-1 msc-rule-htkt-2                       | ha-tang-tiet-kiem      | htkt-1 htkt-2         | htkt-1 htkt-2
      msc-rule-cchc-1 msc-rule-cchc-2                       | cai-cach-hanh-chinh    | cchc-1 cchc-2         | cchc-1 cchc-2
      msc-rule-vhtt-1 msc-rule-vhtt-2                       | van-hoa-the-thao       | vhtt-1 vhtt-2         | vhtt-1 vhtt-2
      msc-rule-cds-1 msc-rule-cds-2                         | chuyen-doi-so          | cds-1 cds-2           | cds-1
      msc-rule-gddt-1 msc-rule-gddt-2 msc-rule-gddt-3       | giao-duc-dao-tao       | gddt-1 gddt-2 gddt-3  | gddt-1 gddt-2
      msc-rule-yte-1 msc-rule-yte-2                         | y-te-an-toan-thuc-pham | yte-1 yte-2           | yte-1 yte-2
      msc-rule-skst-1 msc-rule-skst-2                       | sang-kien-sang-tao     | skst-1 skst-2         | skst-1 skst-2
      msc-rule-dnhn-1 msc-rule-dnhn-2 msc-rule-dnhn-3       | doanh-nghiep-hoi-nhap  | dnhn-1 dnhn-2 dnhn-3  | dnhn-1 dnhn-2
      msc-rule-tctc-1 msc-rule-tctc-2                       | tu-chu-tai-chinh       | tctc-1 tctc-2         | tctc-1 tctc-2
      msc-rule-dtts-1 msc-rule-dtts-2                       | dan-toc-thieu-so       | dtts-1 dtts-2         | dtts-1 dtts-2
      """)
  void listsTheSpecificCriteriaOfEachMovementForTheForms(String firedRules, String movement, String criteria, String mandatory) {
    List<Map<String, Object>> rows = TABLES.evaluate(CRITERIA, Variables.createVariables().putValue("movement", movement)).getResultList();

    assertThat(rows).extracting(row -> row.get("criterionCode")).containsExactlyElementsOf(codes(criteria));
    assertThat(rows).filteredOn(row -> Boolean.TRUE.equals(row.get("criterionMandatory")))
        .extracting(row -> row.get("criterionCode")).containsExactlyElementsOf(codes(mandatory));
    assertThat(rows).allSatisfy(row -> assertThat((String) row.get("criterionLabel")).isNotBlank());
    assertThat(TABLES.firedRules()).containsExactlyElementsOf(codes(firedRules));
  }

  @ParameterizedTest(name = "[{index}] {1} claiming [{2}] → eligible {3}")
  @CsvSource(delimiter = '|', textBlock = """
      # fired rule          | movement               | claimed              | eligible | missing (reasons name them)
      me-rule-eligible      | chung                  | ''                   | true     | ''
      me-rule-eligible      | giao-duc-dao-tao       | gddt-1 gddt-2        | true     | ''
      me-rule-eligible      | giao-duc-dao-tao       | gddt-3 gddt-2 gddt-1 | true     | ''
      me-rule-eligible      | quoc-phong-an-ninh     | qpan-1 qpan-2        | true     | ''
      me-rule-not-eligible  | giao-duc-dao-tao       | gddt-1 gddt-3        | false    | gddt-2
      me-rule-not-eligible  | cai-cach-hanh-chinh    | ''                   | false    | cchc-1 cchc-2
      me-rule-not-eligible  | y-te-an-toan-thuc-pham | gddt-1 gddt-2        | false    | yte-1 yte-2
      """)
  void decidesEachExampleOnTheMandatorySpecificCriteria(String firedRule, String movement, String claimed, boolean eligible,
      String missing) {
    Map<String, Object> result = TABLES.evaluate(ELIGIBILITY, nomination(movement, claimed)).getSingleResult().getEntryMap();

    assertThat(result).containsEntry("eligible", eligible);
    List<String> reasons = reasons(result);
    assertThat(reasons).hasSize(codes(missing).size());
    for (int i = 0; i < reasons.size(); i++) {
      assertThat(reasons.get(i)).startsWith("Chưa đạt tiêu chí cụ thể " + codes(missing).get(i) + " ");
    }
    assertThat(TABLES.firedRules()).contains(firedRule);
  }

  @Test
  void movementWithoutSpecificRulesPassesOnTheGeneralCriteria() {
    Map<String, Object> result = TABLES.evaluate(ELIGIBILITY, nomination("chung", "")).getSingleResult().getEntryMap();

    assertThat(result).containsEntry("eligible", true);
    assertThat(reasons(result)).isEmpty();
  }

  @Test
  void optionalCriterionIsNotRequired() {
    Map<String, Object> result = TABLES.evaluate(ELIGIBILITY, nomination("doanh-nghiep-hoi-nhap", "dnhn-1 dnhn-2"))
        .getSingleResult().getEntryMap();

    assertThat(result).containsEntry("eligible", true);
  }

  @Test
  void reasonQuotesTheCriterionTextFromTheTable() {
    Map<String, Object> result = TABLES.evaluate(ELIGIBILITY, nomination("sang-kien-sang-tao", "skst-1"))
        .getSingleResult().getEntryMap();

    assertThat(reasons(result)).containsExactly("Chưa đạt tiêu chí cụ thể skst-2 của phong trào thi đua: Sáng kiến được áp dụng, "
        + "mang lại hiệu quả kinh tế - xã hội thiết thực (KH 26/KH-HĐTĐKT, mục III.2.1.b và PHỤ LỤC)");
  }

  @Test
  void everyAppendixMovementOfUnitsYamlHasARuleSetWithAtLeastOneMandatoryCriterion() {
    List<String> movements = SharedCodes.appendixMovementCodes();
    assertThat(movements).hasSize(15);

    for (String movement : movements) {
      List<Map<String, Object>> rows = TABLES.evaluate(CRITERIA, Variables.createVariables().putValue("movement", movement)).getResultList();
      assertThat(rows).as(movement).hasSizeBetween(1, 3)
          .anySatisfy(row -> assertThat(row.get("criterionMandatory")).isEqualTo(true));
    }
  }

  @ParameterizedTest(name = "[{index}] movement {1} → error")
  @CsvSource(delimiter = '|', textBlock = """
      msc-rule-unknown-movement | giao-duc        | Mã phong trào thi đua không xác định: 'giao-duc'
      msc-rule-unknown-movement | GIAO-DUC-DAO-TAO | Mã phong trào thi đua không xác định: 'GIAO-DUC-DAO-TAO'
      """)
  void unknownMovementIsAnErrorNotASilentPass(String rule, String movement, String message) {
    assertThatThrownBy(() -> TABLES.evaluate(ELIGIBILITY, nomination(movement, ""))).hasMessageContaining(message);
    assertThatThrownBy(() -> TABLES.evaluate(CRITERIA, Variables.createVariables().putValue("movement", movement)))
        .hasMessageContaining(message);
  }

  @Test
  void missingMovementIsAnErrorNamingTheInput() {
    VariableMap variables = Variables.createVariables().putValue("specificCriteriaMet", List.of("gddt-1"));

    assertThatThrownBy(() -> TABLES.evaluate(ELIGIBILITY, variables)).hasMessageContaining("Thiếu dữ liệu đầu vào 'movement'");
  }

  @Test
  void missingSpecificCriteriaIsAnErrorEvenForTheGeneralMovement() {
    VariableMap variables = Variables.createVariables().putValue("movement", "chung");

    assertThatThrownBy(() -> TABLES.evaluate(ELIGIBILITY, variables))
        .hasMessageContaining("Thiếu dữ liệu đầu vào 'specificCriteriaMet'");
  }

  @Test
  void specificCriteriaGivenAsTextInsteadOfAListIsAnErrorNotASilentPass() {
    VariableMap variables = Variables.createVariables().putValue("movement", "giao-duc-dao-tao").putValue("specificCriteriaMet", "gddt-1");

    assertThatThrownBy(() -> TABLES.evaluate(ELIGIBILITY, variables))
        .hasMessageContaining("Dữ liệu đầu vào 'specificCriteriaMet' phải là một danh sách mã");
  }

  @Test
  void everyRuleOfTheTablesHasAnExample() {
    Set<String> covered = CsvExamples.rulesNamedIn(getClass(), "listsTheSpecificCriteriaOfEachMovementForTheForms",
        "decidesEachExampleOnTheMandatorySpecificCriteria", "unknownMovementIsAnErrorNotASilentPass");

    assertThat(covered).containsExactlyInAnyOrderElementsOf(TABLES.allRuleIds());
    assertThat(TABLES.errorRuleIds()).containsExactly("msc-rule-unknown-movement");
  }

  private static VariableMap nomination(String movement, String claimed) {
    return Variables.createVariables().putValue("movement", movement).putValue("specificCriteriaMet", codes(claimed));
  }
}
