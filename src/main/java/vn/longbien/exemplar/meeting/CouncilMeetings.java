package vn.longbien.exemplar.meeting;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.longbien.exemplar.nomination.Nomination;
import vn.longbien.exemplar.nomination.NominationQueries;
import vn.longbien.exemplar.organisation.ReviewLevel;
import vn.longbien.exemplar.organisation.OrganisationCatalog;
import vn.longbien.exemplar.organisation.OrganisationCatalog.UnitDefinition;
import vn.longbien.exemplar.review.ListedReview;
import vn.longbien.exemplar.review.ListState;
import vn.longbien.exemplar.review.ListedReview.Step;
import vn.longbien.exemplar.security.CurrentOfficial;
import vn.longbien.exemplar.security.CurrentOfficial.Official;
import vn.longbien.exemplar.text.PlainText;
import vn.longbien.exemplar.web.ConflictException;
import vn.longbien.exemplar.web.InvalidInputException;
import vn.longbien.exemplar.web.RecordNotFoundException;

/**
 * The council meetings of the wards and the district, kept by each council's secretary (its {@code …-hoidong}
 * group): open a meeting, pick its agenda among the nominations whose council task is open for that council
 * (exactly the tasks Tasklist offers it), enter each nominee's result, correct the draft, submit it once
 * ({@link MeetingSubmission}). Only the council's own group sees its meetings: for anyone else a meeting does
 * not exist (404).
 */
@Service
public class CouncilMeetings {

  /** The level-review task of a council (ward or district): the task a meeting completes for each nominee. */
  public static final String COUNCIL_TASK = Step.COUNCIL.taskKey();
  static final String COUNCIL_ROLE = Step.COUNCIL.role();
  private static final int MAX_MEMBERS = 200;

  private final CouncilMeetingRepository meetings;
  private final EntityManager entityManager;
  private final NominationQueries nominations;
  private final TaskService tasks;
  private final ListedReview review;
  private final CurrentOfficial currentOfficial;
  private final OrganisationCatalog catalog;
  private final TransactionTemplate transaction;

  CouncilMeetings(CouncilMeetingRepository meetings, EntityManager entityManager, NominationQueries nominations, TaskService tasks,
      ListedReview review, CurrentOfficial currentOfficial, OrganisationCatalog catalog,
      PlatformTransactionManager transactionManager) {
    this.meetings = meetings;
    this.entityManager = entityManager;
    this.nominations = nominations;
    this.tasks = tasks;
    this.review = review;
    this.currentOfficial = currentOfficial;
    this.catalog = catalog;
    this.transaction = new TransactionTemplate(transactionManager);
    this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
  }

  /** A council the caller is the secretary (a member of the {@code …-hoidong} group) of. */
  public record Council(String unitCode, String unitName, String level) {}

  /** A nomination waiting for the council: its council task is open. */
  public record Candidate(String nominationId, String nomineeName, String nominatingUnitName, int roundYear,
      String taskId) {}

  /** The wards' and the district's councils whose group the caller belongs to, in the organisation's order. */
  public List<Council> councilsOfCaller() {
    Official caller = currentOfficial.get();
    List<Council> councils = new ArrayList<>();
    for (UnitDefinition unit : catalog.units()) {
      Optional<String> level = level(unit);
      if (level.isPresent() && caller.hasRole(unit.code(), COUNCIL_ROLE)) {
        councils.add(new Council(unit.code(), unit.name(), level.get()));
      }
    }
    return councils;
  }

  /** The caller's council of that unit, or the only one when none is named; 404 for a council not the caller's. */
  public Council council(String unitCode) {
    List<Council> mine = councilsOfCaller();
    if (unitCode == null || unitCode.isBlank()) {
      if (mine.size() == 1) {
        return mine.get(0);
      }
      if (mine.isEmpty()) {
        throw new RecordNotFoundException("Bạn không là thành viên Hội đồng Thi đua - Khen thưởng nào");
      }
      throw new InvalidInputException("BadUnit", "Bạn thuộc nhiều Hội đồng: chọn một bằng mã đơn vị (unit)");
    }
    return mine.stream().filter(c -> c.unitCode().equals(unitCode.trim())).findFirst()
        .orElseThrow(() -> new RecordNotFoundException("Không tìm thấy Hội đồng Thi đua - Khen thưởng " + unitCode.trim()));
  }

