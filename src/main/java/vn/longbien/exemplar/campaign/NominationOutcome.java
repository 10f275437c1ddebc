package vn.longbien.exemplar.campaign;

import java.time.Instant;
import java.util.Set;
import vn.longbien.exemplar.nomination.NominationStatus;
import vn.longbien.exemplar.review.ModelContract;

/**
 * One nomination's recorded outcome: its status and the highest level that recognised it
 * ({@code phuong}, {@code quan}, {@code thanh-pho}), with its movement, when it was submitted, whether a
 * chairman proposed it for the book "Những bông hoa đẹp" and whether the city awarded it the title "Công dân
 * Thủ đô ưu tú".
 */
public record NominationOutcome(
    String nominatingUnit, String nomineeKind, NominationStatus status, String recognitionLevel, String currentStep,
    String movement, Instant submittedAt, boolean proposedForBook, boolean outstandingCitizenTitle) {

  /** Steps of nomination-review at which a nomination has been proposed to the city. */
  static final Set<String> CITY_STEPS = Set.copyOf(ModelContract.CITY_STEPS);

  private static final Set<NominationStatus> IN_PROGRESS =
      Set.of(
          NominationStatus.SUBMITTED, NominationStatus.ON_HOLD, NominationStatus.RETURNED, NominationStatus.POSTED,
          NominationStatus.IN_REVIEW);

  boolean recognisedAt(String level) {
    return level.equals(recognitionLevel);
  }

  boolean proposedToCity() {
    return status == NominationStatus.RECOGNISED_CITY || (currentStep != null && CITY_STEPS.contains(currentStep));
  }

  boolean inProgress() {
    return IN_PROGRESS.contains(status);
  }

  boolean withdrawn() {
    return status == NominationStatus.WITHDRAWN;
  }
}
