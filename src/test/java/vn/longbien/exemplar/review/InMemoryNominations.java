package vn.longbien.exemplar.review;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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

  @Override
  public long countByRoundYearAndOutstandingCitizenTitleTrue(int roundYear) {
    return rows.values().stream()
        .filter(row -> row.getRoundYear() == roundYear && row.hasOutstandingCitizenTitle())
        .count();
  }
}
