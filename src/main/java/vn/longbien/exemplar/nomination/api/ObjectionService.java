package vn.longbien.exemplar.nomination.api;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
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
 */
@Service
public class ObjectionService {

  static final String MESSAGE = "ObjectionReceived";

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
          request.content().strip(), request.isComplaintToSettle(), caller.userId(), Instant.now()));
      try {
        runtimeService.createMessageCorrelation(MESSAGE)
            .processInstanceId(posting.getProcessInstanceId())
            .setVariable("objectionSender", sender(objection))
            .setVariable("objectionText", objection.getContent())
            .setVariable("objectionIsComplaint", objection.isComplaint())
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

  private static String sender(Objection objection) {
    return objection.getSenderContact() == null
        ? objection.getSenderName()
        : objection.getSenderName() + " (" + objection.getSenderContact() + ")";
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
