package vn.longbien.exemplar.nomination;

import java.time.Instant;

/**
 * One nomination's outcome as its record holds it, for the round's follow-up, report and target attainment:
 * its status, the highest level that recognised it, whether the review reached the city, whether a chairman
 * proposed it for the book "Những bông hoa đẹp" and whether the city awarded it the title "Công dân Thủ đô ưu
 * tú" — all written by the review glue, none read from the models.
 */
public record RecordedOutcome(
    String nominatingUnit, String nomineeKind, NominationStatus status, String recognitionLevel,
    boolean proposedToCity, String movement, Instant submittedAt, boolean proposedForBook,
    boolean outstandingCitizenTitle) {}
