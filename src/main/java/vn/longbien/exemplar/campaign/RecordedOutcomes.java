package vn.longbien.exemplar.campaign;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.nomination.NominationQueries;

/** {@link NominationOutcomes} from the nomination records, through the nomination feature's one query service. */
@Component
class RecordedOutcomes implements NominationOutcomes {

  private final NominationQueries nominations;

  RecordedOutcomes(NominationQueries nominations) {
    this.nominations = nominations;
  }

  @Override
  public long countIntroductions(int year, String unit, String movement) {
    return nominations.countIntroductions(year, unit, movement);
  }

  @Override
  public List<NominationOutcome> outcomesOf(int year) {
    return nominations.outcomesOf(year).stream().map(NominationOutcome::of).toList();
  }
}
