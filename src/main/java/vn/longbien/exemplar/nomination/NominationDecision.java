package vn.longbien.exemplar.nomination;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One decision on a nomination (a council's vote or return for evidence, a chairman's decision, the city's
 * outcome), recorded by the review step that takes it, in the same transaction. Never changed afterwards,
 * except that a council meeting or a chairman's decision submitted through the application ({@code meeting/},
 * {@code decision/}) links the decisions its submission recorded to itself ({@code meetingId},
 * {@code chairmanDecisionId}), in that same transaction.
 *
 * <p>The one record of what happened: reports, documents and the audit timeline read the decision from here
 * (its outcome, votes, numbers, the sentence {@link #getSummary()} and what was submitted,
 * {@link #getRecordedValues()}), never from the models' element ids or form fields. The engine's task that
 * carried it ({@link #getTaskId()}) and the model version ({@link #getProcessDefinitionId()}) link it to the
 * detailed process history.
 */
@Entity
@Table(name = "nomination_decision")
public class NominationDecision {

  /** What kind of decision: who took it. */
  public enum Kind {
    COUNCIL_VOTE("Hội đồng Thi đua - Khen thưởng biểu quyết"),
    CHAIRMAN_DECISION("Chủ tịch UBND quyết định"),
    CITY_OUTCOME("Kết quả xét của Thành phố"),
    RETURN_FOR_EVIDENCE("Hội đồng Thi đua - Khen thưởng trả hồ sơ để bổ sung"),
    PENDING_MATTER("Kết quả giải quyết kỷ luật, thanh tra, khiếu nại");

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

  @Column(name = "task_id")
  private String taskId;

  @Column(name = "task_key")
  private String taskKey;

  @Column(name = "process_definition_id")
  private String processDefinitionId;

  @Column(name = "review_unit")
  private String reviewUnit;

  @Column(length = 4000)
  private String summary;

  @Column(name = "recorded_values", length = 10000)
  @Convert(converter = RecordedValuesConverter.class)
  private Map<String, String> recordedValues = new LinkedHashMap<>();

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

  /**
   * Where the decision was taken, for the audit: the engine's task whose completion carried it (null when taken
   * by no task), the model version, the reviewing unit, the sentence inspectors read and what was submitted.
   */
  public NominationDecision takenAt(String taskId, String taskKey, String processDefinitionId, String reviewUnit,
      String summary, Map<String, String> recordedValues) {
    this.taskId = taskId;
    this.taskKey = taskKey;
    this.processDefinitionId = processDefinitionId;
    this.reviewUnit = reviewUnit;
    this.summary = cut(summary);
    this.recordedValues = recordedValues == null ? new LinkedHashMap<>() : new LinkedHashMap<>(recordedValues);
    return this;
  }

  private static String cut(String text) {
    return text == null || text.length() <= 4000 ? text : text.substring(0, 4000);
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

  /** The engine's task whose completion carried the decision; null for rows recorded before it was kept. */
  public String getTaskId() {
    return taskId;
  }

  /** That task's definition key as the model had it when the decision was taken (evidence, not a lookup key). */
  public String getTaskKey() {
    return taskKey;
  }

  /** The model version (process definition id) the step ran under. */
  public String getProcessDefinitionId() {
    return processDefinitionId;
  }

  /** The reviewing unit's code at the decision's level; null for old rows. */
  public String getReviewUnit() {
    return reviewUnit;
  }

  /** The sentence the audit shows for the decision; falls back to the reason for rows recorded before it was kept. */
  public String getSummary() {
    return summary != null ? summary : reason;
  }

  /** What the official submitted for the step, by the names the step knows them, as text; empty for old rows. */
  public Map<String, String> getRecordedValues() {
    return recordedValues == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(recordedValues));
  }

  /** The chairman's decision (list) whose submission recorded this decision; null for one recorded task by task. */
  public Long getChairmanDecisionId() {
    return chairmanDecisionId;
  }
}
