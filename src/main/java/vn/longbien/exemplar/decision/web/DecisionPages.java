package vn.longbien.exemplar.decision.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.longbien.exemplar.decision.ChairmanDecisions;
import vn.longbien.exemplar.review.ListState;
import vn.longbien.exemplar.decision.DecisionSubmission;
import vn.longbien.exemplar.decision.DecisionViews;
import vn.longbien.exemplar.decision.SignedDecision;
import vn.longbien.exemplar.web.ApiException;
import vn.longbien.exemplar.web.ConflictException;
import vn.longbien.exemplar.web.PageController;

/**
 * {@code /decisions}: the chairman (or the office preparing the decision) records one decision (number, date,
 * signer) over the nominees the council passed, each recognised or not and proposed upward or not; corrects the
 * draft, submits it once, reads each nominee's result and downloads the decision list (from
 * {@code /api/decisions}). Only the chairman's own group sees its decisions (404 otherwise).
 */
@PageController
@RequestMapping("/decisions")
class DecisionPages {

  private final ChairmanDecisions decisions;
  private final DecisionSubmission submission;
  private final DecisionViews views;

  DecisionPages(ChairmanDecisions decisions, DecisionSubmission submission, DecisionViews views) {
    this.decisions = decisions;
    this.submission = submission;
    this.views = views;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("chairs", decisions.chairsOfCaller());
    model.addAttribute("decisions", decisions.mine().stream().map(views::view).toList());
    return "decisions/list";
  }

  @GetMapping("/new")
  String newDecision(@RequestParam(required = false) String unit, Model model) {
    ChairmanDecisions.Chair chair = decisions.chair(unit);
    DecisionForm form = new DecisionForm();
    form.setUnit(chair.unitCode());
    form.setRows(rows(chair, null));
    return editor(model, chair, null, form);
  }

  @PostMapping
  String open(@ModelAttribute("form") DecisionForm form, Model model, HttpServletResponse response) {
    ChairmanDecisions.Chair chair = decisions.chair(form.getUnit());
    try {
      return "redirect:/decisions/" + decisions.open(form.request()).getId() + "?saved";
    } catch (ApiException refused) {
      return refused(model, response, chair, null, form, refused);
    }
  }

  @GetMapping("/{id}")
  String decision(@PathVariable Long id, Model model) {
    SignedDecision decision = decisions.read(id);
    if (decision.getState() == ListState.SUBMITTED) {
      model.addAttribute("decision", views.view(decision));
      return "decisions/result";
    }
    ChairmanDecisions.Chair chair = decisions.chair(decision.getUnitCode());
    return editor(model, chair, decision, formOf(chair, decision));
  }

  @PostMapping("/{id}")
  String correct(@PathVariable Long id, @ModelAttribute("form") DecisionForm form, Model model,
      HttpServletResponse response) {
    SignedDecision decision = decisions.read(id);
    if (decision.getState() == ListState.SUBMITTED) {
      return "redirect:/decisions/" + id;
    }
    ChairmanDecisions.Chair chair = decisions.chair(decision.getUnitCode());
    try {
      decisions.correct(id, form.request());
      return "redirect:/decisions/" + id + "?saved";
    } catch (ApiException refused) {
      return refused(model, response, chair, decision, form, refused);
    }
  }

  @PostMapping("/{id}/submit")
  String submit(@PathVariable Long id, Model model, HttpServletResponse response) {
    SignedDecision decision = decisions.read(id);
    try {
      submission.submit(id);
    } catch (ConflictException alreadySubmitted) {
      return "redirect:/decisions/" + id;
    } catch (ApiException refused) {
      ChairmanDecisions.Chair chair = decisions.chair(decision.getUnitCode());
      return refused(model, response, chair, decision, formOf(chair, decision), refused);
    }
    return "redirect:/decisions/" + id + "?submitted";
  }
  /**
   * Resumes a submission interrupted half-way (lines without a result); nothing left to resume (a double click, or
   * another official resumed it) shows the result as it stands.
   */
  @PostMapping("/{id}/resume")
  String resume(@PathVariable Long id) {
    try {
      submission.resume(id);
    } catch (ConflictException nothingLeft) {
      return "redirect:/decisions/" + id;
    }
    return "redirect:/decisions/" + id + "?resumed";
  }


  private DecisionForm formOf(ChairmanDecisions.Chair chair, SignedDecision decision) {
    DecisionForm form = new DecisionForm();
    form.setUnit(chair.unitCode());
    form.setDecisionNumber(decision.getDecisionNumber());
    form.setDecisionDate(decision.getDecisionDate().toString());
    form.setSigner(decision.getSigner());
    form.setRows(rows(chair, decision));
    return form;
  }

  private String refused(Model model, HttpServletResponse response, ChairmanDecisions.Chair chair,
      SignedDecision decision, DecisionForm form, ApiException refused) {
    response.setStatus(refused instanceof ConflictException ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
    model.addAttribute("refusal", refused.getMessage());
    return editor(model, chair, decision, form);
  }

  private String editor(Model model, ChairmanDecisions.Chair chair, SignedDecision decision, DecisionForm form) {
    model.addAttribute("chair", chair);
    model.addAttribute("decisionId", decision == null ? null : decision.getId());
    model.addAttribute("form", form);
    return "decisions/edit";
  }

  /** The draft's lines first, as entered, then every other nominee waiting for the chairman (not included). */
  private List<DecisionForm.Row> rows(ChairmanDecisions.Chair chair, SignedDecision decision) {
    Map<String, ChairmanDecisions.Candidate> open = decisions.candidates(chair).stream()
        .collect(Collectors.toMap(ChairmanDecisions.Candidate::nominationId, Function.identity(), (a, b) -> a,
            java.util.LinkedHashMap::new));
    List<DecisionForm.Row> rows = new ArrayList<>();
    Set<String> listed = new HashSet<>();
    if (decision != null) {
      for (DecisionViews.LineView line : views.view(decision).lines()) {
        DecisionForm.Row row = new DecisionForm.Row();
        row.setNominationId(line.nominationId());
        row.setNomineeName(line.nomineeName());
        row.setNominatingUnitName(line.nominatingUnitName());
        ChairmanDecisions.Candidate candidate = open.get(line.nominationId());
        row.setToDistrict(candidate == null ? line.proposeUpward() : candidate.toDistrict());
        row.setIncluded(true);
        row.setRecognised(line.recognised());
        row.setProposeUpward(line.proposeUpward());
        row.setProposeGoodDeed(line.proposeGoodDeed());
        row.setProposeOutstandingCitizen(line.proposeOutstandingCitizen());
        row.setProposeBook(line.proposeBook());
        row.setReason(line.reason());
        rows.add(row);
        listed.add(line.nominationId());
      }
    }
    for (ChairmanDecisions.Candidate candidate : open.values()) {
      if (listed.add(candidate.nominationId())) {
        DecisionForm.Row row = new DecisionForm.Row();
        row.setNominationId(candidate.nominationId());
        row.setNomineeName(candidate.nomineeName());
        row.setNominatingUnitName(candidate.nominatingUnitName());
        row.setToDistrict(candidate.toDistrict());
        rows.add(row);
      }
    }
    return rows;
  }
}
