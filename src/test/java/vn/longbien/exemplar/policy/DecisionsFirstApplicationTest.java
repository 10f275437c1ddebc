package vn.longbien.exemplar.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.longbien.exemplar.support.ApplicationTest;

/**
 * On an empty database the application deploys its decision tables before its processes, so the opening timer of
 * yearly-round reads round-deadlines through the engine's DecisionService like every other caller; the starter's
 * own deployment then finds the tables unchanged and carries only the rest.
 */
@ApplicationTest
class DecisionsFirstApplicationTest {

  @Autowired private RepositoryService repository;
  @Autowired private PolicyDecisions decisions;

  @Test
  void theTablesAreDeployedOnceBeforeTheProcessesThatReadThem() {
    DecisionDefinition deadlines = firstVersion("round-deadlines");
    ProcessDefinition round = repository.createProcessDefinitionQuery()
        .processDefinitionKey("yearly-round").processDefinitionVersion(1).singleResult();
    Deployment tables = repository.createDeploymentQuery().deploymentId(deadlines.getDeploymentId()).singleResult();
    Deployment processes = repository.createDeploymentQuery().deploymentId(round.getDeploymentId()).singleResult();

    assertThat(tables.getName()).isEqualTo(processes.getName()).isEqualTo("exemplar-selection");
    assertThat(tables.getDeploymentTime()).isBeforeOrEqualTo(processes.getDeploymentTime());
    assertThat(tables.getId()).isNotEqualTo(processes.getId());
    assertThat(repository.getDeploymentResourceNames(processes.getId())).noneMatch(name -> name.endsWith(".dmn"));
    assertThat(repository.createDecisionDefinitionQuery().deploymentId(processes.getId()).count()).isZero();
  }

  @Test
  void aTableIsAnsweredOutsideAnyEngineCommandAndWithoutAnAuthenticatedOfficial() {
    var row = decisions.singleRow("round-deadlines",
        Variables.createVariables().putValue("purpose", "round-open").putValue("level", null)
            .putValue("movement", null).putValue("year", 2025),
        "round-deadlines answers once");

    assertThat(row).containsEntry("deadlineMonth", 12).containsEntry("yearOffset", -1);
  }

  private DecisionDefinition firstVersion(String key) {
    return repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).decisionDefinitionVersion(1).singleResult();
  }
}
