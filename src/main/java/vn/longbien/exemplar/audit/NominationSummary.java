package vn.longbien.exemplar.audit;

import java.time.Instant;
import vn.longbien.exemplar.nomination.Nomination;
import vn.longbien.exemplar.organisation.FormerUnits;

/** A nomination as the audit lists it. */
public record NominationSummary(
    String id, int roundYear, String nominatingUnit, String nominatingUnitName, String nomineeKind,
    String nomineeName, String movement, String status, String statusLabel, String statusReason,
    String recognitionLevel, boolean outstandingCitizenTitle, Instant submittedAt, Instant updatedAt) {

  /** @param units the unit's name, a former unit's too (after a switch of organisation file) */
  public static NominationSummary of(Nomination n, FormerUnits units) {
    return new NominationSummary(
        n.getId(), n.getRoundYear(), n.getNominatingUnit(),
        units.name(n.getNominatingUnit()),
        n.getNomineeKind(), n.getNomineeName(), n.getMovement(), n.getStatus().name(), n.getStatus().label(),
        n.getStatusReason(), n.getRecognitionLevel(), n.hasOutstandingCitizenTitle(), n.getSubmittedAt(),
        n.getUpdatedAt());
  }
}
