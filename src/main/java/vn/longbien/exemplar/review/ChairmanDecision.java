package vn.longbien.exemplar.review;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.nomination.DecisionOutcome;
import vn.longbien.exemplar.nomination.NominationDecision;

/**
 * Records the decision of the chairman of the People's Committee when the task completes: recognition at
 * the level ({@code recognised}) and the proposal upward. Below the city the proposal is one tick
 * ({@code proposeUpward}); to the city it is any of {@code proposeGoodDeed}, {@code proposeOutstandingCitizen},
 * {@code proposeBook}; a book proposal is also kept on the record, for the district's yearly target. Sets
 * {@code levelOutcome} ({@code proposed}, {@code recognised} or {@code not-recognised}) and
 * {@code levelOutcomeReason}.
 */
@Component("chairmanDecision")
public class ChairmanDecision {

  private static final String BOOK = "đưa vào sách “Những bông hoa đẹp”";

  private final NominationRecorder records;

  public ChairmanDecision(NominationRecorder records) {
    this.records = records;
  }

  public void record(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    boolean recognised = flag(execution, "recognised");
    List<String> proposals = new ArrayList<>();
    if ("thanh-pho".equals(execution.getVariable("upperLevel"))) {
      addIf(proposals, flag(execution, "proposeGoodDeed"), "khen thưởng người tốt, việc tốt cấp Thành phố");
      addIf(proposals, flag(execution, "proposeOutstandingCitizen"), "danh hiệu “Công dân Thủ đô ưu tú”");
      addIf(proposals, flag(execution, "proposeBook"), BOOK);
    } else {
      addIf(proposals, flag(execution, "proposeUpward"), "giới thiệu lên Hội đồng Thi đua - Khen thưởng quận");
    }
    String level = (String) execution.getVariable("level");
    String unitName = (String) execution.getVariable("reviewUnitName");
    String decision =
        "Chủ tịch UBND " + unitName
            + (recognised ? ": công nhận điển hình tiên tiến" : ": không công nhận điển hình tiên tiến")
            + (execution.getVariable("decisionNumber") == null
                ? ""
                : ", quyết định số " + execution.getVariable("decisionNumber") + " ngày " + execution.getVariable("decisionDate"))
            + (proposals.isEmpty() ? "; không đề xuất lên cấp trên" : "; đề xuất " + String.join(", ", proposals))
            + (execution.getVariable("decisionReason") == null ? "" : ". Lý do: " + execution.getVariable("decisionReason"));
    boolean proposedForBook = proposals.contains(BOOK);
    if (recognised || proposedForBook) {
      records.update(execution, nomination -> {
        if (recognised) {
          nomination.recognise(level);
        }
        if (proposedForBook) {
          nomination.proposeForBook();
        }
      });
    }
    String outcome = (!proposals.isEmpty() ? DecisionOutcome.PROPOSED
        : recognised ? DecisionOutcome.RECOGNISED : DecisionOutcome.NOT_RECOGNISED).code();
    execution.setVariable("levelOutcome", outcome);
    records.recordDecision(
        execution, task, NominationDecision.Kind.CHAIRMAN_DECISION, level, null, NominationDecision.Votes.NONE, outcome,
        CouncilVote.text(execution.getVariable("decisionNumber")), CouncilVote.text(execution.getVariable("decisionDate")),
        decision, decision,
        NominationRecorder.submitted(execution, "recognised", "decisionNumber", "decisionDate", "decisionReason",
            "proposeUpward", "proposeGoodDeed", "proposeOutstandingCitizen", "proposeBook", "levelOutcome"));
    execution.setVariable("levelOutcomeReason", decision);
  }

  private static boolean flag(DelegateExecution execution, String name) {
    return Boolean.TRUE.equals(execution.getVariable(name));
  }

  private static void addIf(List<String> proposals, boolean proposed, String proposal) {
    if (proposed) {
      proposals.add(proposal);
    }
  }
}
