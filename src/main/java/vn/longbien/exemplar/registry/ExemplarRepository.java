package vn.longbien.exemplar.registry;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExemplarRepository extends JpaRepository<Exemplar, Long> {

  List<Exemplar> findByUnitCodeAndNomineeKindAndSearchNameAndMergedIntoIsNullOrderByIdAsc(
      String unitCode, String nomineeKind, String searchName);

  List<Exemplar> findTop100BySearchNameContainingAndUnitCodeInAndMergedIntoIsNullOrderBySearchNameAscIdAsc(
      String searchName, Collection<String> unitCodes);

  List<Exemplar> findByMergedInto(Long target);
}
