package vn.longbien.exemplar.campaign;

import vn.longbien.exemplar.policy.PolicyDecisions;
import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.core.io.ClassPathResource;
import vn.longbien.exemplar.campaign.TargetAttainment.Attainment;
import vn.longbien.exemplar.organisation.OrganisationCatalog;

/** Target attainment reads the year's decision tables once per report, not once per unit. */
@Deployment(resources = {"dmn/round-deadlines.dmn", "dmn/yearly-targets.dmn"})
class TargetAttainmentTest {

  @RegisterExtension
  static ProcessEngineExtension extension =
      ProcessEngineExtension.builder().configurationResource("campaign/camunda.cfg.xml").build();

  private ProcessEngine engine;

  @Test
  void aReportEvaluatesEachTargetAndEachIntroductionDateOnceHoweverManyUnitsShareIt() {
    TargetAttainment attainment = new TargetAttainment(
        new RoundTargets(PolicyDecisions.of(engine)), new RoundDeadlines(PolicyDecisions.of(engine)),
        OrganisationCatalog.load(new ClassPathResource("organisation/units.yaml")));

    // RoundDeadlines reads its table inside an engine command, as the application calls it.
    List<Attainment> lines = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired().execute(context -> attainment.of(2024, List.of()));

    Map<String, Long> evaluationsPerInput = evaluations().stream()
        .collect(groupingBy(TargetAttainmentTest::decisionAndInputs, counting()));
    assertThat(evaluationsPerInput).isNotEmpty();
    assertThat(evaluationsPerInput.values()).containsOnly(1L);
    assertThat(lines).hasSizeGreaterThan(evaluationsPerInput.size());
  }

  private List<HistoricDecisionInstance> evaluations() {
    String[] deployed = engine.getRepositoryService().createDecisionDefinitionQuery()
        .deploymentId(extension.getDeploymentId()).list().stream().map(DecisionDefinition::getId).toArray(String[]::new);
    return engine.getHistoryService().createHistoricDecisionInstanceQuery()
        .decisionDefinitionIdIn(deployed).rootDecisionInstancesOnly().includeInputs().list();
  }

  private static String decisionAndInputs(HistoricDecisionInstance evaluation) {
    return evaluation.getDecisionDefinitionKey() + evaluation.getInputs().stream()
        .map(input -> input.getClauseName() + "=" + input.getValue()).sorted().toList();
  }
}