  /** The nominations whose council task is open for the council, by nominee name: what an agenda is chosen from. */
  public List<Candidate> candidates(Council council) {
    return review.waiting(Step.COUNCIL, council.unitCode()).stream()
        .map(w -> new Candidate(w.nomination().getId(), w.nomination().getNomineeName(),
            unitName(w.nomination().getNominatingUnit()), w.nomination().getRoundYear(), w.task().getId()))
        .toList();
  }

  /** The meetings of the caller's councils, latest first. */
  public List<CouncilMeeting> mine() {
    List<String> units = councilsOfCaller().stream().map(Council::unitCode).toList();
    if (units.isEmpty()) {
      return List.of();
    }
    return transaction.execute(status -> {
      List<CouncilMeeting> found = meetings.findByUnitCodeInOrderByMeetingDateDescIdDesc(units);
      found.forEach(meeting -> meeting.getLines().size());
      return found;
    });
  }

  /** A meeting of one of the caller's councils; any other is 404. */
  public CouncilMeeting read(Long id) {
    return transaction.execute(status -> {
      CouncilMeeting meeting = own(id);
      meeting.getLines().size();
      return meeting;
    });
  }

  /** Opens a meeting of the caller's council ({@code request.unit()}, or the only one) as a draft. */
  public CouncilMeeting open(MeetingRequest request) {
    Council council = council(request.unit());
    Official caller = currentOfficial.get();
    return transaction.execute(status -> {
      CouncilMeeting meeting = new CouncilMeeting(council.level(), council.unitCode(), caller.userId(),
          ClockUtil.getCurrentTime().toInstant());
      fill(meeting, council, request);
      return meetings.save(meeting);
    });
  }

  /** Replaces a draft's date, attendance and agenda; a submitted meeting is never changed (409). */
  public CouncilMeeting correct(Long id, MeetingRequest request) {
    return transaction.execute(status -> {
      CouncilMeeting meeting = own(id);
      requireDraft(meeting);
      if (request.unit() != null && !request.unit().isBlank() && !request.unit().trim().equals(meeting.getUnitCode())) {
        throw new InvalidInputException("BadUnit", "Không đổi được Hội đồng của một phiên họp đã mở");
      }
      fill(meeting, council(meeting.getUnitCode()), request);
      return meetings.saveAndFlush(meeting);
    });
  }

  CouncilMeeting own(Long id) {
    Set<String> units = new HashSet<>(councilsOfCaller().stream().map(Council::unitCode).toList());
    return meetings.findById(id).filter(m -> units.contains(m.getUnitCode()))
        .orElseThrow(() -> new RecordNotFoundException("Không tìm thấy phiên họp số " + id));
  }

  static void requireDraft(CouncilMeeting meeting) {
    if (meeting.getState() != ListState.DRAFT) {
      throw new ConflictException("MeetingSubmitted", "Phiên họp ngày " + text(meeting.getMeetingDate())
          + " đã được gửi kết quả; không sửa hay gửi lại được");
    }
  }

  static String text(LocalDate day) {
    return vn.longbien.exemplar.calendar.HanoiCalendar.text(day);
  }

