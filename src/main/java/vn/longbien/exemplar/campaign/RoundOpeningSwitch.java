package vn.longbien.exemplar.campaign;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the yearly round's automatic opening on or off ({@code exemplar.round.automatic-opening}) by
 * activating or suspending the timer start event's job definition after each deployment; Cockpit shows it.
 */
@Component
class RoundOpeningSwitch {

  static final String PROCESS = "yearly-round";

  private final ManagementService management;
  private final RoundProperties properties;

  RoundOpeningSwitch(ManagementService management, RoundProperties properties) {
    this.management = management;
    this.properties = properties;
  }

  @EventListener
  void apply(PostDeployEvent deployed) {
    for (JobDefinition timer :
        management.createJobDefinitionQuery().processDefinitionKey(PROCESS).jobType("timer-start-event").list()) {
      if (properties.automaticOpening() && timer.isSuspended()) {
        management.activateJobDefinitionById(timer.getId(), true);
      } else if (!properties.automaticOpening() && !timer.isSuspended()) {
        management.suspendJobDefinitionById(timer.getId(), true);
      }
    }
  }
}
