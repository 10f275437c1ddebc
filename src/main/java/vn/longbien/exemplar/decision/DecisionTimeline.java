package vn.longbien.exemplar.decision;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.longbien.exemplar.audit.EntryKind;
import vn.longbien.exemplar.audit.NominationScope;
import vn.longbien.exemplar.audit.TimelineEntry;
import vn.longbien.exemplar.audit.TimelineSource;
import vn.longbien.exemplar.nomination.NominationDecision;
import vn.longbien.exemplar.nomination.ListedDecisions;

/** The audit timeline's entries for the chairmen's decisions (lists) that recorded a nomination's decisions. */
@Component
@Order(40)
class DecisionTimeline implements TimelineSource {

  private final EntityManager entityManager;
  private final ListedDecisions recordedDecisions;
  private final ChairmanDecisions decisions;

  DecisionTimeline(EntityManager entityManager, ListedDecisions recordedDecisions,
      ChairmanDecisions decisions) {
    this.entityManager = entityManager;
    this.recordedDecisions = recordedDecisions;
    this.decisions = decisions;
  }

  @Override
  @Transactional(readOnly = true)
  public List<TimelineEntry> entriesFor(NominationScope scope) {
    List<TimelineEntry> entries = new ArrayList<>();
    for (NominationDecision recorded :
        recordedDecisions.findByNominationIdAndChairmanDecisionIdNotNullOrderByIdAsc(scope.nominationId())) {
      SignedDecision decision = entityManager.find(SignedDecision.class, recorded.getChairmanDecisionId());
      Map<String, String> details = new LinkedHashMap<>();
      details.put("chairmanDecisionId", String.valueOf(decision.getId()));
      details.put("unit", decision.getUnitCode());
      details.put("decisionNumber", decision.getDecisionNumber());
      details.put("decisionDate", decision.getDecisionDate().toString());
      details.put("signer", decision.getSigner());
      entries.add(new TimelineEntry(recorded.getDecidedAt(), EntryKind.SIGNED_DECISION, decision.getSubmittedBy(),
          recorded.getTaskKey(), null,
          "Ghi nhận theo quyết định số " + decision.getDecisionNumber() + " ngày "
              + ChairmanDecisions.text(decision.getDecisionDate()) + " của Chủ tịch UBND "
              + decisions.unitName(decision.getUnitCode()) + " (người ký: " + decision.getSigner() + "; "
              + decision.getLines().size() + " người, tập thể trong danh sách)",
          details));
    }
    return entries;
  }
}
