package vn.longbien.exemplar.nomination;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A nomination (đề cử) of a collective, an individual or a household: the dossier the councils review.
 * Its id is the business key of its {@code nomination-review} process instance.
 */
@Entity
@Table(name = "nomination")
public class Nomination {

  /** Nominee kinds as the decision tables name them. */
  public static final Set<String> NOMINEE_KINDS =
      java.util.Arrays.stream(NomineeKind.values()).map(NomineeKind::code).collect(java.util.stream.Collectors.toUnmodifiableSet());

  @Id
  private String id;

  @Column(name = "round_year", nullable = false)
  private int roundYear;

  @Column(name = "nominating_unit", nullable = false)
  private String nominatingUnit;

  @Column(name = "nominee_kind", nullable = false)
  private String nomineeKind;

  @Column(name = "nominee_name", nullable = false)
  private String nomineeName;

  /** The name's {@link SearchKey}: accent-insensitive search and the duplicate check. */
  @Column(name = "nominee_search_name", nullable = false)
  private String nomineeSearchName;

  @Column(name = "birth_year")
  private Integer birthYear;

  private String gender;

  @Column(name = "position_title")
  private String positionTitle;

  private String workplace;

  @Column(name = "ward_or_unit")
  private String wardOrUnit;

  @Column(nullable = false)
  private String movement;

  @Column(nullable = false, length = 8000)
  private String achievements;

  @Convert(converter = CodeListConverter.class)
  @Column(name = "general_criteria", nullable = false, length = 64)
  private List<String> generalCriteria;

  @Convert(converter = CodeListConverter.class)
  @Column(name = "specific_criteria", nullable = false, length = 1000)
  private List<String> specificCriteria;

  @Column(name = "discipline_pending", nullable = false)
  private boolean disciplinePending;

  @Column(name = "complaint_pending", nullable = false)
  private boolean complaintPending;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private NominationStatus status;

  @Column(name = "status_reason", length = 2000)
  private String statusReason;

  @Column(name = "current_step")
  private String currentStep;

  @Column(name = "recognition_level")
  private String recognitionLevel;

  @Column(name = "outstanding_citizen_title", nullable = false)
  private boolean outstandingCitizenTitle;

  @Column(name = "proposed_for_book", nullable = false)
  private boolean proposedForBook;

  @Column(name = "proposed_to_city", nullable = false)
  private boolean proposedToCity;

  /** The entry check's result; null until it has run. */
  @Enumerated(EnumType.STRING)
  private Eligibility eligibility;

  @Column(name = "eligibility_reasons", length = 4000)
  private String eligibilityReasons;

  @Column(name = "eligibility_checked_at")
  private Instant eligibilityCheckedAt;

  /** {@link #duplicateKey}, unique in the table; null once withdrawn, so the nominee may be nominated again. */
  @Column(name = "duplicate_key", length = 400)
  private String duplicateKey;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  /** Who accepted the nomination after its round's deadline (Phòng Nội vụ or an administrator); null if in time. */
  @Column(name = "late_accepted_by")
  private String lateAcceptedBy;

  @Column(name = "late_accepted_at")
  private Instant lateAcceptedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Nomination() {}

  public Nomination(String id, int roundYear, String nominatingUnit, Nominee nominee, Dossier dossier) {
    if (!NOMINEE_KINDS.contains(nominee.kind())) {
      throw new IllegalArgumentException("Loại đối tượng đề cử không hợp lệ: " + nominee.kind());
    }
    this.id = id;
    this.roundYear = roundYear;
    this.nominatingUnit = nominatingUnit;
    this.nomineeKind = nominee.kind();
    this.nomineeName = nominee.name();
    this.nomineeSearchName = SearchKey.of(nominee.name());
    this.birthYear = nominee.birthYear();
    this.gender = nominee.gender();
    this.positionTitle = nominee.positionTitle();
    this.workplace = nominee.workplace();
    this.wardOrUnit = nominee.wardOrUnit();
    this.movement = dossier.movement();
    this.submittedAt = Instant.now();
    correct(dossier);
  }

  /** Who is nominated. {@code birthYear} and {@code gender} apply to individuals only. */
  public record Nominee(
      String kind, String name, Integer birthYear, String gender, String positionTitle, String workplace,
      String wardOrUnit) {}

  /** What the nomination claims: the movement, achievements, criteria met and pending matters. */
  public record Dossier(
      String movement, String achievements, List<String> generalCriteria, List<String> specificCriteria,
      boolean disciplinePending, boolean complaintPending) {}

  /** The nominating unit corrects the claims (achievements, criteria) before resubmitting. */
  public void correct(Dossier dossier) {
    this.achievements = dossier.achievements();
    this.generalCriteria = List.copyOf(dossier.generalCriteria());
    this.specificCriteria = List.copyOf(dossier.specificCriteria());
    this.disciplinePending = dossier.disciplinePending();
    this.complaintPending = dossier.complaintPending();
    moveTo(NominationStatus.SUBMITTED, null, null);
  }

  /** The secretariat records that the pending discipline, inspection or complaint has been settled. */
  public void settlePendingMatters() {
    this.disciplinePending = false;
    this.complaintPending = false;
    this.updatedAt = Instant.now();
  }

