package vn.longbien.exemplar.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One nominee on a meeting's agenda: what the council decided, and what submitting the meeting did with it. */
@Entity
@Table(name = "council_meeting_line")
public class AgendaLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "meeting_id", nullable = false)
  private CouncilMeeting meeting;

  @Column(nullable = false)
  private int position;

  @Column(name = "nomination_id", nullable = false)
  private String nominationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AgendaAction action;

  @Column(name = "votes_in_favour")
  private Integer votesInFavour;

  @Column(name = "votes_against")
  private Integer votesAgainst;

  @Column(name = "votes_abstaining")
  private Integer votesAbstaining;

  @Column(length = 2000)
  private String comments;

  @Column(name = "evidence_request", length = 2000)
  private String evidenceRequest;

  @Column(name = "evidence_due_date")
  private LocalDate evidenceDueDate;

  /** The council confirmed that the (warned) nomination is for a new achievement. */
  @Column(name = "new_achievement_confirmed", nullable = false)
  private boolean newAchievementConfirmed;

  @Enumerated(EnumType.STRING)
  private LineResult result;

  private String outcome;

  @Column(name = "result_reason", length = 2000)
  private String resultReason;

  protected AgendaLine() {}

  AgendaLine(CouncilMeeting meeting, int position, String nominationId, AgendaAction action, Integer votesInFavour,
      Integer votesAgainst, Integer votesAbstaining, String comments, String evidenceRequest, LocalDate evidenceDueDate,
      boolean newAchievementConfirmed) {
    this.meeting = meeting;
    this.newAchievementConfirmed = newAchievementConfirmed;
    this.position = position;
    this.nominationId = nominationId;
    this.action = action;
    this.votesInFavour = votesInFavour;
    this.votesAgainst = votesAgainst;
    this.votesAbstaining = votesAbstaining;
    this.comments = comments;
    this.evidenceRequest = evidenceRequest;
    this.evidenceDueDate = evidenceDueDate;
  }

  void settle(LineResult result, String outcome, String reason) {
    this.result = result;
    this.outcome = outcome;
    this.resultReason = reason == null || reason.length() <= 2000 ? reason : reason.substring(0, 2000);
  }

  public Long getId() {
    return id;
  }

  public CouncilMeeting getMeeting() {
    return meeting;
  }

  public int getPosition() {
    return position;
  }

  public String getNominationId() {
    return nominationId;
  }

  public AgendaAction getAction() {
    return action;
  }

  public Integer getVotesInFavour() {
    return votesInFavour;
  }

  public Integer getVotesAgainst() {
    return votesAgainst;
  }

  public Integer getVotesAbstaining() {
    return votesAbstaining;
  }

  public String getComments() {
    return comments;
  }

  public String getEvidenceRequest() {
    return evidenceRequest;
  }

  public LocalDate getEvidenceDueDate() {
    return evidenceDueDate;
  }

  public boolean isNewAchievementConfirmed() {
    return newAchievementConfirmed;
  }

  /** Null until the meeting is submitted. */
  public LineResult getResult() {
    return result;
  }

  /** As the nomination's decision record has it: passed, not-passed, no-quorum, returned; null otherwise. */
  public String getOutcome() {
    return outcome;
  }

  public String getResultReason() {
    return resultReason;
  }
}
