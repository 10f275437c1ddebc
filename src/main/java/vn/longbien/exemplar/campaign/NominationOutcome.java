package vn.longbien.exemplar.campaign;

import java.util.Set;
import vn.longbien.exemplar.nomination.NominationStatus;

/**
 * One nomination's recorded outcome: its status and the highest level that recognised it
 * ({@code phuong}, {@code quan}, {@code thanh-pho}).
 */
public record NominationOutcome(
    String nominatingUnit, String nomineeKind, NominationStatus status, String recognitionLevel, String currentStep) {

  /** Steps of nomination-review at which a nomination has been proposed to the city. */
  static final Set<String> CITY_STEPS =
      Set.of("Task_CityOutcome", "Task_ComputeCityOutcome", "EndEvent_RecognisedCity", "EndEvent_NotRecognisedCity");

  private static final Set<NominationStatus> IN_PROGRESS =
      Set.of(
          NominationStatus.SUBMITTED, NominationStatus.ON_HOLD, NominationStatus.RETURNED, NominationStatus.POSTED,
          NominationStatus.IN_REVIEW);

  boolean recognisedAt(String level) {
    return level.equals(recognitionLevel);
  }

  boolean proposedToCity() {
    return status == NominationStatus.RECOGNISED_CITY || CITY_STEPS.contains(currentStep);
  }

  boolean inProgress() {
    return IN_PROGRESS.contains(status);
  }

  boolean withdrawn() {
    return status == NominationStatus.WITHDRAWN;
  }
}
