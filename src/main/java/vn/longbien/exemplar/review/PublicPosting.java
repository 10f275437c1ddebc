package vn.longbien.exemplar.review;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.calendar.HanoiCalendar;
import vn.longbien.exemplar.nomination.Nomination;
import vn.longbien.exemplar.nomination.NominationStatus;
import vn.longbien.exemplar.nomination.ObjectionSteps;
import vn.longbien.exemplar.organisation.OrganisationCatalog;

/**
 * Public posting (công khai) of an eligible nomination at a level before its council votes: posted for
 * {@code publicPostingWorkingDays} working days; objections received meanwhile go into the dossier.
 */
@Component("publicPosting")
public class PublicPosting {

  private final NominationRecorder records;
  private final OrganisationCatalog organisation;
  private final ObjectionSteps objections;

  public PublicPosting(NominationRecorder records, OrganisationCatalog organisation, ObjectionSteps objections) {
    this.records = records;
    this.organisation = organisation;
    this.objections = objections;
  }

  /**
   * Sets {@code postingEndDate} (Date, when the council may meet), {@code reviewUnitName}, {@code objectionCount};
   * the posting period goes to the record.
   */
  public void start(DelegateExecution execution) {
    String reviewUnit = (String) execution.getVariable("reviewUnit");
    String unitName = organisation.unit(reviewUnit).map(OrganisationCatalog.UnitDefinition::name).orElse(reviewUnit);
    int workingDays = ((Number) execution.getVariable("publicPostingWorkingDays")).intValue();
    LocalDate today = HanoiCalendar.today();
    LocalDate end = HanoiCalendar.afterWorkingDays(today, workingDays);
    execution.setVariable("reviewUnitName", unitName);
    execution.setVariable("postingEndDate", HanoiCalendar.startOf(end));
    execution.setVariable("objectionCount", 0);
    records.update(execution, n -> n.moveTo(NominationStatus.POSTED, execution.getCurrentActivityId(), null));
    records.recordPosting(execution, reviewUnit, today, end, workingDays);
  }

  /**
   * An objection (ý kiến phản ánh) from the message {@code ObjectionReceived}, whose row ({@code objectionId}) is
   * told which step took it in (the audit places it there); when it is a complaint or denunciation to settle
   * ({@code objectionIsComplaint}), the record's complaint becomes pending: the proposal then waits before going
   * upward.
   */
  public void recordObjection(DelegateExecution execution) {
    int count = ((Number) execution.getVariable("objectionCount")).intValue() + 1;
    boolean complaint = Boolean.TRUE.equals(execution.getVariable("objectionIsComplaint"));
    execution.setVariable("objectionCount", count);
    if (execution.getVariable("objectionId") instanceof Number id) {
      objections.takenInBy(id.longValue(), execution.getActivityInstanceId());
    }
    if (complaint) {
      records.update(execution, Nomination::lodgeComplaint);
    }
  }
}
