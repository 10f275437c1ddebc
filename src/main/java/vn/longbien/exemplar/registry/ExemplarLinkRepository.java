package vn.longbien.exemplar.registry;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExemplarLinkRepository extends JpaRepository<ExemplarLink, String> {

  List<ExemplarLink> findByExemplarIdOrderByRoundYearAscLinkedAtAsc(Long exemplarId);

  List<ExemplarLink> findByExemplarIdIn(Collection<Long> exemplarIds);

  List<ExemplarLink> findByRoundYearBetween(int fromYear, int toYear);
}
