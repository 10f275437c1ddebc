package vn.longbien.exemplar.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ContextResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Deploys the decision tables of the application's models before its processes. The engine deploys a
 * deployment's BPMN before its DMN, and the timer start event of {@code yearly-round} asks
 * {@code round-deadlines} (through {@link PolicyDecisions}) for the opening day while it is deployed: on an
 * empty database the table must be there first. The tables go into a deployment of the same name and under
 * the same resource names as the starter's own deployment of {@code camunda.bpm.deployment-resource-pattern},
 * which then finds them unchanged and deploys the rest; a table changed in a release deploys here once.
 */
@Component
public class DecisionsFirst extends AbstractProcessEnginePlugin {

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    if (!(engine.getProcessEngineConfiguration() instanceof SpringProcessEngineConfiguration spring)
        || spring.getDeploymentResources() == null) {
      return;
    }
    Resource[] decisions = Arrays.stream(spring.getDeploymentResources())
        .filter(resource -> resource.getFilename() != null && resource.getFilename().endsWith(".dmn"))
        .toArray(Resource[]::new);
    if (decisions.length == 0) {
      return;
    }
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
        .name(spring.getDeploymentName())
        .enableDuplicateFiltering(spring.isDeployChangedOnly())
        .tenantId(spring.getDeploymentTenantId());
    try {
      for (Resource decision : decisions) {
        deployment.addInputStream(resourceName(decision), decision.getInputStream());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    deployment.deploy();
  }

  /** The name the starter's deployment gives a resource (SpringTransactionsProcessEngineConfiguration). */
  static String resourceName(Resource resource) {
    if (resource instanceof ContextResource context) {
      return context.getPathWithinContext();
    }
    if (resource instanceof ByteArrayResource) {
      return resource.getDescription();
    }
    try {
      return resource.getFile().getAbsolutePath();
    } catch (IOException e) {
      return resource.getFilename();
    }
  }
}
