package vn.longbien.exemplar.nomination;

import java.util.List;
import org.springframework.data.repository.Repository;

/** The decisions taken on nominations, in the order they were taken. */
public interface NominationDecisionRepository extends Repository<NominationDecision, Long> {

  NominationDecision save(NominationDecision decision);

  List<NominationDecision> findByNominationIdOrderByDecidedAtAscIdAsc(String nominationId);
}
