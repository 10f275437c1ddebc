package vn.longbien.exemplar.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * A merge or a split of registry entries by Phòng Nội vụ, kept for the audit: who, when, which entries, which
 * nominations moved. A merge moves every nomination of {@code source} to {@code target} and retires the source; a
 * split moves one nomination of {@code source} to the new entry {@code target}.
 */
@Entity
@Table(name = "exemplar_change")
public class RegistryChange {

  /** What was done; the label is what inspectors read. */
  public enum Kind {
    MERGE("Gộp hai mục của cùng một điển hình"),
    SPLIT("Tách hồ sơ đề cử ghép nhầm thành mục riêng");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  @Column(name = "source_id", nullable = false)
  private Long sourceId;

  @Column(name = "target_id", nullable = false)
  private Long targetId;

  @Column(name = "nomination_ids", nullable = false, length = 4000)
  private String nominationIds;

  @Column(length = 2000)
  private String reason;

  @Column(name = "changed_by", nullable = false)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  protected RegistryChange() {}

  RegistryChange(Kind kind, Long sourceId, Long targetId, List<String> nominationIds, String reason, String changedBy,
      Instant changedAt) {
    this.kind = kind;
    this.sourceId = sourceId;
    this.targetId = targetId;
    this.nominationIds = String.join(",", nominationIds);
    this.reason = reason;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
  }

  public Long getId() {
    return id;
  }

  public Kind getKind() {
    return kind;
  }

  public Long getSourceId() {
    return sourceId;
  }

  public Long getTargetId() {
    return targetId;
  }

  public List<String> getNominationIds() {
    return nominationIds.isEmpty() ? List.of() : List.of(nominationIds.split(","));
  }

  public String getReason() {
    return reason;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public Instant getChangedAt() {
    return changedAt;
  }
}
