package vn.longbien.exemplar.decision;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The chairmen's decisions. */
interface SignedDecisionRepository extends Repository<SignedDecision, Long> {

  SignedDecision save(SignedDecision decision);

  SignedDecision saveAndFlush(SignedDecision decision);

  Optional<SignedDecision> findById(Long id);

  List<SignedDecision> findByUnitCodeInOrderByDecisionDateDescIdDesc(Collection<String> unitCodes);
}
