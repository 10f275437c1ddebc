package vn.longbien.exemplar.audit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.longbien.exemplar.nomination.Nomination;
import vn.longbien.exemplar.nomination.NominationFilter;
import vn.longbien.exemplar.nomination.NominationQueries;
import vn.longbien.exemplar.nomination.NominationStatus;

/** Read-only search of the nomination records for the audit, through the nomination feature's queries. */
@Component
@Transactional(readOnly = true)
public class AuditNominations {

  public static final int MAX_RESULTS = 500;

  private static final Sort ORDER = Sort.by(Sort.Order.desc("roundYear"), Sort.Order.asc("nominatingUnit"),
      Sort.Order.asc("nomineeName"), Sort.Order.asc("id"));

  private final NominationQueries nominations;

  AuditNominations(NominationQueries nominations) {
    this.nominations = nominations;
  }

  Optional<Nomination> find(String id) {
    return nominations.findById(id);
  }

  /** Every nomination of a round's year. */
  List<Nomination> ofYear(int year) {
    return nominations.ofYear(year);
  }

  /**
   * Nominations of every unit matching every given criterion; {@code name} is matched as the nomination list
   * matches it ({@link NominationFilter}: a part of the name, without case or accents, "nguyen" finds "Nguyễn").
   */
  public List<Nomination> search(Integer year, String unit, String name, NominationStatus status) {
    return nominations.findAll(new NominationFilter(null, year, unit, null, status, name).specification(),
        PageRequest.of(0, MAX_RESULTS, ORDER)).getContent();
  }
}
