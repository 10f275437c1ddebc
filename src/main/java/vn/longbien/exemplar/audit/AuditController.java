package vn.longbien.exemplar.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.longbien.exemplar.nomination.NominationStatus;
import vn.longbien.exemplar.organisation.FormerUnits;

/**
 * {@code /api/audit}: the audit trail for inspectors and administrators. GET only: nothing here changes data.
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {

  /** The SHA-256 printed on an export, also as a response header. */
  static final String CONTENT_HASH_HEADER = "X-Content-SHA256";

  record Option(String code, String label) {}

  record Options(List<Option> units, List<Option> outcomes, List<Option> kinds) {}

  private final AuditAccess access;
  private final AuditNominations nominations;
  private final NominationTimeline timelines;
  private final FormerUnits units;
  private final RoundAudit rounds;

  AuditController(
      AuditAccess access, AuditNominations nominations, NominationTimeline timelines, FormerUnits units,
      RoundAudit rounds) {
    this.access = access;
    this.rounds = rounds;
    this.nominations = nominations;
    this.timelines = timelines;
    this.units = units;
  }

  /** The page's choices and labels: units, the outcomes (statuses) a nomination can have, the kinds of entries. */
  @GetMapping("/options")
  Options options() {
    return access.read(official -> new Options(
        units.searchLabels().entrySet().stream().map(unit -> new Option(unit.getKey(), unit.getValue())).toList(),
        Arrays.stream(NominationStatus.values()).map(status -> new Option(status.name(), status.label())).toList(),
        Arrays.stream(EntryKind.values()).map(kind -> new Option(kind.name(), kind.label())).toList()));
  }

  @GetMapping("/nominations")
  List<NominationSummary> search(
      @RequestParam(required = false) Integer year, @RequestParam(required = false) String unit,
      @RequestParam(required = false) String name, @RequestParam(required = false) NominationStatus outcome) {
    return access.read(official -> nominations.search(year, unit, name, outcome).stream()
        .map(nomination -> NominationSummary.of(nomination, units)).toList());
  }

  @GetMapping("/nominations/{id}")
  NominationTimeline.Timeline timeline(@PathVariable String id) {
    return access.read(official -> timelines.of(id));
  }

  @GetMapping("/nominations/{id}/timeline.csv")
  ResponseEntity<byte[]> timelineCsv(@PathVariable String id) {
    return access.read(official -> download(TimelineCsv.export(timelines.of(id), official.userId(), Instant.now())));
  }

  @GetMapping("/nominations/{id}/timeline.pdf")
  ResponseEntity<byte[]> timelinePdf(@PathVariable String id) {
    return access.read(official -> download(TimelinePdf.export(timelines.of(id), official.userId(), Instant.now())));
  }

  @GetMapping("/rounds/{year}")
  RoundAudit.RoundView round(@PathVariable int year) {
    return access.read(official -> rounds.of(year));
  }

  @GetMapping("/rounds/{year}/audit.csv")
  ResponseEntity<byte[]> roundCsv(@PathVariable int year) {
    return access.read(official -> download(RoundAuditExports.csv(rounds.of(year), official.userId(), Instant.now())));
  }

  @GetMapping("/rounds/{year}/audit.pdf")
  ResponseEntity<byte[]> roundPdf(@PathVariable int year) {
    return access.read(official -> download(RoundAuditExports.pdf(rounds.of(year), official.userId(), Instant.now())));
  }

  static ResponseEntity<byte[]> download(HashedExport export) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(export.mediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(export.fileName(), StandardCharsets.UTF_8).build().toString())
        .header(CONTENT_HASH_HEADER, export.sha256())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(export.content());
  }

}
