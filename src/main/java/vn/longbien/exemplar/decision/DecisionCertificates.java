package vn.longbien.exemplar.decision;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.longbien.exemplar.organisation.Role;
import vn.longbien.exemplar.calendar.HanoiCalendar;
import vn.longbien.exemplar.documents.CertificatePrinter;
import vn.longbien.exemplar.documents.CertificatePrinter.Recognition;
import vn.longbien.exemplar.documents.MeetingPapers;
import vn.longbien.exemplar.nomination.DecisionOutcome;
import vn.longbien.exemplar.nomination.Nomination;
import vn.longbien.exemplar.nomination.NominationDecision;
import vn.longbien.exemplar.nomination.NominationDecisionRepository;
import vn.longbien.exemplar.nomination.api.NominationService;
import vn.longbien.exemplar.organisation.ReviewLevel;
import vn.longbien.exemplar.organisation.OrganisationCatalog;
import vn.longbien.exemplar.organisation.OrganisationCatalog.UnitDefinition;
import vn.longbien.exemplar.organisation.UnitKind;
import vn.longbien.exemplar.security.CurrentOfficial;
import vn.longbien.exemplar.review.ListState;
import vn.longbien.exemplar.security.CurrentOfficial.Official;
import vn.longbien.exemplar.web.ConflictException;
import vn.longbien.exemplar.web.InvalidInputException;
import vn.longbien.exemplar.web.RecordNotFoundException;

/**
 * Certificates (giấy khen) of the exemplars a chairman recognised: found in the decisions recorded on the
 * nominations ({@code nomination_decision}, a chairman's decision recognising or proposing upward), whether the
 * chairman recorded them as one decision over a list ({@link SignedDecision}: its unit and signer) or task by task
 * in Tasklist (the unit is the ward or the district above the nominating unit; no signer is recorded).
 *
 * <p>Who may print a certificate: the chairman's group of the unit that decided, the nominee's nominating unit,
 * Phòng Nội vụ, inspectors and administrators. Anyone else who may read the nomination gets 403; anyone who may not
 * (another ward) 404. A decision's certificates: its chairman's group, Phòng Nội vụ, inspectors and administrators
 * print them all; a nominating unit, those of its own nominees; anyone else is told the decision does not exist.
 */
@Service
public class DecisionCertificates {

  static final String NOMINATING_ROLE = Role.NOMINATING.code();

  private final SignedDecisionRepository signedDecisions;
  private final NominationDecisionRepository nominationDecisions;
  private final NominationService nominations;
  private final CurrentOfficial currentOfficial;
  private final OrganisationCatalog catalog;
  private final CertificatePrinter printer;

  DecisionCertificates(SignedDecisionRepository signedDecisions, NominationDecisionRepository nominationDecisions,
      NominationService nominations, CurrentOfficial currentOfficial, OrganisationCatalog catalog,
      CertificatePrinter printer) {
    this.signedDecisions = signedDecisions;
    this.nominationDecisions = nominationDecisions;
    this.nominations = nominations;
    this.currentOfficial = currentOfficial;
    this.catalog = catalog;
    this.printer = printer;
  }

  /** A chairman's recognition of a nominee that the caller may print, as the dossier links it. */
  public record Certificate(String level, String levelLabel, String unitName, String decisionNumber,
      String decisionDate) {}

  /**
   * The nominee's certificate: the latest chairman's recognition at {@code level} ({@code phuong}, {@code quan}),
   * or at any level when none is given. 404 when the caller may not read the nomination; 409 when no chairman
   * recognised the nominee (at that level); 403 when the caller may read it but print none of these.
   */
  @Transactional(readOnly = true)
  public MeetingPapers.File ofNomination(String nominationId, String level) {
    Nomination nomination = nominations.readable(nominationId);
    List<Found> found = recognitions(nomination);
    String wanted = level == null || level.isBlank() ? null : level.trim();
    if (wanted != null && ReviewLevel.of(wanted).filter(l -> l != ReviewLevel.CITY).isEmpty()) {
      throw new InvalidInputException("BadLevel", "Cấp công nhận không hợp lệ: “" + wanted + "” (phuong hoặc quan)");
    }
    Optional<Found> chosen = found.stream().filter(f -> wanted == null || f.decision().getLevel().equals(wanted))
        .reduce((first, second) -> second);
    if (chosen.isEmpty()) {
      throw new ConflictException("NotRecognised", nomination.getNomineeName() + " chưa được Chủ tịch UBND "
          + (wanted == null ? "" : levelName(wanted) + " ") + "công nhận điển hình tiên tiến: chưa có giấy khen để in");
    }
    Official caller = currentOfficial.get();
    if (!mayPrint(caller, chosen.get().recognition().unitCode(), nomination)) {
      throw new AuthorizationException(caller.userId() + " may not print the certificate of " + nominationId);
    }
    return printer.print(List.of(chosen.get().recognition()), nominationId + "-" + chosen.get().decision().getLevel());
  }

  /** The certificates of the nominee that the caller may print, one per level, lowest level first (for the dossier). */
  @Transactional(readOnly = true)
  public List<Certificate> printableOf(Nomination nomination) {
    Official caller = currentOfficial.get();
    Map<String, Found> byLevel = new LinkedHashMap<>();
    recognitions(nomination).forEach(f -> {
      byLevel.remove(f.decision().getLevel());
      byLevel.put(f.decision().getLevel(), f);
    });
    List<Certificate> certificates = new ArrayList<>();
    for (Found f : byLevel.values()) {
      if (mayPrint(caller, f.recognition().unitCode(), nomination)) {
        certificates.add(new Certificate(f.decision().getLevel(), levelName(f.decision().getLevel()),
            unitName(f.recognition().unitCode()), f.recognition().decisionNumber(), dateText(f.decision().getDecisionDate())));
      }
    }
    return certificates;
  }

