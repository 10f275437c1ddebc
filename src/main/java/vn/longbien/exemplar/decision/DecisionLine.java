package vn.longbien.exemplar.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One nominee of a chairman's decision: recognised or not, proposed upward or not, and what submitting did. */
@Entity
@Table(name = "chairman_decision_line")
public class DecisionLine {

  /** Submitting completed the nominee's chairman task. */
  public static final String COMPLETED = "completed";
  /** The task could not be completed (done in Tasklist meanwhile, withdrawn, refused): the reason is kept. */
  public static final String NOT_COMPLETED = "not-completed";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "decision_id", nullable = false)
  private SignedDecision decision;

  @Column(nullable = false)
  private int position;

  @Column(name = "nomination_id", nullable = false)
  private String nominationId;

  @Column(nullable = false)
  private boolean recognised;

  @Column(name = "propose_upward", nullable = false)
  private boolean proposeUpward;

  @Column(name = "propose_good_deed", nullable = false)
  private boolean proposeGoodDeed;

  @Column(name = "propose_outstanding_citizen", nullable = false)
  private boolean proposeOutstandingCitizen;

  @Column(name = "propose_book", nullable = false)
  private boolean proposeBook;

  @Column(length = 2000)
  private String reason;

  private String result;

  private String outcome;

  @Column(name = "result_reason", length = 2000)
  private String resultReason;

  protected DecisionLine() {}

  DecisionLine(SignedDecision decision, int position, String nominationId, boolean recognised, Proposals proposals,
      String reason) {
    this.decision = decision;
    this.position = position;
    this.nominationId = nominationId;
    this.recognised = recognised;
    this.proposeUpward = proposals.upward();
    this.proposeGoodDeed = proposals.goodDeed();
    this.proposeOutstandingCitizen = proposals.outstandingCitizen();
    this.proposeBook = proposals.book();
    this.reason = reason;
  }

  /** What the chairman proposes upward: to the district council, or to the city (any of three). */
  public record Proposals(boolean upward, boolean goodDeed, boolean outstandingCitizen, boolean book) {
    public boolean any() {
      return upward || goodDeed || outstandingCitizen || book;
    }
  }

  void settle(String result, String outcome, String reason) {
    this.result = result;
    this.outcome = outcome;
    this.resultReason = reason == null || reason.length() <= 2000 ? reason : reason.substring(0, 2000);
  }

  public Long getId() {
    return id;
  }

  public SignedDecision getDecision() {
    return decision;
  }

  public int getPosition() {
    return position;
  }

  public String getNominationId() {
    return nominationId;
  }

  public boolean isRecognised() {
    return recognised;
  }

  public Proposals getProposals() {
    return new Proposals(proposeUpward, proposeGoodDeed, proposeOutstandingCitizen, proposeBook);
  }

  public String getReason() {
    return reason;
  }

  /** {@link #COMPLETED} or {@link #NOT_COMPLETED}; null until the decision is submitted. */
  public String getResult() {
    return result;
  }

  /** As the nomination's decision record has it: recognised, proposed, not-recognised; null otherwise. */
  public String getOutcome() {
    return outcome;
  }

  public String getResultReason() {
    return resultReason;
  }
}
