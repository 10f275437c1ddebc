package vn.longbien.exemplar.nomination.api;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.longbien.exemplar.nomination.Nomination;
import vn.longbien.exemplar.nomination.Objection;
import vn.longbien.exemplar.nomination.ObjectionRepository;
import vn.longbien.exemplar.security.ApplicationEngineCalls;
import vn.longbien.exemplar.security.CurrentOfficial;
import vn.longbien.exemplar.security.CurrentOfficial.Official;

/**
 * Objections (ý kiến phản ánh) received while a nomination is publicly posted. Any official who may read the
 * nomination enters one — the nominating ward, the reviewing ward or district, the secretariat — except
 * auditors, who only read. The row is stored and the message {@code ObjectionReceived} correlated to the
 * level's review in one transaction: the council sees it in the dossier, and a complaint holds the
 * proposal (the record's {@code complaintPending}). Without a posting waiting for objections: 409.
 *
 * <p>The message carries no copy of the objection, only two transient variables (never stored by the engine):
 * {@code objectionId}, with which the review notes on the row the step that took it in, and
 * {@code objectionIsComplaint}, whether it holds the proposal.
 */
@Service
public class ObjectionService {

  static final String MESSAGE = "ObjectionReceived";
  static final String OBJECTION_ID = "objectionId";
  static final String IS_COMPLAINT = "objectionIsComplaint";

  private final NominationService nominations;
  private final ObjectionRepository objections;
  private final CurrentOfficial currentOfficial;
  private final RuntimeService runtimeService;
  private final ApplicationEngineCalls engine;

  ObjectionService(
      NominationService nominations, ObjectionRepository objections, CurrentOfficial currentOfficial,
      RuntimeService runtimeService, ApplicationEngineCalls engine) {
    this.nominations = nominations;
    this.objections = objections;
    this.currentOfficial = currentOfficial;
    this.runtimeService = runtimeService;
    this.engine = engine;
  }

  @Transactional
  public Objection record(String nominationId, ObjectionRequest request) {
    Official caller = currentOfficial.get();
    Nomination nomination = nominations.readable(nominationId);
    if (caller.isAuditor() && !caller.isAdministrator()) {
      throw new AuthorizationException(caller.userId() + " audits and does not enter objections");
    }
    return engine.run(() -> {
      Execution posting = runtimeService.createExecutionQuery()
          .messageEventSubscriptionName(MESSAGE)
          .processInstanceBusinessKey(nomination.getId())
          .list().stream().findFirst()
          .orElseThrow(() -> new NotInPublicPostingException(nominationId));
      String reviewUnit = (String) runtimeService.getVariable(posting.getId(), "reviewUnit");
      Objection objection = objections.save(new Objection(
          nominationId, reviewUnit, request.senderName().strip(), blankToNull(request.senderContact()),
          request.content().strip(), request.isComplaintToSettle(), caller.userId(),
          ClockUtil.getCurrentTime().toInstant()));
      try {
        runtimeService.createMessageCorrelation(MESSAGE)
            .processInstanceId(posting.getProcessInstanceId())
            .setVariable(OBJECTION_ID, Variables.longValue(objection.getId(), true))
            .setVariable(IS_COMPLAINT, Variables.booleanValue(objection.isComplaint(), true))
            .correlate();
      } catch (MismatchingMessageCorrelationException e) {
        throw new NotInPublicPostingException(nominationId);
      }
      return objection;
    });
  }

  @Transactional(readOnly = true)
  public List<Objection> of(String nominationId) {
    return objections.findByNominationIdOrderByReceivedAtAscIdAsc(nominationId);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
