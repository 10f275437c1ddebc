package vn.longbien.exemplar.campaign;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens the round when the application starts inside its window and the round was never opened (a new
 * installation on 4 December, say): once, as the opening timer would have on its day — the same instance of
 * {@code yearly-round}, with the round's own deadlines, notices and follow-up. The timer itself only looks
 * ahead: deployed on 4 December, its next date is the next 1 December. Nothing happens when automatic opening
 * is off, between rounds, or when the round's record exists (opened before, or by another node starting at
 * the same moment: the record's key lets only one of them open it).
 */
@Component
class MissedRoundOpening {

  private static final Logger log = LoggerFactory.getLogger(MissedRoundOpening.class);

  private final RoundWindows windows;
  private final ReviewRoundRepository rounds;
  private final RuntimeService runtime;
  private final RoundProperties properties;

  MissedRoundOpening(
      RoundWindows windows, ReviewRoundRepository rounds, RuntimeService runtime, RoundProperties properties) {
    this.windows = windows;
    this.rounds = rounds;
    this.runtime = runtime;
    this.properties = properties;
  }

  /** Once the application has started, its models deployed. */
  @EventListener(ApplicationReadyEvent.class)
  void openAfterStart() {
    if (!properties.automaticOpening()) {
      return;
    }
    windows.openToday().map(RoundDeadlines.Window::year)
        .filter(year -> rounds.findById(year).isEmpty())
        .ifPresent(this::open);
  }

  private void open(int year) {
    try {
      runtime.startProcessInstanceByKey(
          RoundOpeningSwitch.PROCESS, Variables.createVariables().putValue("roundYear", year));
      log.info("Round {} opened at start: the application started inside its window and it was never opened", year);
    } catch (RuntimeException e) {
      if (rounds.findById(year).isEmpty()) {
        throw e;
      }
      log.info("Round {} was opened meanwhile by another node", year);
    }
  }
}
