package vn.longbien.exemplar.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A council's confirmation, with its vote, that a warned nomination is for a new achievement. */
@Entity
@Table(name = "exemplar_confirmation")
public class NewAchievementConfirmation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "nomination_id", nullable = false)
  private String nominationId;

  @Column(nullable = false)
  private String level;

  @Column(nullable = false, length = 2000)
  private String warning;

  @Column(name = "confirmed_by")
  private String confirmedBy;

  @Column(name = "confirmed_at", nullable = false)
  private Instant confirmedAt;

  protected NewAchievementConfirmation() {}

  NewAchievementConfirmation(String nominationId, String level, String warning, String confirmedBy,
      Instant confirmedAt) {
    this.nominationId = nominationId;
    this.level = level;
    this.warning = warning.length() <= 2000 ? warning : warning.substring(0, 2000);
    this.confirmedBy = confirmedBy;
    this.confirmedAt = confirmedAt;
  }

  public String getNominationId() {
    return nominationId;
  }

  public String getLevel() {
    return level;
  }

  public String getWarning() {
    return warning;
  }

  public String getConfirmedBy() {
    return confirmedBy;
  }

  public Instant getConfirmedAt() {
    return confirmedAt;
  }
}
