package vn.longbien.exemplar.registry;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConfirmationRepository extends JpaRepository<NewAchievementConfirmation, Long> {

  List<NewAchievementConfirmation> findByNominationIdOrderByConfirmedAtAsc(String nominationId);
}
