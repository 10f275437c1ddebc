package vn.longbien.exemplar.registry;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RegistryChangeRepository extends JpaRepository<RegistryChange, Long> {

  List<RegistryChange> findBySourceIdInOrTargetIdInOrderByChangedAtAscIdAsc(Collection<Long> sources,
      Collection<Long> targets);

  List<RegistryChange> findByNominationIdsContainingOrderByChangedAtAscIdAsc(String nominationId);
}
