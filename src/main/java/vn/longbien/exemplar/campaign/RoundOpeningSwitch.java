package vn.longbien.exemplar.campaign;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.review.ModelContract;

/**
 * Turns the yearly round's automatic opening on or off ({@code exemplar.round.automatic-opening}) by
 * activating or suspending the timer start event's job definition once the application has started, after the
 * deployment of its models; Cockpit shows it. (The starter's PostDeployEvent is published only for a process
 * application, which this is not.)
 */
@Component
class RoundOpeningSwitch {

  static final String PROCESS = ModelContract.YEARLY_ROUND;

  private final ManagementService management;
  private final RoundProperties properties;

  RoundOpeningSwitch(ManagementService management, RoundProperties properties) {
    this.management = management;
    this.properties = properties;
  }

  @EventListener(ApplicationReadyEvent.class)
  void apply() {
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
