package vn.longbien.exemplar.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import vn.longbien.exemplar.decision.ChairmanDecisions;
import vn.longbien.exemplar.decision.DecisionLine;
import vn.longbien.exemplar.decision.DecisionRequest;
import vn.longbien.exemplar.decision.DecisionSubmission;
import vn.longbien.exemplar.decision.SignedDecision;
import vn.longbien.exemplar.meeting.CouncilMeeting;
import vn.longbien.exemplar.meeting.CouncilMeetings;
import vn.longbien.exemplar.meeting.LineResult;
import vn.longbien.exemplar.meeting.MeetingRequest;
import vn.longbien.exemplar.meeting.MeetingSubmission;

/**
 * The same three-tier chain with the councils and chairmen working by list (issue #18): a cohort is up to
 * {@code listSize} nominations of one ward. The ward's nominating unit submits each and its ward posting ends, as
 * in {@link ReviewChains#fullChain}; then the ward council's secretary reads the nominations waiting for the council
 * (what the meeting page offers), opens one meeting over the cohort with the same attendance and votes as the per-task
 * chain, and submits it; the ward chairman reads the nominees the council passed, records one decision over them
 * (recognise, propose to the district) and submits it; each district posting ends; the district council and the
 * district chairman do the same over the cohort; the city board, which has no list, completes each nominee's task
 * as in the per-task chain. Every call runs under the official's own identity, through the application's services
 * ({@link CouncilMeetings}, {@link MeetingSubmission}, {@link ChairmanDecisions}, {@link DecisionSubmission}), the
 * services the {@code /api/meetings} and {@code /api/decisions} endpoints call. A line the submission did not
 * complete fails the benchmark.
 */
final class ListedChains {

  private final ReviewChains chains;
  private final Officials officials;
  private final CouncilMeetings meetings;
  private final MeetingSubmission meetingSubmission;
  private final ChairmanDecisions decisions;
  private final DecisionSubmission decisionSubmission;

  ListedChains(ReviewChains chains, Officials officials, CouncilMeetings meetings, MeetingSubmission meetingSubmission,
      ChairmanDecisions decisions, DecisionSubmission decisionSubmission) {
    this.chains = chains;
    this.officials = officials;
    this.meetings = meetings;
    this.meetingSubmission = meetingSubmission;
    this.decisions = decisions;
    this.decisionSubmission = decisionSubmission;
  }

  /** One nomination index of a run and the id its submission got. */
  private record Nominee(int index, String id) {}

  /**
   * The nominations 0…count-1 of a run grouped into cohorts of at most {@code listSize} of one ward (nomination i is
   * of ward i mod wards, as in the per-task chain), in the order first cohorts of every ward, then second cohorts,
   * so that workers taking them in turn work in different wards, as the per-task chain's do.
   */
  static List<List<Integer>> cohorts(int count, int wards, int listSize) {
    List<List<Integer>> cohorts = new ArrayList<>();
    int perWard = (count + wards - 1) / wards;
    for (int start = 0; start < perWard; start += listSize) {
      for (int ward = 0; ward < wards; ward++) {
        List<Integer> cohort = new ArrayList<>();
        for (int k = start; k < Math.min(start + listSize, perWard); k++) {
          int index = ward + k * wards;
          if (index < count) {
            cohort.add(index);
          }
        }
        if (!cohort.isEmpty()) {
          cohorts.add(cohort);
        }
      }
    }
    return cohorts;
  }

