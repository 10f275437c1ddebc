package vn.longbien.exemplar.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A nomination's place in the registry: the exemplar it is a nomination of. */
@Entity
@Table(name = "exemplar_nomination")
public class ExemplarLink {

  @Id
  @Column(name = "nomination_id")
  private String nominationId;

  @Column(name = "exemplar_id", nullable = false)
  private Long exemplarId;

  @Column(name = "round_year", nullable = false)
  private int roundYear;

  @Column(name = "linked_at", nullable = false)
  private Instant linkedAt;

  protected ExemplarLink() {}

  ExemplarLink(String nominationId, Long exemplarId, int roundYear, Instant linkedAt) {
    this.nominationId = nominationId;
    this.exemplarId = exemplarId;
    this.roundYear = roundYear;
    this.linkedAt = linkedAt;
  }

  void moveTo(Long exemplar) {
    this.exemplarId = exemplar;
  }

  public String getNominationId() {
    return nominationId;
  }

  public Long getExemplarId() {
    return exemplarId;
  }

  public int getRoundYear() {
    return roundYear;
  }

  public Instant getLinkedAt() {
    return linkedAt;
  }
}
