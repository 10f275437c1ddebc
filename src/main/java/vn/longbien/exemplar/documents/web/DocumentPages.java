package vn.longbien.exemplar.documents.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.longbien.exemplar.documents.DocumentService;
import vn.longbien.exemplar.nomination.api.NominationService;
import vn.longbien.exemplar.web.InvalidInputException;
import vn.longbien.exemplar.web.PageController;

/**
 * {@code /documents}: for the councils and chairmen the official belongs to, the year's council meetings and
 * chairman's decisions found in the recorded decisions, each with links to download its papers from
 * {@code /api/documents} (minutes and tờ trình per meeting, the list per decision) as PDF or DOCX. Phòng Nội vụ,
 * inspectors and administrators choose a ward or the district; other officials are told whom the papers are for.
 */
@PageController
@RequestMapping("/documents")
class DocumentPages {

  private final DocumentService documents;
  private final NominationService nominations;

  DocumentPages(DocumentService documents, NominationService nominations) {
    this.documents = documents;
    this.nominations = nominations;
  }

  record UnitOption(String code, String name) {}

  /**
   * The year asked for, or the latest in which the unit's (or the official's) council or chairman decided, or the
   * current round. Phòng Nội vụ, inspectors and administrators choose the unit; a council member or chairman reads
   * their own units' papers, and any other unit's is unknown to them (404) or not theirs to read (403).
   */
  @GetMapping
  String documents(@RequestParam(required = false) String year, @RequestParam(required = false) String unit,
      Model model, HttpServletResponse response) {
    boolean picker = documents.callerReadsEveryUnitsPapers();
    boolean signs = documents.callerSignsPapers();
    String chosen = unit == null || unit.isBlank() ? null : unit.trim();
    model.addAttribute("signs", signs);
    model.addAttribute("picker", picker);
    model.addAttribute("unit", chosen);
    if (picker) {
      model.addAttribute("unitOptions", documents.unitsWithPapers().stream()
          .map(u -> new UnitOption(u.code(), u.name())).toList());
    }
    List<DocumentService.UnitPapers> units = List.of();
    String asked = year == null || year.isBlank() ? null : year.trim();
    try {
      if (chosen != null) {
        asked = asked != null ? asked
            : String.valueOf(documents.latestYearOf(chosen).orElseGet(nominations::currentRoundYear));
        units = List.of(documents.papersOfUnit(chosen, asked));
      } else if (signs) {
        asked = asked != null ? asked
            : String.valueOf(documents.latestYearOfCaller().orElseGet(nominations::currentRoundYear));
        units = documents.papersOfCaller(asked);
      } else if (asked == null) {
        asked = String.valueOf(nominations.currentRoundYear());
      }
    } catch (InvalidInputException refused) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("refusal", refused.getMessage());
    }
    model.addAttribute("year", asked);
    model.addAttribute("units", units);
    return "documents/index";
  }
}
