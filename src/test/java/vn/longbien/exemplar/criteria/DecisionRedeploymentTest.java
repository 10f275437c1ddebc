package vn.longbien.exemplar.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Description;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tables are policy: an administrator changes a rule, redeploys the table into the running engine, and the next
 * nomination is decided by the new rule while earlier nominations keep the outcome recorded in history.
 */
class DecisionRedeploymentTest {

  private static final List<String> DMN_FILES = DecisionTables.fileNames();

  private ProcessEngine engine;

  @BeforeEach
  void startEngine() {
    engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
        .setProcessEngineName("criteria-redeploy")
        .setJdbcUrl("jdbc:h2:mem:criteria-redeploy;DB_CLOSE_DELAY=1000")
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
        .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
        .setJobExecutorActivate(false)
        .buildProcessEngine();
  }

  @AfterEach
  void closeEngine() {
    engine.close();
  }

  @Test
  void allTablesDeployIntoTheProcessEngineWithTenYearsHistoryTimeToLive() {
    var deployment = engine.getRepositoryService().createDeployment().name("criteria");
    DMN_FILES.forEach(file -> deployment.addInputStream("dmn/" + file, DecisionTables.open(file)));
    deployment.deploy();

    Map<String, Integer> ttlByKey = engine.getRepositoryService().createDecisionDefinitionQuery().list().stream()
        .collect(Collectors.toMap(DecisionDefinition::getKey, DecisionDefinition::getHistoryTimeToLive));
    assertThat(ttlByKey).containsOnlyKeys("general-eligibility", "general-eligibility-reasons", "movement-eligibility",
        "movement-missing-criteria", "movement-specific-criteria", "council-vote-outcome", "round-deadlines", "yearly-targets",
        "entry-level", "target-counting", "repeat-recognition");
    assertThat(ttlByKey.values()).containsOnly(3650);
    // Camunda keeps a decision requirements graph for the files with more than one decision.
    assertThat(engine.getRepositoryService().createDecisionRequirementsDefinitionQuery().list())
        .extracting(drd -> drd.getKey()).containsExactlyInAnyOrder("general-eligibility-drd", "movement-eligibility-drd");
  }

  @Test
  void decisionServiceEvaluatesEachTopDecisionByKey() {
    var deployment = engine.getRepositoryService().createDeployment().name("criteria");
    DMN_FILES.forEach(file -> deployment.addInputStream("dmn/" + file, DecisionTables.open(file)));
    deployment.deploy();

    assertThat(evaluate("general-eligibility", collectiveWithoutCriterionFour()).getSingleResult().getEntryMap())
        .containsEntry("eligible", false);
    assertThat(evaluate("movement-eligibility", Variables.createVariables().putValue("movement", "chung")
        .putValue("specificCriteriaMet", List.of())).getSingleResult().getEntryMap()).containsEntry("eligible", true);
    assertThat(evaluate("council-vote-outcome", Variables.createVariables().putValue("level", "quan").putValue("awardSought", "dien-hinh-quan")
        .putValue("membersTotal", 9).putValue("membersPresent", 6).putValue("votesInFavour", 5)).getSingleResult().getEntryMap())
        .containsEntry("passed", true);
    assertThat(evaluate("round-deadlines", Variables.createVariables().putValue("purpose", "review").putValue("level", "quan")
        .putValue("year", 2026)).getSingleResult().getEntryMap()).containsEntry("deadlineDay", 31).containsEntry("deadlineMonth", 1);
    assertThat(evaluate("yearly-targets", Variables.createVariables().putValue("unitType", "quan").putValue("year", 2024))
        .getSingleResult().getEntryMap()).containsEntry("targetValue", 100.0);
  }

