package vn.longbien.exemplar.campaign;

import java.util.List;

/**
 * The nominations' recorded outcomes for the round's follow-up and report, read (never written) through the
 * nomination feature's {@link vn.longbien.exemplar.nomination.NominationQueries}.
 */
public interface NominationOutcomes {

  /** Exemplars a unit introduced for a movement in a round: its nominations, except those it withdrew. */
  long countIntroductions(int year, String unit, String movement);

  List<NominationOutcome> outcomesOf(int year);
}
