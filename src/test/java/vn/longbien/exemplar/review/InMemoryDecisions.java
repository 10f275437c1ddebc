package vn.longbien.exemplar.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.longbien.exemplar.nomination.NominationDecision;
import vn.longbien.exemplar.nomination.NominationDecisionRepository;

/** The decision table for engine tests that run without Spring. */
class InMemoryDecisions implements NominationDecisionRepository {

  private final List<NominationDecision> rows = new ArrayList<>();

  @Override
  public NominationDecision save(NominationDecision decision) {
    rows.add(decision);
    return decision;
  }

  @Override
  public List<NominationDecision> findByNominationIdOrderByDecidedAtAscIdAsc(String nominationId) {
    return rows.stream()
        .filter(row -> row.getNominationId().equals(nominationId))
        .sorted(Comparator.comparing(NominationDecision::getDecidedAt))
        .toList();
  }
}