  private void fill(CouncilMeeting meeting, Council council, MeetingRequest request) {
    if (request.meetingDate() == null) {
      throw bad("Chưa nhập ngày họp (meetingDate)");
    }
    Integer total = request.membersTotal();
    Integer present = request.membersPresent();
    if (total == null || total < 1 || total > MAX_MEMBERS) {
      throw bad("Tổng số thành viên Hội đồng (membersTotal) phải từ 1 đến " + MAX_MEMBERS);
    }
    if (present == null || present < 0) {
      throw bad("Chưa nhập số thành viên dự họp (membersPresent)");
    }
    if (present > total) {
      throw bad("Số thành viên dự họp (membersPresent: " + present + ") không được lớn hơn tổng số thành viên Hội đồng"
          + " (membersTotal: " + total + ")");
    }
    Map<String, Candidate> open = new LinkedHashMap<>();
    candidates(council).forEach(c -> open.put(c.nominationId(), c));
    // A line kept from the draft as it was stays even if its task closed meanwhile: submitting reports it.
    Map<String, AgendaLine> drafted = new LinkedHashMap<>();
    meeting.getLines().forEach(line -> drafted.put(line.getNominationId(), line));
    List<AgendaLine> lines = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int number = 0;
    for (MeetingRequest.Line line : request.linesOrEmpty()) {
      number++;
      String where = "Dòng " + number + " của chương trình";
      if (line == null || line.nominationId() == null || line.nominationId().isBlank()) {
        throw bad(where + ": chưa chọn hồ sơ (nominationId)");
      }
      String id = line.nominationId().trim();
      if (!seen.add(id)) {
        throw bad(where + ": hồ sơ " + id + " đã có trong chương trình");
      }
      if (!open.containsKey(id) && !drafted.containsKey(id)) {
        throw bad(where + ": hồ sơ " + id + " không có trong danh sách chờ Hội đồng Thi đua - Khen thưởng "
            + council.unitName() + " xét (nominationId)");
      }
      String name = open.containsKey(id) ? open.get(id).nomineeName()
          : nominations.findById(id).map(Nomination::getNomineeName).orElse(id);
      where = where + " (" + name + ")";
      String at = where;
      AgendaAction action = AgendaAction.of(line.action() == null ? "" : line.action().trim())
          .orElseThrow(() -> bad(at + ": chưa chọn kết quả (action: vote, return hoặc not-reviewed)"));
      lines.add(line(meeting, number, id, action, line, present, request.meetingDate(), where));
    }
    meeting.record(request.meetingDate(), total, present);
    meeting.getLines().clear();
    entityManager.flush();
    meeting.getLines().addAll(lines);
  }

  private static AgendaLine line(CouncilMeeting meeting, int position, String id, AgendaAction action,
      MeetingRequest.Line line, int present, LocalDate meetingDate, String where) {
    return switch (action) {
      case VOTE -> {
        Integer favour = line.votesInFavour();
        Integer against = line.votesAgainst();
        int abstaining = line.votesAbstaining() == null ? 0 : line.votesAbstaining();
        if (favour == null || against == null || favour < 0 || against < 0 || abstaining < 0) {
          throw bad(where + ": nhập số phiếu tán thành (votesInFavour) và không tán thành (votesAgainst), không âm");
        }
        if (favour + against + abstaining > present) {
          throw bad(where + ": tổng số phiếu (" + (favour + against + abstaining) + ") vượt số thành viên dự họp ("
              + present + ")");
        }
        yield new AgendaLine(meeting, position, id, action, favour, against, abstaining,
            text(line.comments(), where + ": ý kiến của Hội đồng (comments)"), null, null,
            Boolean.TRUE.equals(line.newAchievementConfirmed()));
      }
      case RETURN -> {
        if (line.evidenceRequest() == null || line.evidenceRequest().isBlank()) {
          throw bad(where + ": chưa nhập nội dung cần bổ sung (evidenceRequest)");
        }
        if (line.evidenceRequest().length() > 2000) {
          throw bad(where + ": nội dung cần bổ sung tối đa 2000 ký tự (evidenceRequest)");
        }
        if (line.evidenceDueDate() == null || line.evidenceDueDate().isBefore(meetingDate)) {
          throw bad(where + ": hạn bổ sung (evidenceDueDate) phải có và không trước ngày họp");
        }
        yield new AgendaLine(meeting, position, id, action, null, null, null, null,
            text(line.evidenceRequest(), where + ": nội dung cần bổ sung (evidenceRequest)"), line.evidenceDueDate(),
            false);
      }
      case NOT_REVIEWED -> new AgendaLine(meeting, position, id, action, null, null, null, null, null, null, false);
    };
  }

  /** Text as an official typed it (NFC, trimmed), or null when empty; refused when not plain text or too long. */
  private static String text(String text, String what) {
    if (text == null || PlainText.isBlank(text)) {
      return null;
    }
    PlainText.problem(text, PlainText.Lines.MULTI).ifPresent(problem -> {
      throw bad(what + ": nội dung " + problem);
    });
    String normalized = PlainText.normalized(text).trim();
    if (normalized.length() > 2000) {
      throw bad(what + ": tối đa 2000 ký tự");
    }
    return normalized;
  }

  private static InvalidInputException bad(String message) {
    return new InvalidInputException("BadMeeting", message);
  }

  private static Optional<String> level(UnitDefinition unit) {
    return ReviewLevel.councilLevelOf(unit.kind());
  }

  public String unitName(String code) {
    return catalog.unit(code).map(UnitDefinition::name).orElse(code);
  }
}
