package vn.longbien.exemplar.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.longbien.exemplar.nomination.Nomination;
import vn.longbien.exemplar.nomination.NominationStatus;
import vn.longbien.exemplar.nomination.SearchKey;

/** Read-only search of the nomination records for the audit. */
@Component
@Transactional(readOnly = true)
public class AuditNominations {

  public static final int MAX_RESULTS = 500;

  private final EntityManager entityManager;

  AuditNominations(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  Optional<Nomination> find(String id) {
    return Optional.ofNullable(entityManager.find(Nomination.class, id));
  }

  /** Every nomination of a round's year. */
  List<Nomination> ofYear(int year) {
    return entityManager.createQuery(
            "select n from Nomination n where n.roundYear = :year order by n.nominatingUnit, n.nomineeName, n.id",
            Nomination.class)
        .setParameter("year", year).getResultList();
  }

  /**
   * Nominations matching every given criterion; {@code name} is a part of the nominee's name, compared without
   * case or accents ("nguyen" finds "Nguyễn").
   */
  public List<Nomination> search(Integer year, String unit, String name, NominationStatus status) {
    List<String> where = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    if (year != null) {
      where.add("n.roundYear = :year");
      parameters.put("year", year);
    }
    if (unit != null && !unit.isBlank()) {
      where.add("n.nominatingUnit = :unit");
      parameters.put("unit", unit);
    }
    if (name != null && !name.isBlank()) {
      where.add("n.nomineeSearchName like :name");
      parameters.put("name", "%" + SearchKey.of(name).replace("%", "").replace("_", "") + "%");
    }
    if (status != null) {
      where.add("n.status = :status");
      parameters.put("status", status);
    }
    String jpql = "select n from Nomination n" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
        + " order by n.roundYear desc, n.nominatingUnit, n.nomineeName, n.id";
    TypedQuery<Nomination> query = entityManager.createQuery(jpql, Nomination.class).setMaxResults(MAX_RESULTS);
    parameters.forEach(query::setParameter);
    return query.getResultList();
  }
}
