package vn.longbien.exemplar.nomination;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/** Searches over the nominations for the application's API (the review chain uses {@link NominationRepository}). */
public interface NominationQueries extends Repository<Nomination, String>, JpaSpecificationExecutor<Nomination> {

  /**
   * The nominee already nominated by the unit in the round (same name key and birth year; a null birth year
   * matches a null one), unless that nomination was withdrawn.
   */
  Optional<Nomination> findFirstByRoundYearAndNominatingUnitAndNomineeSearchNameAndBirthYearAndStatusNot(
      int roundYear, String nominatingUnit, String nomineeSearchName, Integer birthYear, NominationStatus status);
}
