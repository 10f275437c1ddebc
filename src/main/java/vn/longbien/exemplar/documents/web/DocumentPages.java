package vn.longbien.exemplar.documents.web;

import jakarta.servlet.http.HttpServletResponse;
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
 * {@code /api/documents} (minutes and tờ trình per meeting, the list per decision) as PDF or DOCX. Officials who
 * are no council member or chairman are told whom the papers are for.
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

  /** The year asked for, or the latest in which the official's council or chairman decided, or the current round. */
  @GetMapping
  String documents(@RequestParam(required = false) String year, Model model, HttpServletResponse response) {
    model.addAttribute("signs", documents.callerSignsPapers());
    String asked = year == null || year.isBlank()
        ? String.valueOf(documents.latestYearOfCaller().orElseGet(nominations::currentRoundYear))
        : year.trim();
    model.addAttribute("year", asked);
    try {
      model.addAttribute("units", documents.papersOfCaller(asked));
    } catch (InvalidInputException refused) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("refusal", refused.getMessage());
    }
    return "documents/index";
  }
}
