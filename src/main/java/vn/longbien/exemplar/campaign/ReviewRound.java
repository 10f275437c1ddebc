package vn.longbien.exemplar.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The record of a yearly round (đợt bình xét) of year N: opened (by default on 01/12 of N-1), due before
 * 31/01 of N, closed with its report. Its year is the business key of its {@code yearly-round} instance.
 */
@Entity
@Table(name = "review_round")
public class ReviewRound {

  @Id
  @Column(name = "round_year")
  private int roundYear;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "opened_by")
  private String openedBy;

  @Column(name = "review_deadline", nullable = false)
  private Instant reviewDeadline;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RoundStatus status;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "closing_note", length = 2000)
  private String closingNote;

  protected ReviewRound() {}

  public ReviewRound(int roundYear, Instant openedAt, String openedBy, Instant reviewDeadline) {
    this.roundYear = roundYear;
    this.openedAt = openedAt;
    this.openedBy = openedBy;
    this.reviewDeadline = reviewDeadline;
    this.status = RoundStatus.OPEN;
  }

  void close(Instant when, String note) {
    this.status = RoundStatus.CLOSED;
    this.closedAt = when;
    this.closingNote = note;
  }

  public int getRoundYear() {
    return roundYear;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public String getOpenedBy() {
    return openedBy;
  }

  public Instant getReviewDeadline() {
    return reviewDeadline;
  }

  public RoundStatus getStatus() {
    return status;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public String getClosingNote() {
    return closingNote;
  }
}
