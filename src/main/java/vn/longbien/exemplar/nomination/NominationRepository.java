package vn.longbien.exemplar.nomination;

import java.util.Optional;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The nominations, keyed by the business key of their review process instance. */
public interface NominationRepository extends Repository<Nomination, String> {

  Optional<Nomination> findById(String id);

  Nomination save(Nomination nomination);

  /** Writes at once, so that the unique duplicate key is checked now rather than at commit. */
  Nomination saveAndFlush(Nomination nomination);

  /**
   * The nomination holding a {@link Nomination#duplicateKey}, read in a transaction of its own: after the
   * database refused an insert, PostgreSQL lets the caller's transaction read nothing more.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
  Optional<Nomination> findByDuplicateKey(String duplicateKey);

  /** How many nominees of the round's year already hold the title "Công dân Thủ đô ưu tú". */
  long countByRoundYearAndOutstandingCitizenTitleTrue(int roundYear);
}
