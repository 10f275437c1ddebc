package vn.longbien.exemplar.nomination;

import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Stores new nominations, whichever way they come (API, import, Tasklist start form), and refuses the same
 * nominee nominated twice by a unit in a round (one achievement is not rewarded twice). The database's unique
 * index on {@link Nomination#duplicateKey} decides, so two submissions at the same moment cannot both pass.
 */
@Component
public class NewNominations {

  private final NominationRepository nominations;

  public NewNominations(NominationRepository nominations) {
    this.nominations = nominations;
  }

  /** The nominee's nomination already in the round, unless withdrawn. */
  public Optional<Nomination> existing(int roundYear, String nominatingUnit, String nomineeName, Integer birthYear) {
    return nominations.findByDuplicateKey(Nomination.duplicateKey(roundYear, nominatingUnit, nomineeName, birthYear));
  }

  /**
   * @throws DuplicateNominationException naming the nomination stored first; the caller's transaction can then
   *     only roll back
   */
  public Nomination store(Nomination nomination) {
    try {
      return nominations.saveAndFlush(nomination);
    } catch (DataIntegrityViolationException e) {
      Nomination first = nominations.findByDuplicateKey(nomination.getDuplicateKey()).orElseThrow(() -> e);
      throw new DuplicateNominationException(first.getId(), first.getNomineeName(), first.getRoundYear());
    }
  }
}
