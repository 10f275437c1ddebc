package vn.longbien.exemplar.nomination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One decision on a nomination (a council's vote or return for evidence, a chairman's decision, the city's
 * outcome), recorded by the review step that takes it, in the same transaction. Never changed afterwards,
 * except that a council meeting or a chairman's decision submitted through the application ({@code meeting/},
 * {@code decision/}) links the decisions its submission recorded to itself ({@code meetingId},
 * {@code chairmanDecisionId}), in that same transaction.
 */
@Entity
@Table(name = "nomination_decision")
public class NominationDecision {

  /** What kind of decision: who took it. */
  public enum Kind {
    COUNCIL_VOTE("Hội đồng Thi đua - Khen thưởng biểu quyết"),
    CHAIRMAN_DECISION("Chủ tịch UBND quyết định"),
    CITY_OUTCOME("Kết quả xét của Thành phố"),
    RETURN_FOR_EVIDENCE("Hội đồng Thi đua - Khen thưởng trả hồ sơ để bổ sung");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** A council's vote as recorded; all null for decisions that are not votes. */
  public record Votes(Integer membersTotal, Integer membersPresent, Integer votesInFavour, Integer votesAgainst) {
    public static final Votes NONE = new Votes(null, null, null, null);
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "nomination_id", nullable = false)
  private String nominationId;

  @Column(nullable = false)
  private String level;

  @Column(nullable = false)
  private String step;

  @Column(nullable = false)
  private String kind;

  private String actor;

  @Column(name = "meeting_date")
  private String meetingDate;

  @Column(name = "members_total")
  private Integer membersTotal;

  @Column(name = "members_present")
  private Integer membersPresent;

  @Column(name = "votes_in_favour")
  private Integer votesInFavour;

  @Column(name = "votes_against")
  private Integer votesAgainst;

  @Column(nullable = false)
  private String outcome;

  @Column(name = "decision_number")
  private String decisionNumber;

  @Column(name = "decision_date")
  private String decisionDate;

  @Column(length = 4000)
  private String reason;

  @Column(name = "decided_at", nullable = false)
  private Instant decidedAt;

  @Column(name = "meeting_id")
  private Long meetingId;

  @Column(name = "chairman_decision_id")
  private Long chairmanDecisionId;

  protected NominationDecision() {}

  public NominationDecision(
      String nominationId, String level, String step, Kind kind, String actor, String meetingDate, Votes votes,
      String outcome, String decisionNumber, String decisionDate, String reason, Instant decidedAt) {
    this.nominationId = nominationId;
    this.level = level;
    this.step = step;
    this.kind = kind.name();
    this.actor = actor;
    this.meetingDate = meetingDate;
    this.membersTotal = votes.membersTotal();
    this.membersPresent = votes.membersPresent();
    this.votesInFavour = votes.votesInFavour();
    this.votesAgainst = votes.votesAgainst();
    this.outcome = outcome;
    this.decisionNumber = decisionNumber;
    this.decisionDate = decisionDate;
    this.reason = reason == null || reason.length() <= 4000 ? reason : reason.substring(0, 4000);
    this.decidedAt = decidedAt;
  }

  public Long getId() {
    return id;
  }

  public String getNominationId() {
    return nominationId;
  }

  public String getLevel() {
    return level;
  }

  public String getStep() {
    return step;
  }

  public Kind getKind() {
    return Kind.valueOf(kind);
  }

  public String getActor() {
    return actor;
  }

  public String getMeetingDate() {
    return meetingDate;
  }

  public Votes getVotes() {
    return new Votes(membersTotal, membersPresent, votesInFavour, votesAgainst);
  }

  public String getOutcome() {
    return outcome;
  }

  public String getDecisionNumber() {
    return decisionNumber;
  }

  public String getDecisionDate() {
    return decisionDate;
  }

  public String getReason() {
    return reason;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  /** The council meeting whose submission recorded this decision; null for one recorded task by task. */
  public Long getMeetingId() {
    return meetingId;
  }

  /** The chairman's decision (list) whose submission recorded this decision; null for one recorded task by task. */
  public Long getChairmanDecisionId() {
    return chairmanDecisionId;
  }
}
