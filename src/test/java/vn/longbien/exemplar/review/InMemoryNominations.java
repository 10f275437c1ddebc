package vn.longbien.exemplar.review;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import vn.longbien.exemplar.nomination.Nomination;
import vn.longbien.exemplar.nomination.NominationRepository;

/** The nomination table for engine tests that run without Spring. */
class InMemoryNominations implements NominationRepository {

  private final Map<String, Nomination> rows = new HashMap<>();

  @Override
  public Optional<Nomination> findById(String id) {
    return Optional.ofNullable(rows.get(id));
  }

  @Override
  public Nomination save(Nomination nomination) {
    rows.put(nomination.getId(), nomination);
    return nomination;
  }

  /** As the unique index on the duplicate key refuses the same nominee twice in a round. */
  @Override
  public Nomination saveAndFlush(Nomination nomination) {
    if (findByDuplicateKey(nomination.getDuplicateKey()).filter(row -> row != nomination).isPresent()) {
      throw new DataIntegrityViolationException("uq_nomination_duplicate_key");
    }
    return save(nomination);
  }

  @Override
  public Optional<Nomination> findByDuplicateKey(String duplicateKey) {
    return rows.values().stream().filter(row -> duplicateKey != null && duplicateKey.equals(row.getDuplicateKey())).findFirst();
  }

  @Override
  public long countByRoundYearAndOutstandingCitizenTitleTrue(int roundYear) {
    return rows.values().stream()
        .filter(row -> row.getRoundYear() == roundYear && row.hasOutstandingCitizenTitle())
        .count();
  }
}
