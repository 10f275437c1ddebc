package vn.longbien.exemplar.decision;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.longbien.exemplar.nomination.NominationDecision;
import vn.longbien.exemplar.nomination.ListedDecisions;
import vn.longbien.exemplar.review.ListedForms;
import vn.longbien.exemplar.review.ListedReview;
import vn.longbien.exemplar.review.ListedReview.Step;
import vn.longbien.exemplar.security.CurrentOfficial;
import vn.longbien.exemplar.web.InvalidInputException;

/**
 * Submits a chairman's decision once, as a council meeting is submitted: marked submitted first (a second
 * submission is 409), then each nominee's chairman task completed through the engine's public task service under
 * the caller's identity, with the decision's number and date and the nominee's recognition and proposals, as the
 * task's form sends them; each completion in its own transaction, with the link of the decision record to this
 * decision and the line's result. A task that cannot be completed is reported with its reason; the others go on.
 * A submission interrupted between two lines is resumed by {@link #resume}, over the lines without a result only.
 */
@Service
public class DecisionSubmission {

  private final ChairmanDecisions decisions;
  private final SignedDecisionRepository repository;
  private final TaskService tasks;
  private final ListedReview review;
  private final ListedDecisions recordedDecisions;
  private final CurrentOfficial currentOfficial;
  private final TransactionTemplate transaction;

  DecisionSubmission(ChairmanDecisions decisions, SignedDecisionRepository repository,
      TaskService tasks, ListedReview review, ListedDecisions recordedDecisions,
      CurrentOfficial currentOfficial, PlatformTransactionManager transactionManager) {
    this.decisions = decisions;
    this.repository = repository;
    this.tasks = tasks;
    this.review = review;
    this.recordedDecisions = recordedDecisions;
    this.currentOfficial = currentOfficial;
    this.transaction = new TransactionTemplate(transactionManager);
    this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  public SignedDecision submit(Long id) {
    String caller = currentOfficial.get().userId();
    List<Long> lines = transaction.execute(status -> {
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
    settleEach(id, lines);
    return decisions.read(id);
  }

  /**
   * Settles the lines of a submitted decision that have no result yet (its submission was interrupted); 409 when the
   * decision is a draft or every line has its result.
   */
  public SignedDecision resume(Long id) {
    List<Long> lines = transaction.execute(status -> {
      SignedDecision decision = decisions.own(id);
      return review.toResume(Step.CHAIRMAN, decision.getState(), decision.getLines(), line -> line.getResult() != null,
          DecisionLine::getId);
    });
    settleEach(id, lines);
    return decisions.read(id);
  }

  private void settleEach(Long id, List<Long> lines) {
    review.settleEach(Step.CHAIRMAN, "Chairman's decision " + id, DecisionLine.class, lines,
        line -> line.getResult() != null, this::settle,
        (line, reason) -> line.settle(DecisionLine.NOT_COMPLETED, null, reason));
  }

  private void settle(DecisionLine line) {
    SignedDecision decision = line.getDecision();
    List<NominationDecision> recorded = review.complete(Step.CHAIRMAN, decision.getUnitCode(), line.getNominationId(),
        task -> variables(decision, line,
            ChairmanDecisions.TO_DISTRICT.equals(tasks.getVariable(task.getId(), "upperLevel"))));
    recordedDecisions.linkToChairmanDecision(recorded.stream().map(NominationDecision::getId).toList(),
        decision.getId());
    NominationDecision last = recorded.get(recorded.size() - 1);
    line.settle(DecisionLine.COMPLETED, last.getOutcome(), last.getReason());
  }

  /** What the chairman's form sends for this line. */
  static Map<String, Object> variables(SignedDecision decision, DecisionLine line, boolean toDistrict) {
    DecisionLine.Proposals proposals = line.getProposals();
    return ListedForms.chairmanDecision(line.isRecognised(), toDistrict, proposals.upward(), proposals.goodDeed(),
        proposals.outstandingCitizen(), proposals.book(), decision.getDecisionNumber(), decision.getDecisionDate(),
        line.getReason());
  }
}
