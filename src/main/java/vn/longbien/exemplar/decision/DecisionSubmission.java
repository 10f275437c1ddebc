package vn.longbien.exemplar.decision;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.longbien.exemplar.forms.FormDataRefusedException;
import vn.longbien.exemplar.nomination.NominationDecision;
import vn.longbien.exemplar.organisation.OrganisationCatalog;
import vn.longbien.exemplar.security.CurrentOfficial;
import vn.longbien.exemplar.web.InvalidInputException;

/**
 * Submits a chairman's decision once, as a council meeting is submitted: marked submitted first (a second
 * submission is 409), then each nominee's chairman task completed through the engine's public task service under
 * the caller's identity, with the decision's number and date and the nominee's recognition and proposals, as the
 * task's form sends them; each completion in its own transaction, with the link of the decision record to this
 * decision and the line's result. A task that cannot be completed is reported with its reason; the others go on.
 */
@Service
public class DecisionSubmission {

  private static final Logger log = LoggerFactory.getLogger(DecisionSubmission.class);

  private final ChairmanDecisions decisions;
  private final SignedDecisionRepository repository;
  private final EntityManager entityManager;
  private final TaskService tasks;
  private final CurrentOfficial currentOfficial;
  private final TransactionTemplate eachOnItsOwn;

  DecisionSubmission(ChairmanDecisions decisions, SignedDecisionRepository repository, EntityManager entityManager,
      TaskService tasks, CurrentOfficial currentOfficial, PlatformTransactionManager transactionManager) {
    this.decisions = decisions;
    this.repository = repository;
    this.entityManager = entityManager;
    this.tasks = tasks;
    this.currentOfficial = currentOfficial;
    this.eachOnItsOwn = new TransactionTemplate(transactionManager);
    this.eachOnItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  public SignedDecision submit(Long id) {
    String caller = currentOfficial.get().userId();
    List<Long> lines = eachOnItsOwn.execute(status -> {
      SignedDecision decision = decisions.own(id);
      ChairmanDecisions.requireDraft(decision);
      if (decision.getLines().isEmpty()) {
        throw new InvalidInputException("EmptyDecision",
            "Quyết định chưa có người, tập thể nào trong danh sách: chọn rồi mới gửi");
      }
      decision.submittedBy(caller, ClockUtil.getCurrentTime().toInstant());
      repository.saveAndFlush(decision);
      return decision.getLines().stream().map(DecisionLine::getId).toList();
    });
    for (Long lineId : lines) {
      try {
        eachOnItsOwn.executeWithoutResult(status -> settle(lineId));
      } catch (RuntimeException refused) {
        String reason = reason(refused);
        log.info("Chairman's decision {}: line {} not completed: {}", id, lineId, refused.toString());
        eachOnItsOwn.executeWithoutResult(status ->
            entityManager.find(DecisionLine.class, lineId).settle(DecisionLine.NOT_COMPLETED, null, reason));
      }
    }
    return decisions.read(id);
  }

  private void settle(Long lineId) {
    DecisionLine line = entityManager.find(DecisionLine.class, lineId);
    SignedDecision decision = line.getDecision();
    String group = OrganisationCatalog.groupId(decision.getUnitCode(), ChairmanDecisions.CHAIRMAN_ROLE);
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(line.getNominationId())
        .taskDefinitionKey(ChairmanDecisions.CHAIRMAN_TASK).taskCandidateGroup(group).includeAssignedTasks().active()
        .singleResult();
    if (task == null) {
      throw new LineRefused("Hồ sơ không còn chờ Chủ tịch quyết định: công việc đã được hoàn thành (trong Tasklist"
          + " hoặc quyết định khác), hoặc hồ sơ đã rút, đang tạm dừng");
    }
    Object upperLevel = tasks.getVariable(task.getId(), "upperLevel");
    Long before = entityManager.createQuery(
            "select max(d.id) from NominationDecision d where d.nominationId = :id", Long.class)
        .setParameter("id", line.getNominationId()).getSingleResult();
    tasks.complete(task.getId(), variables(decision, line, ChairmanDecisions.TO_DISTRICT.equals(upperLevel)));
    List<NominationDecision> recorded = entityManager.createQuery(
            "select d from NominationDecision d where d.nominationId = :id and d.id > :before and d.kind = :kind"
                + " order by d.id", NominationDecision.class)
        .setParameter("id", line.getNominationId()).setParameter("before", before == null ? 0L : before)
        .setParameter("kind", NominationDecision.Kind.CHAIRMAN_DECISION.name()).getResultList();
    if (recorded.isEmpty()) {
      throw new LineRefused("Công việc đã hoàn thành nhưng không ghi nhận được quyết định của Chủ tịch");
    }
    entityManager.createQuery("update NominationDecision d set d.chairmanDecisionId = :decision where d.id in :ids")
        .setParameter("decision", decision.getId())
        .setParameter("ids", recorded.stream().map(NominationDecision::getId).toList()).executeUpdate();
    NominationDecision recordedDecision = recorded.get(recorded.size() - 1);
    line.settle(DecisionLine.COMPLETED, recordedDecision.getOutcome(), recordedDecision.getReason());
  }

  /** The chairman task's form fields, as the form sends them for this line (hidden fields left out). */
  static Map<String, Object> variables(SignedDecision decision, DecisionLine line, boolean toDistrict) {
    Map<String, Object> variables = new LinkedHashMap<>();
    DecisionLine.Proposals proposals = line.getProposals();
    variables.put("recognised", line.isRecognised());
    if (toDistrict) {
      variables.put("proposeUpward", proposals.upward());
    } else {
      variables.put("proposeGoodDeed", proposals.goodDeed());
      variables.put("proposeOutstandingCitizen", proposals.outstandingCitizen());
      variables.put("proposeBook", proposals.book());
    }
    if (line.isRecognised()) {
      variables.put("decisionNumber", decision.getDecisionNumber());
      variables.put("decisionDate", decision.getDecisionDate().toString());
    }
    boolean anyProposal = toDistrict ? proposals.upward() : proposals.goodDeed() || proposals.outstandingCitizen() || proposals.book();
    if (!(line.isRecognised() && anyProposal)) {
      variables.put("decisionReason", line.getReason() == null ? "Không đề xuất lên cấp trên" : line.getReason());
    }
    return variables;
  }

  private static String reason(RuntimeException refused) {
    if (refused instanceof LineRefused || refused instanceof FormDataRefusedException) {
      return refused.getMessage();
    }
    if (refused instanceof AuthorizationException) {
      return "Không có quyền hoàn thành công việc quyết định của hồ sơ này";
    }
    if (refused instanceof ProcessEngineException) {
      return "Không hoàn thành được công việc quyết định: " + refused.getMessage();
    }
    return "Không hoàn thành được công việc quyết định (lỗi hệ thống; xem nhật ký)";
  }

  static final class LineRefused extends RuntimeException {
    LineRefused(String message) {
      super(message);
    }
  }
}