  /**
   * The certificates of everyone a submitted decision recognised that the caller may print, one page each, in the
   * decision's order. 404 when the caller may print none of its nominees' certificates; 409 when it is not
   * submitted or recognised nobody.
   */
  @Transactional(readOnly = true)
  public MeetingPapers.File ofDecision(Long id) {
    Official caller = currentOfficial.get();
    SignedDecision decision = signedDecisions.findById(id).orElse(null);
    RecordNotFoundException notFound = new RecordNotFoundException("Không tìm thấy quyết định số " + id);
    if (decision == null) {
      throw notFound;
    }
    boolean whole = readsWholeDecision(caller, decision.getUnitCode());
    List<Nomination> listed = decision.getLines().stream()
        .map(line -> nominationOrNull(line.getNominationId())).filter(n -> n != null).toList();
    if (!whole && listed.stream().noneMatch(n -> caller.hasRole(n.getNominatingUnit(), NOMINATING_ROLE))) {
      throw notFound;
    }
    if (decision.getState() != ListState.SUBMITTED) {
      throw new ConflictException("DecisionNotSubmitted",
          "Quyết định " + decision.getDecisionNumber() + " chưa gửi: giấy khen được in sau khi gửi quyết định");
    }
    List<Recognition> recognised = new ArrayList<>();
    for (String nominationId : DecisionViews.papers(decision).recognisedNominationIds()) {
      Nomination n = nominationOrNull(nominationId);
      if (n != null && (whole || caller.hasRole(n.getNominatingUnit(), NOMINATING_ROLE))) {
        recognised.add(new Recognition(nominationId, decision.getUnitCode(), decision.getDecisionNumber(),
            decision.getDecisionDate().toString(), decision.getSigner()));
      }
    }
    if (recognised.isEmpty()) {
      throw new ConflictException("NotRecognised", "Quyết định " + decision.getDecisionNumber()
          + " không công nhận ai" + (whole ? "" : " trong số người, tập thể đơn vị bạn đề cử") + ": không có giấy khen để in");
    }
    return printer.print(recognised, decision.getUnitCode() + "-qd-" + decision.getId());
  }

  private record Found(NominationDecision decision, Recognition recognition) {}

  /** The chairmen's decisions recognising the nominee, in the order they were taken. */
  private List<Found> recognitions(Nomination nomination) {
    List<Found> found = new ArrayList<>();
    for (NominationDecision d : nominationDecisions.findByNominationIdOrderByDecidedAtAscIdAsc(nomination.getId())) {
      if (d.getKind() != NominationDecision.Kind.CHAIRMAN_DECISION || !DecisionOutcome.recognises(d.getOutcome())) {
        continue;
      }
      SignedDecision signed = d.getChairmanDecisionId() == null ? null
          : signedDecisions.findById(d.getChairmanDecisionId()).orElse(null);
      String unit = signed != null ? signed.getUnitCode() : deciding(nomination.getNominatingUnit(), d.getLevel());
      if (unit == null) {
        continue;
      }
      found.add(new Found(d, new Recognition(nomination.getId(), unit, d.getDecisionNumber(), d.getDecisionDate(),
          signed == null ? null : signed.getSigner())));
    }
    return found;
  }

  /** The ward ({@code phuong}) or the district ({@code quan}) at or above the nominating unit. */
  private String deciding(String nominatingUnit, String level) {
    UnitKind kind = ReviewLevel.of(level).filter(l -> l != ReviewLevel.CITY).map(ReviewLevel::unitKind).orElse(null);
    for (String code = nominatingUnit; kind != null && code != null; ) {
      UnitDefinition unit = catalog.unit(code).orElse(null);
      if (unit == null) {
        return null;
      }
      if (unit.kind() == kind) {
        return unit.code();
      }
      code = unit.parent();
    }
    return null;
  }

  private static boolean readsWholeDecision(Official caller, String unitCode) {
    return caller.hasRole(unitCode, ChairmanDecisions.CHAIRMAN_ROLE) || caller.isSecretariat() || caller.isAuditor()
        || caller.isAdministrator();
  }

  private static boolean mayPrint(Official caller, String decidingUnit, Nomination nomination) {
    return readsWholeDecision(caller, decidingUnit) || caller.hasRole(nomination.getNominatingUnit(), NOMINATING_ROLE);
  }

  private Nomination nominationOrNull(String id) {
    try {
      return nominations.readable(id);
    } catch (RecordNotFoundException unreadable) {
      return null;
    }
  }

  /** "15/01/2025" from a recorded ISO date; anything else as recorded. */
  private static String dateText(String recorded) {
    try {
      return recorded == null ? "" : HanoiCalendar.text(LocalDate.parse(recorded.trim()));
    } catch (DateTimeParseException e) {
      return recorded;
    }
  }

  private String unitName(String code) {
    return catalog.unit(code).map(UnitDefinition::name).orElse(code);
  }

  private static String levelName(String level) {
    return ReviewLevel.labelOf(level);
  }
}