  /** The whole chain of one cohort of one ward, the councils and chairmen working by meeting and decision. */
  void cohortChain(String batch, List<Integer> cohort) {
    String ward = chains.wardOf(cohort.get(0));
    List<Nominee> nominees = new ArrayList<>();
    for (int index : cohort) {
      nominees.add(new Nominee(index, chains.submitToWardCouncil(batch, index)));
    }
    meeting(ward, nominees, ReviewChains.WARD_VOTE);
    decision(ward, nominees, nominee -> new DecisionRequest.Line(nominee.id(), true, true, false, false, false, null));
    nominees.forEach(nominee -> chains.endPublicPosting(nominee.id()));
    meeting(Officials.DISTRICT, nominees, ReviewChains.DISTRICT_VOTE);
    decision(Officials.DISTRICT, nominees, nominee -> new DecisionRequest.Line(nominee.id(), true, false, true,
        ReviewChains.asksForTheTitle(nominee.index()), false, null));
    for (Nominee nominee : nominees) {
      chains.work(Officials.CITY_BOARD, nominee.id(),
          ReviewChains.cityOutcome(ReviewChains.asksForTheTitle(nominee.index())));
    }
  }

  /** The council's secretary picks the cohort among the waiting nominations, opens one meeting and submits it. */
  private void meeting(String unit, List<Nominee> nominees, ReviewChains.Vote vote) {
    String group = unit + "-hoidong";
    CouncilMeeting submitted = officials.as(group, () -> {
      Set<String> waiting = Set.copyOf(meetings.candidates(meetings.council(unit)).stream()
          .map(CouncilMeetings.Candidate::nominationId).toList());
      List<MeetingRequest.Line> agenda = new ArrayList<>();
      for (Nominee nominee : nominees) {
        requireWaiting(waiting, nominee, group);
        agenda.add(new MeetingRequest.Line(
            nominee.id(), "vote", vote.inFavour(), vote.against(), 0, null, null, null));
      }
      CouncilMeeting opened = meetings.open(new MeetingRequest(
          unit, LocalDate.parse(ReviewChains.MEETING_DATE), vote.total(), vote.present(), agenda));
      return meetingSubmission.submit(opened.getId());
    });
    submitted.getLines().forEach(line -> {
      if (line.getResult() != LineResult.COMPLETED) {
        throw new IllegalStateException("Meeting " + submitted.getId() + " of " + unit + " did not complete "
            + line.getNominationId() + ": " + line.getResult() + " " + line.getResultReason());
      }
    });
    requireEveryNominee(nominees, submitted.getLines().size(), "meeting of " + unit);
  }

  /** The chairman picks the cohort among the nominees the council passed, records one decision and submits it. */
  private void decision(String unit, List<Nominee> nominees, Function<Nominee, DecisionRequest.Line> line) {
    String group = unit + "-chutich";
    SignedDecision submitted = officials.as(group, () -> {
      Set<String> waiting = Set.copyOf(decisions.candidates(decisions.chair(unit)).stream()
          .map(ChairmanDecisions.Candidate::nominationId).toList());
      List<DecisionRequest.Line> lines = new ArrayList<>();
      for (Nominee nominee : nominees) {
        requireWaiting(waiting, nominee, group);
        lines.add(line.apply(nominee));
      }
      SignedDecision opened = decisions.open(new DecisionRequest(unit, ReviewChains.DECISION_NUMBER,
          LocalDate.parse(ReviewChains.DECISION_DATE), "Nguyễn Văn An, Chủ tịch UBND", lines));
      return decisionSubmission.submit(opened.getId());
    });
    submitted.getLines().forEach(decided -> {
      if (!DecisionLine.COMPLETED.equals(decided.getResult())) {
        throw new IllegalStateException("Decision " + submitted.getId() + " of " + unit + " did not complete "
            + decided.getNominationId() + ": " + decided.getResult() + " " + decided.getResultReason());
      }
    });
    requireEveryNominee(nominees, submitted.getLines().size(), "decision of " + unit);
  }

  private static void requireWaiting(Set<String> waiting, Nominee nominee, String group) {
    if (!waiting.contains(nominee.id())) {
      throw new IllegalStateException(Officials.userOf(group) + " does not see " + nominee.id() + " waiting");
    }
  }

  private static void requireEveryNominee(List<Nominee> nominees, int lines, String list) {
    if (lines != nominees.size()) {
      throw new IllegalStateException("The " + list + " has " + lines + " lines for " + nominees.size() + " nominees");
    }
  }
}
