package vn.longbien.exemplar.nomination.api;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.nomination.AttachmentRepository;
import vn.longbien.exemplar.nomination.Nomination;
import vn.longbien.exemplar.nomination.NominationDecision;
import vn.longbien.exemplar.nomination.NominationStatus;
import vn.longbien.exemplar.nomination.Objection;
import vn.longbien.exemplar.organisation.FormerUnits;
import vn.longbien.exemplar.organisation.OrganisationCatalog;

/** What the API answers about nominations: codes for programs, Vietnamese names and labels for people. */
@Component
public class NominationViews {

  public record Summary(
      String id, int roundYear, String nominatingUnit, String nominatingUnitName, String nomineeKind,
      String nomineeName, Integer birthYear, String movement, String movementName, NominationStatus status,
      String statusLabel, String currentStep, String recognitionLevel, Instant submittedAt, boolean acceptedLate) {}

  public record Detail(
      String id, int roundYear, String nominatingUnit, String nominatingUnitName, String nomineeKind,
      String nomineeName, Integer birthYear, String gender, String positionTitle, String workplace,
      String wardOrUnit, String movement, String movementName, String achievements, List<String> generalCriteria,
      List<String> specificCriteria, boolean disciplinePending, boolean complaintPending, NominationStatus status,
      String statusLabel, String statusReason, String currentStep, String recognitionLevel,
      boolean outstandingCitizenTitle, boolean proposedForBook, Instant submittedAt, Instant updatedAt,
      LateAcceptance lateAcceptance, List<Decision> decisions, List<ObjectionView> objections,
      List<AttachmentView> attachments) {}

  /** Who accepted the nomination after its round's deadline, and when; null for one submitted in time. */
  public record LateAcceptance(String acceptedBy, Instant acceptedAt) {}

  public record Decision(
      String level, String step, NominationDecision.Kind kind, String kindLabel, String actor, String meetingDate,
      Integer membersTotal, Integer membersPresent, Integer votesInFavour, Integer votesAgainst, String outcome,
      String decisionNumber, String decisionDate, String reason, Instant decidedAt, Long meetingId,
      Long chairmanDecisionId) {}

  /** An objection received during public posting at the level of {@code reviewUnit}. */
  public record ObjectionView(
      Long id, String reviewUnit, String reviewUnitName, String senderName, String senderContact, String content,
      boolean isComplaint, String recordedBy, Instant receivedAt) {}

  /** An evidence file; its bytes are at {@code downloadUrl}. */
  public record AttachmentView(
      Long id, String fileName, String contentType, long size, String description, String uploadedBy,
      Instant uploadedAt, String downloadUrl) {}

  /** One page of a search; {@code page} counts from 0. */
  public record PageOf<T>(List<T> content, int page, int size, long totalElements, int totalPages) {
    static <T> PageOf<T> of(Page<T> page) {
      return new PageOf<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages());
    }
  }

  private final OrganisationCatalog organisation;

  private final FormerUnits units;

  NominationViews(OrganisationCatalog organisation, FormerUnits units) {
    this.organisation = organisation;
    this.units = units;
  }

  public Summary summary(Nomination n) {
    return new Summary(
        n.getId(), n.getRoundYear(), n.getNominatingUnit(), unitName(n.getNominatingUnit()), n.getNomineeKind(),
        n.getNomineeName(), n.getBirthYear(), n.getMovement(), movementName(n.getMovement()), n.getStatus(),
        n.getStatus().label(), n.getCurrentStep(), n.getRecognitionLevel(), n.getSubmittedAt(), n.isAcceptedLate());
  }

  public Detail detail(
      Nomination n, List<NominationDecision> decisions, List<Objection> objections,
      List<AttachmentRepository.Info> attachments) {
    return new Detail(
        n.getId(), n.getRoundYear(), n.getNominatingUnit(), unitName(n.getNominatingUnit()), n.getNomineeKind(),
        n.getNomineeName(), n.getBirthYear(), n.getGender(), n.getPositionTitle(), n.getWorkplace(), n.getWardOrUnit(),
        n.getMovement(), movementName(n.getMovement()), n.getAchievements(), n.getGeneralCriteria(),
        n.getSpecificCriteria(), n.isDisciplinePending(), n.isComplaintPending(), n.getStatus(), n.getStatus().label(),
        n.getStatusReason(), n.getCurrentStep(), n.getRecognitionLevel(), n.hasOutstandingCitizenTitle(),
        n.isProposedForBook(), n.getSubmittedAt(), n.getUpdatedAt(),
        n.isAcceptedLate() ? new LateAcceptance(n.getLateAcceptedBy(), n.getLateAcceptedAt()) : null,
        decisions.stream().map(NominationViews::decision).toList(),
        objections.stream().map(this::objection).toList(),
        attachments.stream().map(a -> attachment(n.getId(), a)).toList());
  }

  public ObjectionView objection(Objection o) {
    return new ObjectionView(
        o.getId(), o.getReviewUnit(), o.getReviewUnit() == null ? null : unitName(o.getReviewUnit()), o.getSenderName(),
        o.getSenderContact(), o.getContent(), o.isComplaint(), o.getRecordedBy(), o.getReceivedAt());
  }

  public static AttachmentView attachment(String nominationId, AttachmentRepository.Info a) {
    return new AttachmentView(
        a.id(), a.fileName(), a.contentType(), a.size(), a.description(), a.uploadedBy(), a.uploadedAt(),
        "/api/nominations/" + nominationId + "/attachments/" + a.id());
  }

  static Decision decision(NominationDecision d) {
    NominationDecision.Votes votes = d.getVotes();
    return new Decision(
        d.getLevel(), d.getStep(), d.getKind(), d.getKind().label(), d.getActor(), d.getMeetingDate(),
        votes.membersTotal(), votes.membersPresent(), votes.votesInFavour(), votes.votesAgainst(), d.getOutcome(),
        d.getDecisionNumber(), d.getDecisionDate(), d.getReason(), d.getDecidedAt(), d.getMeetingId(),
        d.getChairmanDecisionId());
  }

  public String unitName(String code) {
    return units.name(code);
  }

  public String movementName(String code) {
    return organisation.movement(code).map(OrganisationCatalog.MovementDefinition::name).orElse(code);
  }
}