  @Test
  void changedRuleDecidesTheNextNominationWhileTheEarlierOneKeepsItsRecordedOutcome() {
    engine.getRepositoryService().createDeployment().name("tiêu chuẩn chung – bản gốc")
        .addInputStream("dmn/general-eligibility.dmn", DecisionTables.open("general-eligibility.dmn"))
        .deploy();

    // Nomination A: a collective without criterion 4, decided by version 1 (all four criteria mandatory).
    DmnDecisionResult nominationA = evaluate("general-eligibility", collectiveWithoutCriterionFour());
    assertThat(nominationA.getSingleResult().getEntryMap()).containsEntry("eligible", false);
    String historyOfA = engine.getHistoryService().createHistoricDecisionInstanceQuery()
        .decisionDefinitionKey("general-eligibility").singleResult().getId();

    // The administrator makes criterion 4 optional for collectives in a copy of the table and redeploys it.
    DmnModelInstance changed = Dmn.readModelFromStream(DecisionTables.open("general-eligibility.dmn"));
    InputEntry kindsOfTheCriterionFourRule = changed.getModelElementById("ger-rule-tc4-i1");
    kindsOfTheCriterionFourRule.getText().setTextContent("\"ca-nhan\",\"ho-gia-dinh\"");
    Rule criterionFourRule = changed.getModelElementById("ger-rule-tc4");
    Description note = criterionFourRule.getDescription();
    note.setTextContent("Tiêu chuẩn chung 4 – không bắt buộc với tập thể (ví dụ sửa đổi của quản trị viên).");
    Dmn.validateModel(changed);
    engine.getRepositoryService().createDeployment().name("tiêu chuẩn chung – sửa đổi")
        .addModelInstance("dmn/general-eligibility.dmn", changed)
        .deploy();

    // Nomination B, with the same answers, is decided by the new rule (latest version, by key).
    DmnDecisionResult nominationB = evaluate("general-eligibility", collectiveWithoutCriterionFour());
    assertThat(nominationB.getSingleResult().getEntryMap()).containsEntry("eligible", true);

    // A keeps its recorded outcome, evaluated with version 1; B was evaluated with version 2.
    HistoricDecisionInstance recordedA = history().decisionInstanceId(historyOfA).includeOutputs().singleResult();
    assertThat(outputs(recordedA)).containsEntry("eligible", false).containsEntry("onHold", false);
    assertThat((List<?>) outputs(recordedA).get("reasons")).singleElement().asString().startsWith("Chưa đạt tiêu chuẩn chung 4");
    assertThat(version(recordedA)).isEqualTo(1);

    HistoricDecisionInstance recordedB = history().decisionDefinitionKey("general-eligibility").includeOutputs().list().stream()
        .filter(instance -> !instance.getId().equals(historyOfA)).findFirst().orElseThrow();
    assertThat(outputs(recordedB)).containsEntry("eligible", true);
    assertThat(version(recordedB)).isEqualTo(2);
  }

  private DmnDecisionResult evaluate(String key, VariableMap variables) {
    return engine.getDecisionService().evaluateDecisionByKey(key).variables(variables).evaluate();
  }

  private org.camunda.bpm.engine.history.HistoricDecisionInstanceQuery history() {
    return engine.getHistoryService().createHistoricDecisionInstanceQuery();
  }

  private int version(HistoricDecisionInstance instance) {
    return engine.getRepositoryService().getDecisionDefinition(instance.getDecisionDefinitionId()).getVersion();
  }

  private static Map<String, Object> outputs(HistoricDecisionInstance instance) {
    Map<String, Object> outputs = new java.util.HashMap<>();
    for (HistoricDecisionOutputInstance output : instance.getOutputs()) {
      outputs.put(output.getVariableName(), output.getValue());
    }
    return outputs;
  }

  private static VariableMap collectiveWithoutCriterionFour() {
    return Variables.createVariables()
        .putValue("nomineeKind", "tap-the")
        .putValue("generalCriteriaMet", List.of("tc1", "tc2", "tc3"))
        .putValue("disciplinePending", false)
        .putValue("complaintPending", false);
  }
}
