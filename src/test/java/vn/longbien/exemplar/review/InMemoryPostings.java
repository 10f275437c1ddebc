package vn.longbien.exemplar.review;

import java.util.ArrayList;
import java.util.List;
import vn.longbien.exemplar.nomination.PublicPostingPeriod;
import vn.longbien.exemplar.nomination.PublicPostingRepository;

/** The public postings kept in memory, for process tests without a database. */
class InMemoryPostings implements PublicPostingRepository {

  private final List<PublicPostingPeriod> rows = new ArrayList<>();

  @Override
  public PublicPostingPeriod save(PublicPostingPeriod posting) {
    rows.add(posting);
    return posting;
  }

  @Override
  public List<PublicPostingPeriod> findByNominationIdOrderByStartsOnAscIdAsc(String nominationId) {
    return rows.stream().filter(row -> row.getNominationId().equals(nominationId)).toList();
  }
}
