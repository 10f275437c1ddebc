package vn.longbien.exemplar.nomination;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The objections received on nominations, in the order they were received. */
public interface ObjectionRepository extends Repository<Objection, Long> {

  Objection save(Objection objection);

  Optional<Objection> findById(Long id);

  List<Objection> findByNominationIdOrderByReceivedAtAscIdAsc(String nominationId);
}
