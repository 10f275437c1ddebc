package vn.longbien.exemplar.audit;

import java.time.Instant;
import vn.longbien.exemplar.nomination.Nomination;
import vn.longbien.exemplar.organisation.OrganisationCatalog;

/** A nomination as the audit lists it. */
public record NominationSummary(
    String id, int roundYear, String nominatingUnit, String nominatingUnitName, String nomineeKind,
    String nomineeName, String movement, String status, String statusLabel, String statusReason,
    String recognitionLevel, boolean outstandingCitizenTitle, Instant submittedAt, Instant updatedAt) {

  public static NominationSummary of(Nomination n, OrganisationCatalog catalog) {
    return new NominationSummary(
        n.getId(), n.getRoundYear(), n.getNominatingUnit(),
        catalog.unit(n.getNominatingUnit()).map(OrganisationCatalog.UnitDefinition::name).orElse(n.getNominatingUnit()),
        n.getNomineeKind(), n.getNomineeName(), n.getMovement(), n.getStatus().name(), n.getStatus().label(),
        n.getStatusReason(), n.getRecognitionLevel(), n.hasOutstandingCitizenTitle(), n.getSubmittedAt(),
        n.getUpdatedAt());
  }
}
