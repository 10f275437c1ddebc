package vn.longbien.exemplar.security;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.RuntimeServiceImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;

/**
 * The engine's runtime service with the start rule of {@link GuardedFormService}: an official starts a
 * process with the fields of its start form only, and at its start event only (no start before or after an
 * inner activity, no skipping of listeners or input mappings, which would pass by the review's own checks).
 * Every start by key or id goes through {@link #createProcessInstanceById} or {@link #createProcessInstanceByKey}.
 */
class GuardedRuntimeService extends RuntimeServiceImpl {

  private final EngineCaller caller;
  private final StepData data;

  GuardedRuntimeService(EngineCaller caller, StepData data) {
    this.caller = caller;
    this.data = data;
  }

  @Override
  public ProcessInstantiationBuilder createProcessInstanceById(String processDefinitionId) {
    return new Start(super.createProcessInstanceById(processDefinitionId), processDefinitionId, null);
  }

  @Override
  public ProcessInstantiationBuilder createProcessInstanceByKey(String processDefinitionKey) {
    return new Start(super.createProcessInstanceByKey(processDefinitionKey), null, processDefinitionKey);
  }

  /** Holds the variables until the start, checks them, then hands everything to the engine's builder. */
  private final class Start implements ProcessInstantiationBuilder {

    private final ProcessInstantiationBuilder engine;
    private final String definitionId;
    private final String definitionKey;
    private final Map<String, Object> variables = new LinkedHashMap<>();
    private boolean instructions;

    Start(ProcessInstantiationBuilder engine, String definitionId, String definitionKey) {
      this.engine = engine;
      this.definitionId = definitionId;
      this.definitionKey = definitionKey;
    }

    @Override
    public ProcessInstantiationBuilder startBeforeActivity(String activityId) {
      instructions = true;
      engine.startBeforeActivity(activityId);
      return this;
    }

    @Override
    public ProcessInstantiationBuilder startAfterActivity(String activityId) {
      instructions = true;
      engine.startAfterActivity(activityId);
      return this;
    }

    @Override
    public ProcessInstantiationBuilder startTransition(String transitionId) {
      instructions = true;
      engine.startTransition(transitionId);
      return this;
    }

    @Override
    public ProcessInstantiationBuilder setVariable(String name, Object value) {
      variables.put(name, value);
      return this;
    }

    @Override
    public ProcessInstantiationBuilder setVariableLocal(String name, Object value) {
      // Local variables belong to a start instruction's activity, which officials may not give.
      instructions = true;
      engine.setVariableLocal(name, value);
      return this;
    }

    @Override
    public ProcessInstantiationBuilder setVariables(Map<String, Object> values) {
      if (values != null) {
        variables.putAll(values);
      }
      return this;
    }

    @Override
    public ProcessInstantiationBuilder setVariablesLocal(Map<String, Object> values) {
      instructions = true;
      engine.setVariablesLocal(values);
      return this;
    }

    @Override
    public ProcessInstantiationBuilder businessKey(String businessKey) {
      engine.businessKey(businessKey);
      return this;
    }

    @Override
    public ProcessInstantiationBuilder caseInstanceId(String caseInstanceId) {
      engine.caseInstanceId(caseInstanceId);
      return this;
    }

    @Override
    public ProcessInstantiationBuilder processDefinitionTenantId(String tenantId) {
      engine.processDefinitionTenantId(tenantId);
      return this;
    }

    @Override
    public ProcessInstantiationBuilder processDefinitionWithoutTenantId() {
      engine.processDefinitionWithoutTenantId();
      return this;
    }

    @Override
    public ProcessInstance execute() {
      return execute(false, false);
    }

    @Override
    public ProcessInstance execute(boolean skipCustomListeners, boolean skipIoMappings) {
      return checked(skipCustomListeners, skipIoMappings).execute(skipCustomListeners, skipIoMappings);
    }

    @Override
    public ProcessInstanceWithVariables executeWithVariablesInReturn() {
      return executeWithVariablesInReturn(false, false);
    }

    @Override
    public ProcessInstanceWithVariables executeWithVariablesInReturn(boolean skipCustomListeners, boolean skipIoMappings) {
      return checked(skipCustomListeners, skipIoMappings).executeWithVariablesInReturn(skipCustomListeners, skipIoMappings);
    }

    private ProcessInstantiationBuilder checked(boolean skipCustomListeners, boolean skipIoMappings) {
      Map<String, Object> start = variables;
      if (!caller.insideEngine() && caller.official()) {
        if (instructions || skipCustomListeners || skipIoMappings) {
          throw new AuthorizationException("Quy trình chỉ được bắt đầu từ sự kiện bắt đầu của nó, không bỏ qua bước nào"
              + " (start instructions and skipping listeners or mappings are for administrators)");
        }
        if (!variables.isEmpty()) {
          start = data.forStart(definitionId, definitionKey, variables);
        }
      }
      if (!start.isEmpty()) {
        engine.setVariables(start);
      }
      return engine;
    }
  }
}
