package vn.longbien.exemplar.meeting;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.longbien.exemplar.audit.EntryKind;
import vn.longbien.exemplar.audit.NominationScope;
import vn.longbien.exemplar.audit.TimelineEntry;
import vn.longbien.exemplar.audit.TimelineSource;
import vn.longbien.exemplar.nomination.NominationDecision;
import vn.longbien.exemplar.nomination.ListedDecisions;

/**
 * The audit timeline's entries for the council meetings that recorded a nomination's decisions: which meeting
 * (its number, council, date, attendance, who submitted it), beside the vote that history shows.
 */
@Component
@Order(40)
class MeetingTimeline implements TimelineSource {

  private final EntityManager entityManager;
  private final ListedDecisions recordedDecisions;
  private final CouncilMeetings meetings;

  MeetingTimeline(EntityManager entityManager, ListedDecisions recordedDecisions,
      CouncilMeetings meetings) {
    this.entityManager = entityManager;
    this.recordedDecisions = recordedDecisions;
    this.meetings = meetings;
  }

  @Override
  @Transactional(readOnly = true)
  public List<TimelineEntry> entriesFor(NominationScope scope) {
    List<TimelineEntry> entries = new ArrayList<>();
    for (NominationDecision decision :
        recordedDecisions.findByNominationIdAndMeetingIdNotNullOrderByIdAsc(scope.nominationId())) {
      CouncilMeeting meeting = entityManager.find(CouncilMeeting.class, decision.getMeetingId());
      Map<String, String> details = new LinkedHashMap<>();
      details.put("meetingId", String.valueOf(meeting.getId()));
      details.put("unit", meeting.getUnitCode());
      details.put("meetingDate", meeting.getMeetingDate().toString());
      details.put("membersTotal", String.valueOf(meeting.getMembersTotal()));
      details.put("membersPresent", String.valueOf(meeting.getMembersPresent()));
      details.put("outcome", decision.getOutcome());
      entries.add(new TimelineEntry(decision.getDecidedAt(), EntryKind.MEETING, meeting.getSubmittedBy(),
          decision.getTaskKey(), null,
          "Ghi nhận theo phiên họp số " + meeting.getId() + " của Hội đồng Thi đua - Khen thưởng "
              + meetings.unitName(meeting.getUnitCode()) + " ngày " + CouncilMeetings.text(meeting.getMeetingDate())
              + " (dự họp " + meeting.getMembersPresent() + "/" + meeting.getMembersTotal() + " thành viên; "
              + meeting.getLines().size() + " hồ sơ trong chương trình)",
          details));
    }
    return entries;
  }
}
