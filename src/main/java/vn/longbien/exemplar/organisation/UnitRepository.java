package vn.longbien.exemplar.organisation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitRepository extends JpaRepository<Unit, String> {

  List<Unit> findByKindOrderByName(UnitKind kind);
}
