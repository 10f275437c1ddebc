package vn.longbien.exemplar.campaign;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.calendar.HanoiCalendar;
import vn.longbien.exemplar.campaign.RoundDeadlines.Deadline;
import vn.longbien.exemplar.organisation.OrganisationCatalog;

/**
 * Opens the yearly round. The timer start event of {@code yearly-round} asks {@link #cycle()} for its
 * yearly cycle at deployment; the instance it starts (or one an official starts from Tasklist, optionally
 * with {@code roundYear}) calls {@link #open(DelegateExecution)}.
 */
@Component("roundOpening")
public class RoundOpening {

  private final RoundDeadlines deadlines;
  private final ReviewRoundRepository rounds;
  private final OrganisationCatalog organisation;

  public RoundOpening(RoundDeadlines deadlines, ReviewRoundRepository rounds, OrganisationCatalog organisation) {
    this.deadlines = deadlines;
    this.rounds = rounds;
    this.organisation = organisation;
  }

  /**
   * Every year from the next opening day of the {@code round-deadlines} decision, at 00:00 Hà Nội time:
   * {@code R/2026-12-01T00:00:00+07:00/P1Y}.
   */
  public String cycle() {
    LocalDate today = HanoiCalendar.today();
    LocalDate next = deadlines.opening(deadlines.roundOpenOn(today) + 1).day();
    return "R/" + next.atStartOfDay(HanoiCalendar.ZONE).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "/P1Y";
  }

  /**
   * Records the round and sets its business key (the year), {@code roundYear}, {@code reviewDeadline},
   * {@code reviewReminderDate}, {@code reviewDeadlineText}, {@code secretariatGroup}; {@code roundAlreadyOpen} when the year's round
   * exists already (then nothing else changes).
   */
  public void open(DelegateExecution execution) {
    Object requested = execution.getVariable("roundYear");
    int year =
        requested instanceof Number number
            ? number.intValue()
            : deadlines.roundOpenOn(HanoiCalendar.today());
    execution.setVariable("roundYear", year);
    if (rounds.findById(year).isPresent()) {
      execution.setVariable("roundAlreadyOpen", true);
      return;
    }
    Deadline review = deadlines.review(year);
    rounds.save(
        new ReviewRound(
            year,
            ClockUtil.getCurrentTime().toInstant(),
            (String) execution.getVariable("openedBy"),
            HanoiCalendar.startOf(review.day()).toInstant()));
    execution.setProcessBusinessKey(String.valueOf(year));
    execution.setVariable("roundAlreadyOpen", false);
    execution.setVariable("reviewDeadline", HanoiCalendar.startOf(review.day()));
    execution.setVariable("reviewReminderDate", HanoiCalendar.startOf(review.reminderDay()));
    execution.setVariable("reviewDeadlineText", HanoiCalendar.text(review.day()));
    execution.setVariable("secretariatGroup", organisation.secretariatGroup());
  }
}
