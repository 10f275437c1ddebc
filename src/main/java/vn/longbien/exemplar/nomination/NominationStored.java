package vn.longbien.exemplar.nomination;

/**
 * A new nomination was stored ({@link NewNominations}, whichever way it came: the API, an import, Tasklist's start
 * form), published in the transaction that stored it: listeners (the exemplar registry) act in that transaction, so
 * that a refused or rolled-back submission leaves nothing of theirs either.
 *
 * @param nomineeKind {@code ca-nhan}, {@code tap-the} or {@code ho-gia-dinh}
 * @param birthYear of an individual; null when not given
 */
public record NominationStored(
    String nominationId, int roundYear, String nominatingUnit, String nomineeKind, String nomineeName,
    Integer birthYear) {

  public static NominationStored of(Nomination nomination) {
    return new NominationStored(nomination.getId(), nomination.getRoundYear(), nomination.getNominatingUnit(),
        nomination.getNomineeKind(), nomination.getNomineeName(), nomination.getBirthYear());
  }
}
