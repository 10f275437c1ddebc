package vn.longbien.exemplar.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.spi.transform.DmnTransformListener;
import org.camunda.bpm.dmn.engine.DmnDecisionRequirementsGraph;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableInputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableOutputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Definitions;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retention of the audit trail: every process and decision definition gets the configured history time to
 * live (new deployments as they are parsed, existing ones at start), and the engine's history cleanup runs
 * in the configured nightly window. The models keep their own {@code camunda:historyTimeToLive}, which the
 * engine requires; this setting overrides it.
 */
public class RetentionPlugin extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(RetentionPlugin.class);

  private final RetentionProperties properties;

  public RetentionPlugin(RetentionProperties properties) {
    this.properties = properties;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    int days = properties.historyTimeToLiveDays();
    List<BpmnParseListener> parseListeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    parseListeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        processDefinition.setHistoryTimeToLive(days);
      }
    });
    configuration.setCustomPostBPMNParseListeners(parseListeners);

    DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration();
    if (dmn == null) {
      dmn = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
      configuration.setDmnEngineConfiguration(dmn);
    }
    dmn.getTransformer().getTransformListeners().add(new DecisionTimeToLive(days));

    configuration.setHistoryCleanupBatchWindowStartTime(properties.historyCleanup().engineStart());
    configuration.setHistoryCleanupBatchWindowEndTime(properties.historyCleanup().engineEnd());
  }

  /** Definitions deployed before the setting changed take the configured value too. */
  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    int days = properties.historyTimeToLiveDays();
    RepositoryService repository = engine.getRepositoryService();
    int updated = 0;
    for (ProcessDefinition definition : Paging.all(
        repository.createProcessDefinitionQuery().orderByProcessDefinitionId().asc())) {
      if (!Objects.equals(definition.getHistoryTimeToLive(), days)) {
        repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
        updated++;
      }
    }
    for (DecisionDefinition definition : Paging.all(
        repository.createDecisionDefinitionQuery().orderByDecisionDefinitionId().asc())) {
      if (!Objects.equals(definition.getHistoryTimeToLive(), days)) {
        repository.updateDecisionDefinitionHistoryTimeToLive(definition.getId(), days);
        updated++;
      }
    }
    if (updated > 0) {
      log.info("History time to live set to {} days on {} deployed definitions", days, updated);
    }
  }

  /** Sets the history time to live of each decision as the engine reads it from a DMN file. */
  private record DecisionTimeToLive(int days) implements DmnTransformListener {

    @Override
    public void transformDecision(Decision decision, DmnDecision dmnDecision) {
      if (dmnDecision instanceof DecisionDefinitionEntity definition) {
        definition.setHistoryTimeToLive(days);
      }
    }

    @Override
    public void transformDecisionTableInput(Input input, DmnDecisionTableInputImpl dmnInput) {}

    @Override
    public void transformDecisionTableOutput(Output output, DmnDecisionTableOutputImpl dmnOutput) {}

    @Override
    public void transformDecisionTableRule(Rule rule, DmnDecisionTableRuleImpl dmnRule) {}

    @Override
    public void transformDecisionRequirementsGraph(Definitions definitions, DmnDecisionRequirementsGraph graph) {}
  }
}
