package vn.longbien.exemplar.campaign;

import java.time.Instant;
import java.util.Set;
import vn.longbien.exemplar.nomination.NominationStatus;
import vn.longbien.exemplar.nomination.RecordedOutcome;

/**
 * One nomination's recorded outcome: its status and the highest level that recognised it
 * ({@code phuong}, {@code quan}, {@code thanh-pho}), with its movement, when it was submitted, whether a
 * chairman proposed it for the book "Những bông hoa đẹp" and whether the city awarded it the title "Công dân
 * Thủ đô ưu tú". Whether the review reached the city ({@code reachedCity}) is on the record too, written by the
 * review glue: the report reads no step of the models.
 */
public record NominationOutcome(
    String nominatingUnit, String nomineeKind, NominationStatus status, String recognitionLevel, boolean reachedCity,
    String movement, Instant submittedAt, boolean proposedForBook, boolean outstandingCitizenTitle) {

  static NominationOutcome of(RecordedOutcome r) {
    return new NominationOutcome(r.nominatingUnit(), r.nomineeKind(), r.status(), r.recognitionLevel(),
        r.proposedToCity(), r.movement(), r.submittedAt(), r.proposedForBook(), r.outstandingCitizenTitle());
  }

  private static final Set<NominationStatus> IN_PROGRESS =
      Set.of(
          NominationStatus.SUBMITTED, NominationStatus.ON_HOLD, NominationStatus.RETURNED, NominationStatus.POSTED,
          NominationStatus.IN_REVIEW);

  boolean recognisedAt(String level) {
    return level.equals(recognitionLevel);
  }

  boolean proposedToCity() {
    return status == NominationStatus.RECOGNISED_CITY || reachedCity;
  }

  boolean inProgress() {
    return IN_PROGRESS.contains(status);
  }

  boolean withdrawn() {
    return status == NominationStatus.WITHDRAWN;
  }
}
