package vn.longbien.exemplar.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.longbien.exemplar.audit.AuditAccess;
import vn.longbien.exemplar.audit.AuditNominations;
import vn.longbien.exemplar.audit.NominationSummary;
import vn.longbien.exemplar.audit.NominationTimeline;
import vn.longbien.exemplar.audit.RoundAudit;
import vn.longbien.exemplar.nomination.NominationStatus;
import vn.longbien.exemplar.organisation.FormerUnits;
import vn.longbien.exemplar.web.PageController;

/**
 * {@code /audit/}: the audit trail for inspectors and administrators, read only: search the nominations, read a
 * nomination's timeline, review a round, each with the CSV and PDF exports of {@code /api/audit}. The same
 * services and the same rule ({@link AuditAccess}) as the API; the security configuration lets only inspectors
 * and administrators reach these paths at all.
 */
@PageController
@RequestMapping("/audit")
class AuditPages {

  record Option(String value, String label) {}

  record Filters(Integer year, String unit, String name, String outcome) {}

  private final AuditAccess access;
  private final AuditNominations nominations;
  private final NominationTimeline timelines;
  private final RoundAudit rounds;
  private final FormerUnits units;

  AuditPages(AuditAccess access, AuditNominations nominations, NominationTimeline timelines, RoundAudit rounds,
      FormerUnits units) {
    this.access = access;
    this.nominations = nominations;
    this.timelines = timelines;
    this.rounds = rounds;
    this.units = units;
  }

  @GetMapping
  String bare() {
    return "redirect:/audit/";
  }

  /** The search (results once the form has been sent, even empty: then every nomination, up to the limit). */
  @GetMapping("/")
  String search(@RequestParam(required = false) Integer year, @RequestParam(required = false) String unit,
      @RequestParam(required = false) String name, @RequestParam(required = false) NominationStatus outcome,
      HttpServletRequest request, Model model) {
    boolean searched = request.getQueryString() != null;
    List<NominationSummary> found = access.read(official -> searched
        ? nominations.search(year, unit, name, outcome).stream().map(n -> NominationSummary.of(n, units)).toList()
        : List.of());
    model.addAttribute("searched", searched);
    model.addAttribute("results", found);
    model.addAttribute("limit", AuditNominations.MAX_RESULTS);
    model.addAttribute("filters", new Filters(year, unit, name, outcome == null ? null : outcome.name()));
    model.addAttribute("units", units.searchLabels().entrySet().stream().map(u -> new Option(u.getKey(), u.getValue())).toList());
    model.addAttribute("outcomes", Arrays.stream(NominationStatus.values()).map(s -> new Option(s.name(), s.label())).toList());
    return "audit/search";
  }

  /** Every entry of a nomination's timeline, as the API gives it. */
  @GetMapping("/nominations/{id}")
  String timeline(@PathVariable String id, Model model) {
    model.addAttribute("timeline", access.read(official -> timelines.of(id)));
    return "audit/timeline";
  }

  /** The round form's answer: the round's own address. */
  @GetMapping("/rounds")
  String roundOf(@RequestParam int year) {
    return "redirect:/audit/rounds/" + year;
  }

  @GetMapping("/rounds/{year}")
  String round(@PathVariable int year, Model model) {
    model.addAttribute("round", access.read(official -> rounds.of(year)));
    return "audit/round";
  }
}
