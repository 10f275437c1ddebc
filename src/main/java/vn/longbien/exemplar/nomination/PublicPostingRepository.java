package vn.longbien.exemplar.nomination;

import java.util.List;
import org.springframework.data.repository.Repository;

/** The public postings of nominations, in the order they started. */
public interface PublicPostingRepository extends Repository<PublicPostingPeriod, Long> {

  PublicPostingPeriod save(PublicPostingPeriod posting);

  List<PublicPostingPeriod> findByNominationIdOrderByStartsOnAscIdAsc(String nominationId);
}