  /** An objection received during public posting is a complaint to settle before going upward. */
  public void lodgeComplaint() {
    this.complaintPending = true;
    this.updatedAt = Instant.now();
  }

  public void moveTo(NominationStatus status, String step, String reason) {
    this.status = status;
    this.duplicateKey =
        status == NominationStatus.WITHDRAWN ? null : duplicateKey(roundYear, nominatingUnit, nomineeName, birthYear);
    this.currentStep = step;
    this.statusReason = reason;
    this.updatedAt = Instant.now();
  }

  /** Phòng Nội vụ or an administrator explicitly accepts the nomination after its round's deadline. */
  public void acceptLate(String acceptedBy, Instant acceptedAt) {
    this.lateAcceptedBy = acceptedBy;
    this.lateAcceptedAt = acceptedAt;
  }

  /**
   * The entry check of the criteria ran: its result and the tables' reasons, each a sentence of its own (stored one
   * a line; a reason may itself contain "; ").
   */
  public void recordEligibility(Eligibility result, List<String> reasons, Instant checkedAt) {
    List<String> lines = reasons.stream().map(r -> r.replaceAll("\\s*\\R\\s*", " ").strip())
        .filter(r -> !r.isEmpty()).toList();
    this.eligibility = result;
    this.eligibilityReasons = lines.isEmpty() ? null : String.join("\n", lines);
    this.eligibilityCheckedAt = checkedAt;
    this.updatedAt = Instant.now();
  }

  /** The highest level ({@code phuong}, {@code quan}, {@code thanh-pho}) that recognised the nominee. */
  public void recognise(String level) {
    this.recognitionLevel = level;
    this.updatedAt = Instant.now();
  }

  /** The city awarded the title "Công dân Thủ đô ưu tú", which is capped per year. */
  public void awardOutstandingCitizenTitle() {
    this.outstandingCitizenTitle = true;
    this.updatedAt = Instant.now();
  }

  /** The chairman proposed the exemplar to the city for the book "Những bông hoa đẹp". */
  public void proposeForBook() {
    this.proposedForBook = true;
    this.updatedAt = Instant.now();
  }

  /** The review reached the city: its board records the city's outcome (counted by the round's report). */
  public void proposeToCity() {
    this.proposedToCity = true;
    this.updatedAt = Instant.now();
  }

  /** Whether the review reached the city, whatever the city's outcome. */
  public boolean isProposedToCity() {
    return proposedToCity;
  }

  /**
   * What makes two nominations of one nominee in a round: the unit, the name without accents and the birth
   * year (a missing birth year matches a missing one). Stored in {@code duplicate_key} under a unique index.
   */
  public static String duplicateKey(int roundYear, String nominatingUnit, String nomineeName, Integer birthYear) {
    return roundYear + "|" + nominatingUnit.trim() + "|" + (birthYear == null ? "" : birthYear) + "|"
        + SearchKey.of(nomineeName);
  }

  public String getId() {
    return id;
  }

  public int getRoundYear() {
    return roundYear;
  }

  public String getNominatingUnit() {
    return nominatingUnit;
  }

  public String getNomineeKind() {
    return nomineeKind;
  }

  public String getNomineeName() {
    return nomineeName;
  }

  public String getNomineeSearchName() {
    return nomineeSearchName;
  }

  public Integer getBirthYear() {
    return birthYear;
  }

  public String getGender() {
    return gender;
  }

  public String getPositionTitle() {
    return positionTitle;
  }

  public String getWorkplace() {
    return workplace;
  }

  public String getWardOrUnit() {
    return wardOrUnit;
  }

  public String getMovement() {
    return movement;
  }

  public String getAchievements() {
    return achievements;
  }

  public List<String> getGeneralCriteria() {
    return generalCriteria;
  }

  public List<String> getSpecificCriteria() {
    return specificCriteria;
  }

  public boolean isDisciplinePending() {
    return disciplinePending;
  }

  public boolean isComplaintPending() {
    return complaintPending;
  }

  public NominationStatus getStatus() {
    return status;
  }

  public String getStatusReason() {
    return statusReason;
  }

  public String getCurrentStep() {
    return currentStep;
  }

  public String getRecognitionLevel() {
    return recognitionLevel;
  }

  public boolean hasOutstandingCitizenTitle() {
    return outstandingCitizenTitle;
  }

  public boolean isProposedForBook() {
    return proposedForBook;
  }

  public String getDuplicateKey() {
    return duplicateKey;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Eligibility getEligibility() {
    return eligibility;
  }

  /** The reasons of the entry check's result, in the tables' order; empty when none was given. */
  public List<String> getEligibilityReasons() {
    return eligibilityReasons == null ? List.of() : List.of(eligibilityReasons.split("\n"));
  }

  public Instant getEligibilityCheckedAt() {
    return eligibilityCheckedAt;
  }

  public boolean isAcceptedLate() {
    return lateAcceptedBy != null;
  }

  public String getLateAcceptedBy() {
    return lateAcceptedBy;
  }

  public Instant getLateAcceptedAt() {
    return lateAcceptedAt;
  }
}
