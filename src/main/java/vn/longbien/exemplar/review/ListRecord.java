package vn.longbien.exemplar.review;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * What a council meeting and a chairman's decision have in common as records (see {@link ListedReview}): the level
 * and unit whose council or chairman works the list, who opened it and when, and who submitted it and when. A draft
 * is corrected freely; submitted once, it is never changed again (the version refuses a submission racing another).
 */
@MappedSuperclass
public abstract class ListRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String level;

  @Column(name = "unit_code", nullable = false)
  private String unitCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ListState state;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "submitted_by")
  private String submittedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Version
  private long version;

  protected ListRecord() {}

  protected ListRecord(String level, String unitCode, String createdBy, Instant createdAt) {
    this.level = level;
    this.unitCode = unitCode;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.state = ListState.DRAFT;
  }

  /** Marks the list submitted by the official at the instant. */
  public void submittedBy(String userId, Instant at) {
    this.state = ListState.SUBMITTED;
    this.submittedBy = userId;
    this.submittedAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getLevel() {
    return level;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public ListState getState() {
    return state;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }
}
