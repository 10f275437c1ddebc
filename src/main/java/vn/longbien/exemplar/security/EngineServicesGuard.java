package vn.longbien.exemplar.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.forms.DecisionOptions;
import vn.longbien.exemplar.forms.TaskFormTexts;
import vn.longbien.exemplar.forms.UnitOptions;
import vn.longbien.exemplar.organisation.OrganisationCatalog;

/**
 * Puts the guarded task, form and runtime services in place of the engine's own before the engine is built,
 * so that Camunda REST, the webapps and every Java API caller go through the same rules (see
 * {@link GuardedTaskService}). The engine offers no public extension point between a service call and its
 * command, so the services themselves are extended; each override checks, then calls the engine's method.
 */
@Component
class EngineServicesGuard extends AbstractProcessEnginePlugin {

  private final OrganisationCatalog catalog;
  private final ObjectProvider<TaskFormTexts> formTexts;

  /** The form texts are looked up when a form is served: their records' beans are built after the engine. */
  EngineServicesGuard(OrganisationCatalog catalog, ObjectProvider<TaskFormTexts> formTexts) {
    this.catalog = catalog;
    this.formTexts = formTexts;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineCaller caller = new EngineCaller(configuration::getIdentityService);
    StepData data = new StepData(caller, configuration::getTaskService, configuration::getFormService,
        configuration::getRepositoryService, configuration::getHistoryService);
    configuration.setTaskService(new GuardedTaskService(caller, data, configuration::getRepositoryService,
        configuration::getRuntimeService));
    configuration.setFormService(new GuardedFormService(caller, data,
        new DecisionOptions(configuration::getRepositoryService, configuration::getDecisionService),
        new UnitOptions(catalog), () -> formTexts.getIfAvailable(() -> TaskFormTexts.NONE),
        configuration::getRuntimeService));
    configuration.setRuntimeService(new GuardedRuntimeService(caller, data));
  }
}
