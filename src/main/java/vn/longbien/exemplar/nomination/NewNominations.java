package vn.longbien.exemplar.nomination;

import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.web.InvalidInputException;

/**
 * Stores new nominations, whichever way they come (API, import, Tasklist start form): only for the round
 * open today ({@link RoundCalendar}), unless Phòng Nội vụ or an administrator accepts a late one explicitly;
 * and never the same nominee nominated twice by a unit in a round (one achievement is not rewarded twice). The
 * database's unique index on {@link Nomination#duplicateKey} decides that, so two submissions at the same
 * moment cannot both pass. Each stored nomination is announced ({@link NominationStored}) in the transaction that
 * stored it.
 */
@Component
public class NewNominations {

  private final NominationRepository nominations;
  private final RoundCalendar rounds;
  private final ApplicationEventPublisher events;

  public NewNominations(NominationRepository nominations, RoundCalendar rounds, ApplicationEventPublisher events) {
    this.nominations = nominations;
    this.rounds = rounds;
    this.events = events;
  }

  /** The nominee's nomination already in the round, unless withdrawn. */
  public Optional<Nomination> existing(int roundYear, String nominatingUnit, String nomineeName, Integer birthYear) {
    return nominations.findByDuplicateKey(Nomination.duplicateKey(roundYear, nominatingUnit, nomineeName, birthYear));
  }

  /**
   * Stores a nomination for the round open today.
   *
   * @throws RoundNotOpenException its round is closed or not yet open
   * @throws DuplicateNominationException naming the nomination stored first; the caller's transaction can then
   *     only roll back
   */
  public Nomination store(Nomination nomination) {
    rounds.refusal(nomination.getRoundYear()).ifPresent(reason -> {
      throw new RoundNotOpenException(reason);
    });
    return insert(nomination);
  }

  /**
   * Stores a nomination that Phòng Nội vụ or an administrator ({@code acceptedBy}; the caller checks who)
   * accepts after its round's deadline, recording who accepted it and when.
   *
   * @throws InvalidInputException the round is open: the nomination is simply submitted
   * @throws RoundNotOpenException the round has not opened yet
   * @throws DuplicateNominationException as {@link #store}
   */
  public Nomination storeAcceptedLate(Nomination nomination, String acceptedBy) {
    int year = nomination.getRoundYear();
    String refusal = rounds.refusal(year).orElseThrow(() -> new InvalidInputException("RoundOpen",
        "Đợt bình xét năm " + year + " đang nhận hồ sơ: nộp hồ sơ như bình thường, không cần chấp nhận nộp muộn"));
    if (!rounds.hasOpened(year)) {
      throw new RoundNotOpenException(refusal);
    }
    nomination.acceptLate(acceptedBy, ClockUtil.getCurrentTime().toInstant());
    return insert(nomination);
  }

  private Nomination insert(Nomination nomination) {
    Nomination stored;
    try {
      stored = nominations.saveAndFlush(nomination);
    } catch (DataIntegrityViolationException e) {
      Nomination first = nominations.findByDuplicateKey(nomination.getDuplicateKey()).orElseThrow(() -> e);
      throw new DuplicateNominationException(first.getId(), first.getNomineeName(), first.getRoundYear());
    }
    events.publishEvent(NominationStored.of(stored));
    return stored;
  }
}
