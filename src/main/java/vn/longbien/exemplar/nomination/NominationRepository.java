package vn.longbien.exemplar.nomination;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The nominations, keyed by the business key of their review process instance. */
public interface NominationRepository extends Repository<Nomination, String> {

  Optional<Nomination> findById(String id);

  Nomination save(Nomination nomination);

  /** How many nominees of the round's year already hold the title "Công dân Thủ đô ưu tú". */
  long countByRoundYearAndOutstandingCitizenTitleTrue(int roundYear);
}
