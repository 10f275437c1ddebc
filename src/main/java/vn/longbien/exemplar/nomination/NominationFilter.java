package vn.longbien.exemplar.nomination;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/**
 * What a search of the nominations asks for, the same for the nomination list and the audit's search: each
 * criterion given must hold. The name is a part of the nominee's name compared by its {@link SearchKey} (without
 * case, accents or tone marks: "nguyen" and "NGUYỄN" find "Nguyễn"), with {@code %} and {@code _} taken as
 * typed, not as wildcards.
 *
 * @param readableUnits the nominating units the caller may read; null for every unit (inspectors)
 */
public record NominationFilter(
    Collection<String> readableUnits, Integer year, String unit, String movement, NominationStatus status,
    String name) {

  public Specification<Nomination> specification() {
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      if (readableUnits != null) {
        where.add(root.get("nominatingUnit").in(readableUnits));
      }
      if (year != null) {
        where.add(cb.equal(root.get("roundYear"), year));
      }
      if (unit != null && !unit.isBlank()) {
        where.add(cb.equal(root.get("nominatingUnit"), unit.trim()));
      }
      if (movement != null && !movement.isBlank()) {
        where.add(cb.equal(root.get("movement"), movement.trim()));
      }
      if (status != null) {
        where.add(cb.equal(root.get("status"), status));
      }
      String key = SearchKey.of(name);
      if (!key.isEmpty()) {
        String escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        where.add(cb.like(root.get("nomineeSearchName"), "%" + escaped + "%", '\\'));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }
}
