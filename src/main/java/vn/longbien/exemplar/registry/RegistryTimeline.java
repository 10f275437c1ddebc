package vn.longbien.exemplar.registry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.longbien.exemplar.audit.EntryKind;
import vn.longbien.exemplar.audit.NominationScope;
import vn.longbien.exemplar.audit.TimelineEntry;
import vn.longbien.exemplar.audit.TimelineSource;

/**
 * The audit timeline's entries for the registry's merges and splits that moved a nomination: who, when, from which
 * entry to which, with which other nominations.
 */
@Component
@Order(50)
class RegistryTimeline implements TimelineSource {

  private final RegistryChangeRepository changes;

  RegistryTimeline(RegistryChangeRepository changes) {
    this.changes = changes;
  }

  @Override
  @Transactional(readOnly = true)
  public List<TimelineEntry> entriesFor(NominationScope scope) {
    String id = scope.nominationId();
    return changes.findByNominationIdsContainingOrderByChangedAtAscIdAsc(id).stream()
        .filter(change -> change.getNominationIds().contains(id))
        .map(change -> entry(change, id))
        .toList();
  }

  static TimelineEntry entry(RegistryChange change, String nominationId) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("change", change.getKind().name());
    details.put("sourceExemplar", String.valueOf(change.getSourceId()));
    details.put("targetExemplar", String.valueOf(change.getTargetId()));
    details.put("nominations", String.join(", ", change.getNominationIds()));
    if (change.getReason() != null) {
      details.put("reason", change.getReason());
    }
    String description = change.getKind() == RegistryChange.Kind.MERGE
        ? "Phòng Nội vụ gộp điển hình số " + change.getSourceId() + " vào điển hình số " + change.getTargetId()
            + " (cùng một điển hình); hồ sơ " + nominationId + " nay thuộc điển hình số " + change.getTargetId()
        : "Phòng Nội vụ tách hồ sơ " + nominationId + " khỏi điển hình số " + change.getSourceId()
            + " (ghép nhầm) thành điển hình mới số " + change.getTargetId();
    return new TimelineEntry(change.getChangedAt(), EntryKind.REGISTRY_CHANGE, change.getChangedBy(), null, null,
        description + (change.getReason() == null ? "" : ". Lý do: " + change.getReason()), details);
  }
}
