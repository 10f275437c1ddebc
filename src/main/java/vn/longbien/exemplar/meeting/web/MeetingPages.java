package vn.longbien.exemplar.meeting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.longbien.exemplar.meeting.AgendaAction;
import vn.longbien.exemplar.meeting.CouncilMeeting;
import vn.longbien.exemplar.meeting.CouncilMeetings;
import vn.longbien.exemplar.review.ListState;
import vn.longbien.exemplar.meeting.MeetingSubmission;
import vn.longbien.exemplar.meeting.MeetingViews;
import vn.longbien.exemplar.meeting.NewAchievements;
import vn.longbien.exemplar.web.ApiException;
import vn.longbien.exemplar.web.ConflictException;
import vn.longbien.exemplar.web.PageController;

/**
 * {@code /meetings}: a council's secretary keeps the council's meetings. The list of the official's councils'
 * meetings; a new meeting (date, attendance, and the agenda chosen among the nominations waiting for the council,
 * each with its result); a draft corrected on the same page; submitting it once; the result of each nominee and
 * the downloads of the minutes and tờ trình (from {@code /api/meetings}). Only the council's own group sees its meetings (404 otherwise).
 */
@PageController
@RequestMapping("/meetings")
class MeetingPages {

  private final CouncilMeetings meetings;
  private final MeetingSubmission submission;
  private final MeetingViews views;
  private final NewAchievements newAchievements;

  MeetingPages(CouncilMeetings meetings, MeetingSubmission submission, MeetingViews views,
      NewAchievements newAchievements) {
    this.newAchievements = newAchievements;
    this.meetings = meetings;
    this.submission = submission;
    this.views = views;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("councils", meetings.councilsOfCaller());
    model.addAttribute("meetings", meetings.mine().stream().map(views::view).toList());
    return "meetings/list";
  }

  @GetMapping("/new")
  String newMeeting(@RequestParam(required = false) String unit, Model model) {
    CouncilMeetings.Council council = meetings.council(unit);
    MeetingForm form = new MeetingForm();
    form.setUnit(council.unitCode());
    form.setRows(rows(council, null, form));
    return editor(model, council, null, form);
  }

  @PostMapping
  String open(@ModelAttribute("form") MeetingForm form, Model model, HttpServletResponse response) {
    CouncilMeetings.Council council = meetings.council(form.getUnit());
    try {
      CouncilMeeting meeting = meetings.open(form.request());
      return "redirect:/meetings/" + meeting.getId() + "?saved";
    } catch (ApiException refused) {
      return refusedEditor(model, response, council, null, form, refused);
    }
  }

  @GetMapping("/{id}")
  String meeting(@PathVariable Long id, Model model) {
    CouncilMeeting meeting = meetings.read(id);
    if (meeting.getState() == ListState.SUBMITTED) {
      model.addAttribute("meeting", views.view(meeting));
      return "meetings/result";
    }
    CouncilMeetings.Council council = meetings.council(meeting.getUnitCode());
    MeetingForm form = new MeetingForm();
    form.setUnit(council.unitCode());
    form.setMeetingDate(meeting.getMeetingDate().toString());
    form.setMembersTotal(String.valueOf(meeting.getMembersTotal()));
    form.setMembersPresent(String.valueOf(meeting.getMembersPresent()));
    form.setRows(rows(council, meeting, form));
    return editor(model, council, meeting, form);
  }

  @PostMapping("/{id}")
  String correct(@PathVariable Long id, @ModelAttribute("form") MeetingForm form, Model model,
      HttpServletResponse response) {
    CouncilMeeting meeting = meetings.read(id);
    if (meeting.getState() == ListState.SUBMITTED) {
      return "redirect:/meetings/" + id;
    }
    CouncilMeetings.Council council = meetings.council(meeting.getUnitCode());
    try {
      meetings.correct(id, form.request());
      return "redirect:/meetings/" + id + "?saved";
    } catch (ApiException refused) {
      return refusedEditor(model, response, council, meeting, form, refused);
    }
  }

