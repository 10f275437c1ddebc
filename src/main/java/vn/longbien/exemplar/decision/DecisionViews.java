package vn.longbien.exemplar.decision;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.longbien.exemplar.documents.MeetingPapers;
import vn.longbien.exemplar.nomination.DecisionOutcome;
import vn.longbien.exemplar.nomination.Nomination;
import vn.longbien.exemplar.nomination.NominationQueries;
import vn.longbien.exemplar.review.ListState;

/** What the API and the pages show of a chairman's decision. */
@Component
public class DecisionViews {

  @Schema(name = "ChairmanDecision", description = "Quyết định của Chủ tịch UBND")
  public record DecisionView(
      Long id, String unit, String unitName, String level, String decisionNumber, LocalDate decisionDate,
      String signer, String state, String stateLabel, String createdBy, Instant createdAt, String submittedBy,
      Instant submittedAt, List<LineView> lines, int recognised, int completed, int notCompleted,
      @Schema(description = "Dòng chưa có kết quả ghi nhận: đang gửi, hoặc lần gửi bị gián đoạn (gửi tiếp được)")
      int pending) {}

  @Schema(name = "ChairmanDecisionLineView", description = "Một người, tập thể trong quyết định và kết quả khi gửi")
  public record LineView(
      String nominationId, String nomineeName, String nominatingUnitName, boolean recognised, boolean proposeUpward,
      boolean proposeGoodDeed, boolean proposeOutstandingCitizen, boolean proposeBook, String proposalsText,
      String reason, String result, String outcome, String outcomeLabel, String resultReason) {}

  private final ChairmanDecisions decisions;
  private final NominationQueries nominations;

  DecisionViews(ChairmanDecisions decisions, NominationQueries nominations) {
    this.decisions = decisions;
    this.nominations = nominations;
  }

  @Transactional(readOnly = true)
  public DecisionView view(SignedDecision d) {
    List<LineView> lines = d.getLines().stream().map(this::line).toList();
    return new DecisionView(d.getId(), d.getUnitCode(), decisions.unitName(d.getUnitCode()), d.getLevel(),
        d.getDecisionNumber(), d.getDecisionDate(), d.getSigner(), d.getState().name().toLowerCase(),
        d.getState().label(), d.getCreatedBy(), d.getCreatedAt(), d.getSubmittedBy(), d.getSubmittedAt(), lines,
        (int) d.getLines().stream().filter(DecisionLine::isRecognised).count(),
        (int) d.getLines().stream().filter(l -> DecisionLine.COMPLETED.equals(l.getResult())).count(),
        (int) d.getLines().stream().filter(l -> DecisionLine.NOT_COMPLETED.equals(l.getResult())).count(),
        d.getState() == ListState.SUBMITTED ? (int) d.getLines().stream().filter(l -> l.getResult() == null).count() : 0);
  }

  private LineView line(DecisionLine l) {
    Nomination n = nominations.findById(l.getNominationId()).orElse(null);
    DecisionLine.Proposals p = l.getProposals();
    return new LineView(l.getNominationId(), n == null ? l.getNominationId() : n.getNomineeName(),
        n == null ? "" : decisions.unitName(n.getNominatingUnit()), l.isRecognised(), p.upward(), p.goodDeed(),
        p.outstandingCitizen(), p.book(), proposals(p), l.getReason(), l.getResult(), l.getOutcome(),
        outcomeLabel(l.getOutcome()), l.getResultReason());
  }

  static String proposals(DecisionLine.Proposals p) {
    List<String> texts = new java.util.ArrayList<>();
    if (p.upward()) {
      texts.add("giới thiệu lên Hội đồng TĐKT quận");
    }
    if (p.goodDeed()) {
      texts.add("khen thưởng người tốt, việc tốt cấp Thành phố");
    }
    if (p.outstandingCitizen()) {
      texts.add("“Công dân Thủ đô ưu tú”");
    }
    if (p.book()) {
      texts.add("sách “Những bông hoa đẹp”");
    }
    return texts.isEmpty() ? "không đề xuất" : String.join(", ", texts);
  }

  static String outcomeLabel(String outcome) {
    return DecisionOutcome.labelOf(outcome);
  }

  /** The decision as its list prints it: the nominees recorded as recognised, in the decision's order. */
  public static MeetingPapers.Decision papers(SignedDecision d) {
    List<String> recognised = d.getLines().stream()
        .filter(l -> DecisionLine.COMPLETED.equals(l.getResult()) && DecisionOutcome.recognises(l.getOutcome()))
        .map(DecisionLine::getNominationId).toList();
    return new MeetingPapers.Decision(d.getUnitCode(), d.getDecisionNumber(), d.getDecisionDate(), d.getSigner(), recognised);
  }
}
