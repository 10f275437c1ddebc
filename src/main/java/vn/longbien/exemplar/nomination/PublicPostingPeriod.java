package vn.longbien.exemplar.nomination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One public posting (công khai) of a nomination at a level: from {@code startsOn} to {@code endsOn}, the day the
 * posting ends and the level's council may meet, {@code workingDays} working days, at the review unit.
 */
@Entity
@Table(name = "nomination_posting")
public class PublicPostingPeriod {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "nomination_id", nullable = false)
  private String nominationId;

  @Column(nullable = false)
  private String level;

  @Column(name = "review_unit", nullable = false)
  private String reviewUnit;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  @Column(name = "working_days", nullable = false)
  private int workingDays;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected PublicPostingPeriod() {}

  public PublicPostingPeriod(String nominationId, String level, String reviewUnit, LocalDate startsOn, LocalDate endsOn,
      int workingDays, Instant recordedAt) {
    this.nominationId = nominationId;
    this.level = level;
    this.reviewUnit = reviewUnit;
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    this.workingDays = workingDays;
    this.recordedAt = recordedAt;
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

  public String getReviewUnit() {
    return reviewUnit;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public int getWorkingDays() {
    return workingDays;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