  /** Submits the draft once; a second submission (a double click) finds it submitted and shows its result. */
  @PostMapping("/{id}/submit")
  String submit(@PathVariable Long id, Model model, HttpServletResponse response) {
    CouncilMeeting meeting = meetings.read(id);
    try {
      submission.submit(id);
    } catch (ConflictException alreadySubmitted) {
      return "redirect:/meetings/" + id;
    } catch (ApiException refused) {
      CouncilMeetings.Council council = meetings.council(meeting.getUnitCode());
      MeetingForm form = new MeetingForm();
      form.setUnit(council.unitCode());
      form.setMeetingDate(meeting.getMeetingDate().toString());
      form.setMembersTotal(String.valueOf(meeting.getMembersTotal()));
      form.setMembersPresent(String.valueOf(meeting.getMembersPresent()));
      form.setRows(rows(council, meeting, form));
      return refusedEditor(model, response, council, meeting, form, refused);
    }
    return "redirect:/meetings/" + id + "?submitted";
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
      return "redirect:/meetings/" + id;
    }
    return "redirect:/meetings/" + id + "?resumed";
  }


  private String refusedEditor(Model model, HttpServletResponse response, CouncilMeetings.Council council,
      CouncilMeeting meeting, MeetingForm form, ApiException refused) {
    response.setStatus(refused instanceof ConflictException ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
    model.addAttribute("refusal", refused.getMessage());
    return editor(model, council, meeting, form);
  }

  private String editor(Model model, CouncilMeetings.Council council, CouncilMeeting meeting, MeetingForm form) {
    model.addAttribute("council", council);
    model.addAttribute("meetingId", meeting == null ? null : meeting.getId());
    model.addAttribute("form", form);
    model.addAttribute("actions", AgendaAction.values());
    return "meetings/edit";
  }

  /**
   * The agenda table: the draft's lines first, as entered, then every other nomination waiting for the council
   * (not on the agenda); rows the browser posted back keep what was typed.
   */
  private List<MeetingForm.Row> rows(CouncilMeetings.Council council, CouncilMeeting meeting, MeetingForm posted) {
    List<MeetingForm.Row> rows = new ArrayList<>();
    Set<String> listed = new LinkedHashSet<>();
    if (meeting != null) {
      MeetingViews.MeetingView view = views.view(meeting);
      for (MeetingViews.LineView line : view.lines()) {
        MeetingForm.Row row = new MeetingForm.Row();
        row.setNominationId(line.nominationId());
        row.setNomineeName(line.nomineeName());
        row.setNominatingUnitName(line.nominatingUnitName());
        row.setAction(line.action());
        row.setVotesInFavour(text(line.votesInFavour()));
        row.setVotesAgainst(text(line.votesAgainst()));
        row.setVotesAbstaining(text(line.votesAbstaining()));
        row.setComments(line.comments());
        row.setEvidenceRequest(line.evidenceRequest());
        row.setEvidenceDueDate(line.evidenceDueDate() == null ? null : line.evidenceDueDate().toString());
        row.setNewAchievementConfirmed(line.newAchievementConfirmed());
        rows.add(row);
        listed.add(line.nominationId());
      }
    }
    for (CouncilMeetings.Candidate candidate : meetings.candidates(council)) {
      if (listed.add(candidate.nominationId())) {
        MeetingForm.Row row = new MeetingForm.Row();
        row.setNominationId(candidate.nominationId());
        row.setNomineeName(candidate.nomineeName());
        row.setNominatingUnitName(candidate.nominatingUnitName());
        rows.add(row);
      }
    }
    for (MeetingForm.Row row : rows) {
      row.setWarning(newAchievements.warning(row.getNominationId()).orElse(null));
      row.setEarlier(newAchievements.earlierNominations(row.getNominationId()));
    }
    return rows;
  }

  private static String text(Integer number) {
    return number == null ? null : number.toString();
  }
}
