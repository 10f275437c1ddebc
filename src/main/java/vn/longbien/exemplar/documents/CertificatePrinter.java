package vn.longbien.exemplar.documents;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.longbien.exemplar.calendar.HanoiCalendar;
import vn.longbien.exemplar.nomination.NomineeKind;
import vn.longbien.exemplar.nomination.Nomination;
import vn.longbien.exemplar.nomination.NominationQueries;
import vn.longbien.exemplar.organisation.OrganisationCatalog;
import vn.longbien.exemplar.organisation.OrganisationCatalog.UnitDefinition;

/**
 * Prints certificates (giấy khen) of the chairman of a ward's or the district's People's Committee from the
 * template {@code giay-khen.xhtml} (found as every other template, {@link DocumentTemplates}): one A4 landscape page
 * per recognised exemplar, in the order given. The caller has found the recognitions and decided who may print them.
 */
@Service
public class CertificatePrinter {

  private static final String GENERAL_MOVEMENT = "chung";
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  /**
   * One exemplar recognised by a chairman's decision: the unit whose chairman decided (a ward or the district), the
   * decision's number and date ({@code yyyy-MM-dd}, or as recorded), and its signer (null when the decision was
   * recorded in Tasklist, which does not ask for one).
   */
  public record Recognition(String nominationId, String unitCode, String decisionNumber, String decisionDate,
      String signer) {}

  private final NominationQueries nominations;
  private final OrganisationCatalog catalog;
  private final DocumentTemplates templates;

  CertificatePrinter(NominationQueries nominations, OrganisationCatalog catalog, DocumentTemplates templates) {
    this.nominations = nominations;
    this.catalog = catalog;
    this.templates = templates;
  }

  /** The PDF, one page per recognition; {@code baseName} names the download ({@code giay-khen-<baseName>.pdf}). */
  @Transactional(readOnly = true)
  public MeetingPapers.File print(List<Recognition> recognitions, String baseName) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (Recognition recognition : recognitions) {
      rows.add(certificate(recognition, rows.size() + 1));
    }
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("certificateCount", String.valueOf(rows.size()));
    DocumentContent content = new DocumentContent(DocumentKind.CERTIFICATE, fields, rows);
    byte[] body = PdfDocuments.write(templates.read(DocumentKind.CERTIFICATE, DocumentFormat.PDF), content);
    return new MeetingPapers.File(DocumentKind.CERTIFICATE.fileName() + "-" + baseName + ".pdf",
        DocumentFormat.PDF.mediaType(), body);
  }

  private Map<String, String> certificate(Recognition recognition, int number) {
    Nomination n = nominations.findById(recognition.nominationId()).orElse(null);
    UnitDefinition unit = catalog.unit(recognition.unitCode()).orElseThrow(
        () -> new IllegalStateException("Unknown unit " + recognition.unitCode()));
    String issuingBody = "Chủ tịch Ủy ban nhân dân " + unit.name();
    Map<String, String> c = new LinkedHashMap<>();
    c.put("number", String.valueOf(number));
    c.put("unitName", unit.name());
    c.put("unitNameUpper", upper(unit.name()));
    c.put("issuingBody", issuingBody);
    c.put("issuingBodyUpper", upper(issuingBody));
    c.put("honorific", honorific(n));
    c.put("nomineeName", n.getNomineeName());
    c.put("nomineeKind", n.getNomineeKind());
    c.put("birthYear", n.getBirthYear() == null ? "" : n.getBirthYear().toString());
    c.put("position", Stream.of(n.getPositionTitle(), n.getWorkplace())
        .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", ")));
    c.put("nominatingUnit", catalog.unit(n.getNominatingUnit()).map(UnitDefinition::name).orElse(n.getNominatingUnit()));
    c.put("year", String.valueOf(n.getRoundYear()));
    c.put("achievement", "Đã có thành tích tiêu biểu, xuất sắc, được công nhận điển hình tiên tiến năm " + n.getRoundYear());
    c.put("movement", GENERAL_MOVEMENT.equals(n.getMovement()) ? ""
        : catalog.movement(n.getMovement()).map(OrganisationCatalog.MovementDefinition::name).orElse(n.getMovement()));
    c.put("achievements", n.getAchievements());
    c.put("decisionNumber", text(recognition.decisionNumber()));
    LocalDate day = parse(recognition.decisionDate());
    c.put("decisionDate", day == null ? text(recognition.decisionDate()) : HanoiCalendar.text(day));
    // The issuing unit's place, from the organisation file: a two-tier ward prints its own.
    String place = catalog.placeOf(unit.code());
    c.put("place", place);
    c.put("dateLine", place + ", " + (day == null ? "ngày …… tháng …… năm ……"
        : String.format("ngày %02d tháng %02d năm %d", day.getDayOfMonth(), day.getMonthValue(), day.getYear())));
    c.put("signerTitle", "CHỦ TỊCH");
    c.put("signer", text(recognition.signer()));
    return c;
  }

  /** How the certificate addresses the exemplar: Ông, Bà, Tập thể, Hộ gia đình. */
  private static String honorific(Nomination n) {
    NomineeKind kind = NomineeKind.of(n.getNomineeKind()).orElse(NomineeKind.INDIVIDUAL);
    return kind != NomineeKind.INDIVIDUAL ? kind.label()
        : "nu".equals(n.getGender()) ? "Bà" : "nam".equals(n.getGender()) ? "Ông" : "Ông/Bà";
  }

  private static String upper(String text) {
    return text.toUpperCase(VIETNAMESE);
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  private static LocalDate parse(String recorded) {
    if (recorded == null || recorded.isBlank()) {
      return null;
    }
    String trimmed = recorded.trim();
    try {
      return LocalDate.parse(trimmed.substring(0, Math.min(10, trimmed.length())));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
