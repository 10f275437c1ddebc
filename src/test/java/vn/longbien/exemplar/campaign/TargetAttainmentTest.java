package vn.longbien.exemplar.campaign;

import vn.longbien.exemplar.policy.PolicyDecisions;
import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.core.io.ClassPathResource;
import vn.longbien.exemplar.campaign.TargetAttainment.Attainment;
import vn.longbien.exemplar.organisation.OrganisationCatalog;

/** Target attainment reads the year's decision tables once per report, not once per unit. */
@Deployment(resources = {"dmn/round-deadlines.dmn", "dmn/yearly-targets.dmn", "dmn/target-counting.dmn"})
class TargetAttainmentTest {

  @RegisterExtension
  static ProcessEngineExtension extension =
      ProcessEngineExtension.builder().configurationResource("campaign/camunda.cfg.xml").build();

  private ProcessEngine engine;

  @Test
  void aReportEvaluatesEachTargetAndEachIntroductionDateOnceHoweverManyUnitsShareIt() {
    TargetAttainment attainment = new TargetAttainment(
        new RoundTargets(PolicyDecisions.of(engine)), new RoundDeadlines(PolicyDecisions.of(engine)),
        OrganisationCatalog.load(new ClassPathResource("organisation/units.yaml")), PolicyDecisions.of(engine));

    // Outside any engine command, as a controller asks for it.
    List<Attainment> lines = attainment.of(2024, List.of());

    Map<String, Long> evaluationsPerInput = evaluations().stream()
        .collect(groupingBy(TargetAttainmentTest::decisionAndInputs, counting()));
    assertThat(evaluationsPerInput).isNotEmpty();
    assertThat(evaluationsPerInput.values()).containsOnly(1L);
    assertThat(lines).hasSizeGreaterThan(evaluationsPerInput.size());
  }

  @Test
  void theDeploymentsOwnLinesNameTheUnitTheOrganisationFileSaysItServes() {
    assertThat(ownLines("organisation/units.yaml")).containsOnly("quan-longbien Quận Long Biên");
    assertThat(ownLines("organisation/units-2025-two-tier.yaml")).containsOnly("thanhpho-hanoi Thành phố Hà Nội");
  }

  /** The units named by the lines of the targets "cấp Quận" (individuals, proposals, book, title). */
  private List<String> ownLines(String organisationFile) {
    TargetAttainment attainment = new TargetAttainment(
        new RoundTargets(PolicyDecisions.of(engine)), new RoundDeadlines(PolicyDecisions.of(engine)),
        OrganisationCatalog.load(new ClassPathResource(organisationFile)), PolicyDecisions.of(engine));
    List<String> own = List.of("quan", "de-xuat-thanh-pho", "sach-bong-hoa", "cong-dan-thu-do-uu-tu");
    List<Attainment> lines = attainment.of(2024, List.of());
    assertThat(lines.stream().filter(line -> own.contains(line.targetType())).map(Attainment::targetType))
        .containsExactlyElementsOf(own);
    return lines.stream().filter(line -> own.contains(line.targetType()))
        .map(line -> line.unitCode() + " " + line.unitName()).distinct().toList();
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
