package vn.longbien.exemplar.review;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.stereotype.Component;

/**
 * Refuses a deployment whose models break the {@link ModelContract}: at the application's start and from
 * Camunda Modeler alike ({@code POST /engine-rest/deployment/create} answers 400). Registered as one of the
 * engine's pre-deployers, which see every resource of a deployment (BPMN, DMN and the Camunda Forms, which
 * have no parse listener of their own) before the engine's own deployers store anything, and which know a
 * new deployment from an old one the engine reloads into its cache: only new deployments are checked, so a
 * version deployed under an older contract still runs its instances to their end.
 */
@Component
public class ModelContractPlugin extends AbstractProcessEnginePlugin {

  static final String REFUSAL = "Không triển khai: mô hình không còn khớp với những gì ứng dụng cần. ";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> deployers = configuration.getCustomPreDeployers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreDeployers());
    deployers.add(ModelContractPlugin::check);
    configuration.setCustomPreDeployers(deployers);
  }

  static void check(DeploymentEntity deployment) {
    if (!deployment.isNew() || deployment.getResources() == null) {
      return;
    }
    List<String> problems = new ArrayList<>();
    List<String> refusedFiles = new ArrayList<>();
    for (ResourceEntity resource : deployment.getResources().values()) {
      List<String> found = ModelContractCheck.problems(resource.getName(), resource.getBytes());
      if (!found.isEmpty()) {
        refusedFiles.add(resource.getName());
        problems.addAll(found);
      }
    }
    if (!problems.isEmpty()) {
      throw new ParseException(REFUSAL + String.join("; ", problems), String.join(", ", refusedFiles),
          problems.stream().<Problem>map(Refusal::new).toList(), List.of());
    }
  }

  /** One broken part of the contract, as Camunda Modeler lists a deployment's errors. */
  private record Refusal(String message) implements Problem {

    @Override
    public String getMessage() {
      return message;
    }

    @Override
    public int getLine() {
      return 0;
    }

    @Override
    public int getColumn() {
      return 0;
    }

    @Override
    public String getMainElementId() {
      return null;
    }

    @Override
    public List<String> getElementIds() {
      return List.of();
    }
  }
}
