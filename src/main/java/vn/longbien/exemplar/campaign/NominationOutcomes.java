package vn.longbien.exemplar.campaign;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import vn.longbien.exemplar.nomination.Nomination;

/** Reads (never writes) the nominations' recorded outcomes for the round's follow-up and report. */
public interface NominationOutcomes extends Repository<Nomination, String> {

  /** Exemplars a unit introduced for a movement in a round: its nominations, except those it withdrew. */
  @Query("select count(n) from Nomination n where n.roundYear = :year and n.nominatingUnit = :unit"
      + " and n.movement = :movement and n.status <> vn.longbien.exemplar.nomination.NominationStatus.WITHDRAWN")
  long countIntroductions(@Param("year") int year, @Param("unit") String unit, @Param("movement") String movement);

  @Query("select new vn.longbien.exemplar.campaign.NominationOutcome(n.nominatingUnit, n.nomineeKind, n.status,"
      + " n.recognitionLevel, n.currentStep, n.movement, n.submittedAt, n.proposedForBook,"
      + " n.outstandingCitizenTitle) from Nomination n where n.roundYear = :year")
  List<NominationOutcome> outcomesOf(@Param("year") int year);
}
