package vn.longbien.exemplar.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.longbien.exemplar.nomination.Objection;
import vn.longbien.exemplar.nomination.ObjectionRepository;

/** The objections kept in memory, for process tests without a database. */
class InMemoryObjections implements ObjectionRepository {

  private final List<Objection> rows = new ArrayList<>();

  @Override
  public Objection save(Objection objection) {
    if (!rows.contains(objection)) {
      rows.add(objection);
    }
    return objection;
  }

  @Override
  public Optional<Objection> findById(Long id) {
    return rows.stream().filter(row -> Objects.equals(row.getId(), id)).findFirst();
  }

  @Override
  public List<Objection> findByNominationIdOrderByReceivedAtAscIdAsc(String nominationId) {
    return rows.stream().filter(row -> row.getNominationId().equals(nominationId)).toList();
  }
}
