package vn.longbien.exemplar.tasklist;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Puts {@link RelativeFilterService} in place of the engine's filter service before the engine is built. */
@Component
class RelativeFiltersPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setFilterService(new RelativeFilterService());
  }
}
