package vn.longbien.exemplar.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.longbien.exemplar.organisation.Role;
import vn.longbien.exemplar.calendar.HanoiCalendar;
import vn.longbien.exemplar.nomination.DecidedNomination;
import vn.longbien.exemplar.nomination.DecisionOutcome;
import vn.longbien.exemplar.nomination.Nomination;
import vn.longbien.exemplar.nomination.NominationDecision;
import vn.longbien.exemplar.nomination.NominationQueries;
import vn.longbien.exemplar.organisation.ReviewLevel;
import vn.longbien.exemplar.organisation.OrganisationCatalog;
import vn.longbien.exemplar.organisation.OrganisationCatalog.UnitDefinition;
import vn.longbien.exemplar.organisation.UnitKind;
import vn.longbien.exemplar.security.CurrentOfficial;
import vn.longbien.exemplar.security.CurrentOfficial.Official;
import vn.longbien.exemplar.web.InvalidInputException;
import vn.longbien.exemplar.web.RecordNotFoundException;

/**
 * Builds the content of a review level's documents from the decisions recorded on its nominations
 * ({@code nomination_decision}), for one unit (a ward: level {@code phuong}; the district: level {@code quan})
 * and year. The stored data identifies a council meeting by its date and a chairman's decision by its number,
 * so the minutes and the submission cover one meeting, and the list covers one decision; when the year has
 * several, the caller names one ({@code meetingDate}, {@code decisionNumber}). A nomination voted on twice in
 * one meeting counts with its latest vote.
 */
@Service
public class DocumentService {

  private static final String COUNCIL_ROLE = Role.COUNCIL.code();
  private static final String CHAIRMAN_ROLE = Role.CHAIRMAN.code();
  /** What the minutes' ratio is counted against, as the council-vote-outcome table counts the votes. */
  private static final String RATIO_BASE_LABEL = "tổng số thành viên Hội đồng";

  private final NominationQueries nominations;
  private final OrganisationCatalog catalog;
  private final CurrentOfficial currentOfficial;

  DocumentService(NominationQueries nominations, OrganisationCatalog catalog, CurrentOfficial currentOfficial) {
    this.nominations = nominations;
    this.catalog = catalog;
    this.currentOfficial = currentOfficial;
  }

  private Nomination nomination(String id) {
    return nominations.findById(id).orElseThrow(() -> new RecordNotFoundException("Không tìm thấy hồ sơ đề cử " + id));
  }

  /** A decision with its nomination. */
  private record Decided(NominationDecision decision, Nomination nomination) {

    /** The meeting as an ISO date ("2052-01-10"), or as recorded when it is not one. */
    String meetingKey() {
      LocalDate day = parse(decision.getMeetingDate());
      return day == null ? text(decision.getMeetingDate()) : day.toString();
    }
  }

  @Transactional(readOnly = true)
  DocumentContent councilMinutes(String unitCode, String year, String meetingDate) {
    Level level = level(unitCode, year);
    Map<String, List<Decided>> meetings = group(level, NominationDecision.Kind.COUNCIL_VOTE, Decided::meetingKey);
    List<Decided> votes = pick(meetings, meeting(meetingDate), "phiên họp", "meetingDate", level,
        "biên bản họp Hội đồng Thi đua - Khen thưởng");
    NominationDecision.Votes attendance = votes.get(votes.size() - 1).decision().getVotes();
    Map<String, String> fields = level.fields();
    fields.put("meetingDate", date(votes.get(0).decision().getMeetingDate()));
    fields.put("dateLine", dateLine(level.place(), votes.get(0).decision().getMeetingDate()));
    fields.put("membersTotal", text(attendance.membersTotal()));
    fields.put("membersPresent", text(attendance.membersPresent()));
    fields.put("nomineeCount", String.valueOf(votes.size()));
    fields.put("passedCount", String.valueOf(votes.stream().filter(d -> DecisionOutcome.PASSED.is(d.decision().getOutcome())).count()));
    fields.put("ratioBaseLabel", RATIO_BASE_LABEL);
    List<Map<String, String>> rows = rows(votes, (d, row) -> {
      NominationDecision.Votes v = d.decision().getVotes();
      row.put("votesInFavour", text(v.votesInFavour()));
      row.put("votesAgainst", text(v.votesAgainst()));
      row.put("votesAbstaining", "");
      row.put("membersPresent", text(v.membersPresent()));
      row.put("ratioBase", text(v.membersTotal()));
      row.put("votes", text(v.votesInFavour()) + "/" + text(v.membersTotal()));
      row.put("percentage", percentage(v.votesInFavour(), v.membersTotal()));
      row.put("outcome", councilOutcome(d.decision().getOutcome()));
    });
    return new DocumentContent(DocumentKind.COUNCIL_MINUTES, fields, rows);
  }

  /**
   * The minutes of a meeting recorded as one ({@link MeetingPapers}): its date and attendance, the same for every
   * nominee, and each nominee it voted on or returned for evidence, in the agenda's order. The caller has checked
   * that the official may read the meeting.
   */
  @Transactional(readOnly = true)
  DocumentContent meetingMinutes(MeetingPapers.Meeting meeting) {
    Level level = meetingLevel(meeting);
    List<MeetingPapers.Item> items = meeting.items();
    if (items.isEmpty()) {
      throw new RecordNotFoundException("Phiên họp chưa ghi nhận kết quả xét hồ sơ nào: chưa có biên bản");
    }
    Map<String, String> fields = level.fields();
    String day = meeting.meetingDate().toString();
    fields.put("meetingDate", date(day));
    fields.put("dateLine", dateLine(level.place(), day));
    fields.put("membersTotal", String.valueOf(meeting.membersTotal()));
    fields.put("membersPresent", String.valueOf(meeting.membersPresent()));
    fields.put("nomineeCount", String.valueOf(items.size()));
    fields.put("passedCount", String.valueOf(items.stream().filter(i -> DecisionOutcome.PASSED.is(i.outcome())).count()));
    fields.put("ratioBaseLabel", RATIO_BASE_LABEL);
    List<Map<String, String>> rows = meetingRows(items, (item, row) -> {
      boolean voted = item.votesInFavour() != null;
      row.put("votesInFavour", text(item.votesInFavour()));
      row.put("votesAgainst", text(item.votesAgainst()));
      row.put("votesAbstaining", text(item.votesAbstaining()));
      row.put("membersPresent", voted ? String.valueOf(meeting.membersPresent()) : "");
      row.put("ratioBase", voted ? String.valueOf(meeting.membersTotal()) : "");
      row.put("votes", voted ? item.votesInFavour() + "/" + meeting.membersTotal() : "");
      row.put("percentage", voted ? percentage(item.votesInFavour(), meeting.membersTotal()) : "");
      row.put("outcome", councilOutcome(item.outcome()) + (item.note() == null ? "" : " (" + item.note() + ")"));
    });
    return new DocumentContent(DocumentKind.COUNCIL_MINUTES, fields, rows);
  }

  /** The tờ trình after a meeting recorded as one: the nominees it passed. */
  @Transactional(readOnly = true)
  DocumentContent meetingSubmission(MeetingPapers.Meeting meeting) {
    Level level = meetingLevel(meeting);
    List<MeetingPapers.Item> passed = meeting.items().stream().filter(i -> DecisionOutcome.PASSED.is(i.outcome())).toList();
    if (passed.isEmpty()) {
      throw new RecordNotFoundException("Phiên họp không thông qua ai: không có tờ trình");
    }
    Map<String, String> fields = level.fields();
    fields.put("meetingDate", date(meeting.meetingDate().toString()));
    fields.put("dateLine", level.place() + ", " + vietnameseDate(HanoiCalendar.today()));
    fields.put("proposedCount", String.valueOf(passed.size()));
    List<Map<String, String>> rows = meetingRows(passed, (item, row) -> {
      row.put("votes", text(item.votesInFavour()) + "/" + meeting.membersTotal());
      row.put("percentage", percentage(item.votesInFavour(), meeting.membersTotal()));
    });
    return new DocumentContent(DocumentKind.SUBMISSION, fields, rows);
  }

  /** The list attached to a chairman's decision recorded as one: whom it recognised. */
  @Transactional(readOnly = true)
  DocumentContent signedDecisionList(MeetingPapers.Decision decision) {
    if (decision.recognisedNominationIds().isEmpty()) {
      throw new RecordNotFoundException("Quyết định " + decision.decisionNumber() + " không công nhận ai: không có danh sách");
    }
    List<MeetingPapers.Item> items = decision.recognisedNominationIds().stream()
        .map(id -> new MeetingPapers.Item(id, DecisionOutcome.RECOGNISED.code(), null, null, null, null)).toList();
    Level level = unitLevel(decision.unitCode(), items, decision.decisionDate());
    Map<String, String> fields = level.fields();
    String day = decision.decisionDate().toString();
    fields.put("decisionNumber", decision.decisionNumber());
    fields.put("decisionDate", date(day));
    fields.put("dateLine", dateLine(level.place(), day));
    fields.put("signer", decision.signer());
    fields.put("recognisedCount", String.valueOf(items.size()));
    return new DocumentContent(DocumentKind.DECISION_LIST, fields, meetingRows(items, (item, row) -> {}));
  }

  private Level meetingLevel(MeetingPapers.Meeting meeting) {
    return unitLevel(meeting.unitCode(), meeting.items(), meeting.meetingDate());
  }

  private Level unitLevel(String unitCode, List<MeetingPapers.Item> items, LocalDate day) {
    UnitDefinition unit = catalog.unit(unitCode)
        .orElseThrow(() -> new RecordNotFoundException("Không tìm thấy đơn vị " + unitCode));
    String level = reviewLevel(unit).orElseThrow(() -> new InvalidInputException("BadUnit",
        unit.name() + " không có Hội đồng Thi đua - Khen thưởng xét điển hình tiên tiến (chỉ phường hoặc quận)"));
    int year = items.isEmpty() ? day.getYear()
        : nomination(items.get(0).nominationId()).getRoundYear();
    return new Level(unit, level, year, catalog.placeOf(unit.code()));
  }

  private interface ItemFields {
    void add(MeetingPapers.Item item, Map<String, String> row);
  }

  private List<Map<String, String>> meetingRows(List<MeetingPapers.Item> items, ItemFields extra) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (MeetingPapers.Item item : items) {
      Nomination n = nomination(item.nominationId());
      Map<String, String> row = nomineeRow(n, rows.size() + 1);
      extra.add(item, row);
      rows.add(row);
    }
    return rows;
  }

  @Transactional(readOnly = true)
  DocumentContent submission(String unitCode, String year, String meetingDate) {
    Level level = level(unitCode, year);
    Map<String, List<Decided>> meetings = group(level, NominationDecision.Kind.COUNCIL_VOTE, Decided::meetingKey);
    meetings.replaceAll((meeting, votes) ->
        votes.stream().filter(d -> DecisionOutcome.PASSED.is(d.decision().getOutcome())).toList());
    meetings.values().removeIf(List::isEmpty);
    List<Decided> proposed = pick(meetings, meeting(meetingDate), "phiên họp", "meetingDate", level,
        "người, tập thể được Hội đồng Thi đua - Khen thưởng đề nghị");
    Map<String, String> fields = level.fields();
    fields.put("meetingDate", date(proposed.get(0).decision().getMeetingDate()));
    fields.put("dateLine", level.place() + ", " + vietnameseDate(HanoiCalendar.today()));
    fields.put("proposedCount", String.valueOf(proposed.size()));
    List<Map<String, String>> rows = rows(proposed, (d, row) -> {
      NominationDecision.Votes v = d.decision().getVotes();
      row.put("votes", text(v.votesInFavour()) + "/" + text(v.membersTotal()));
      row.put("percentage", percentage(v.votesInFavour(), v.membersTotal()));
    });
    return new DocumentContent(DocumentKind.SUBMISSION, fields, rows);
  }

  @Transactional(readOnly = true)
  DocumentContent decisionList(String unitCode, String year, String decisionNumber) {
    Level level = level(unitCode, year);
    List<Decided> recognised = pick(recognisedBy(level), decisionNumber == null ? null : decisionNumber.trim(),
        "quyết định", "decisionNumber", level, "người, tập thể được Chủ tịch UBND công nhận");
    NominationDecision decision = recognised.get(0).decision();
    Map<String, String> fields = level.fields();
    fields.put("decisionNumber", Objects.requireNonNullElse(decision.getDecisionNumber(), "……"));
    fields.put("decisionDate", decision.getDecisionDate() == null ? "……" : date(decision.getDecisionDate()));
    fields.put("dateLine", dateLine(level.place(), decision.getDecisionDate()));
    fields.put("recognisedCount", String.valueOf(recognised.size()));
    return new DocumentContent(DocumentKind.DECISION_LIST, fields, rows(recognised, (d, row) -> {}));
  }

  /** A unit whose council or chairman the caller is, and what its council and chairman recorded in the year. */
  public record UnitPapers(String unitCode, String unitName, List<Meeting> meetings, List<Decision> decisions) {}

  /**
   * A council meeting: its date as the documents' {@code meetingDate} takes it ({@code null} when the recorded
   * date is not one), as printed, how many nominees it voted on and how many it passed (the tờ trình's).
   */
  public record Meeting(String meetingDate, String dateText, int nominees, int passed) {}

  /** A chairman's decision: its number as recorded (empty when none was), its date as printed, whom it recognised. */
  public record Decision(String decisionNumber, String dateText, int recognised) {}

  /**
   * The caller's papers for the year: for each ward or the district whose council ({@code …-hoidong}) or chairman
   * ({@code …-chutich}) the caller is, the meetings and decisions its documents are made of, grouped as the
   * documents group them. Empty for anyone else.
   */
  @Transactional(readOnly = true)
  public List<UnitPapers> papersOfCaller(String year) {
    int value = year(year);
    return signingUnitsOfCaller().stream().map(code -> papers(level(code, String.valueOf(value)))).toList();
  }

  /**
   * One unit's papers for the year, for whoever may read them: its council members and chairman, Phòng Nội vụ,
   * inspectors and administrators. Another ward's official is told the unit does not exist (404).
   */
  @Transactional(readOnly = true)
  public UnitPapers papersOfUnit(String unitCode, String year) {
    return papers(level(unitCode, year));
  }

  private UnitPapers papers(Level level) {
    List<Meeting> meetings = new ArrayList<>();
    group(level, NominationDecision.Kind.COUNCIL_VOTE, Decided::meetingKey).forEach((key, votes) -> meetings.add(
        new Meeting(parse(key) == null ? null : key, date(votes.get(0).decision().getMeetingDate()), votes.size(),
            (int) votes.stream().filter(d -> DecisionOutcome.PASSED.is(d.decision().getOutcome())).count())));
    List<Decision> decisions = new ArrayList<>();
    recognisedBy(level).forEach((number, recognised) -> decisions.add(new Decision(number,
        recognised.get(0).decision().getDecisionDate() == null ? "" : date(recognised.get(0).decision().getDecisionDate()),
        recognised.size())));
    return new UnitPapers(level.unit().code(), level.unit().name(), meetings, decisions);
  }

  /** The latest year in which a council or chairman of the caller's recorded a decision. */
  @Transactional(readOnly = true)
  public Optional<Integer> latestYearOfCaller() {
    return latestYear(signingUnitsOfCaller());
  }

  /**
   * The latest year in which the unit's council or chairman recorded a decision; refused as {@link #papersOfUnit}
   * refuses a unit the caller may not read.
   */
  @Transactional(readOnly = true)
  public Optional<Integer> latestYearOf(String unitCode) {
    return latestYear(List.of(readableUnit(unitCode).code()));
  }

  private Optional<Integer> latestYear(List<String> unitCodes) {
    Integer latest = null;
    for (String code : unitCodes) {
      UnitDefinition unit = catalog.unit(code).orElseThrow();
      boolean ward = unit.kind() == UnitKind.WARD;
      // As group(): a ward's council decides on its own nominations, the district's on whatever reached it.
      List<String> kinds = List.of(NominationDecision.Kind.COUNCIL_VOTE.name(),
          NominationDecision.Kind.CHAIRMAN_DECISION.name());
      String level = reviewLevel(unit).orElseThrow();
      Integer year = (ward ? nominations.latestDecisionYearOnUnit(level, kinds, code)
          : nominations.latestDecisionYear(level, kinds)).orElse(null);
      if (year != null && (latest == null || year > latest)) {
        latest = year;
      }
    }
    return Optional.ofNullable(latest);
  }

  /**
   * Whether the caller reads every unit's papers without signing any: Phòng Nội vụ (the council's secretariat),
   * inspectors and administrators, who choose the unit.
   */
  public boolean callerReadsEveryUnitsPapers() {
    Official caller = currentOfficial.get();
    return caller.isAdministrator() || caller.isAuditor() || caller.isSecretariat();
  }

  /** The units that have papers (the wards and the district), code and name, in the organisation's order. */
  public List<UnitDefinition> unitsWithPapers() {
    return catalog.units().stream().filter(unit -> reviewLevel(unit).isPresent()).toList();
  }

  /** Whether the caller is a ward's or the district's council member or chairman, whose papers these are. */
  public boolean callerSignsPapers() {
    return !signingUnitsOfCaller().isEmpty();
  }

  /** The wards and the district whose council or chairman the caller is, in the organisation's order. */
  private List<String> signingUnitsOfCaller() {
    Official caller = currentOfficial.get();
    return catalog.units().stream()
        .filter(unit -> reviewLevel(unit).isPresent())
        .map(UnitDefinition::code)
        .filter(code -> caller.hasRole(code, COUNCIL_ROLE) || caller.hasRole(code, CHAIRMAN_ROLE))
        .toList();
  }

  /** The chairman's decisions by number, each with the nominees it recognised; decisions recognising nobody left out. */
  private Map<String, List<Decided>> recognisedBy(Level level) {
    Map<String, List<Decided>> decisions = group(level, NominationDecision.Kind.CHAIRMAN_DECISION,
        d -> Objects.requireNonNullElse(d.decision().getDecisionNumber(), ""));
    // "proposed" is only offered once the chairman has recognised the nominee (chairman-decision form).
    decisions.replaceAll((number, list) -> list.stream()
        .filter(d -> DecisionOutcome.recognises(d.decision().getOutcome())).toList());
    decisions.values().removeIf(List::isEmpty);
    return decisions;
  }

  /** The unit's review level, if the caller may read its documents (see the class comment of the controller). */
  private Level level(String unitCode, String yearText) {
    int year = year(yearText);
    UnitDefinition unit = readableUnit(unitCode);
    return new Level(unit, reviewLevel(unit).orElseThrow(), year, catalog.placeOf(unit.code()));
  }

  /**
   * A ward or the district whose papers the caller may read: 404 for a unit unknown to the caller (another ward's),
   * 400 for a unit without a council, 403 for an official of the unit who is neither its council member nor its
   * chairman.
   */
  private UnitDefinition readableUnit(String unitCode) {
    if (unitCode == null || unitCode.isBlank()) {
      throw new InvalidInputException("BadUnit", "Thiếu đơn vị (unit), ví dụ unit=phuong-bode");
    }
    String code = unitCode.trim();
    Official caller = currentOfficial.get();
    UnitDefinition unit = catalog.unit(code)
        .filter(u -> caller.canRead(u.code()) || caller.isSecretariat())
        .orElseThrow(() -> new RecordNotFoundException("Không tìm thấy đơn vị " + code));
    if (reviewLevel(unit).isEmpty()) {
      throw new InvalidInputException("BadUnit",
          unit.name() + " không có Hội đồng Thi đua - Khen thưởng xét điển hình tiên tiến (chỉ phường hoặc quận)");
    }
    boolean allowed = caller.isAdministrator() || caller.isAuditor() || caller.isSecretariat()
        || caller.hasRole(code, COUNCIL_ROLE) || caller.hasRole(code, CHAIRMAN_ROLE);
    if (!allowed) {
      throw new AuthorizationException(caller.userId() + " may not read the documents of " + code);
    }
    return unit;
  }

  /** The level at which a unit's council and chairman decide: a ward's {@code phuong}, the district's {@code quan}. */
  private static Optional<String> reviewLevel(UnitDefinition unit) {
    return ReviewLevel.councilLevelOf(unit.kind());
  }

  static int year(String year) {
    if (year != null && year.trim().matches("\\d{4}")) {
      return Integer.parseInt(year.trim());
    }
    throw new InvalidInputException("BadYear", year == null || year.isBlank()
        ? "Thiếu năm bình xét (year), ví dụ year=2025"
        : "Năm bình xét không hợp lệ: “" + year + "” (nhập năm bốn chữ số, ví dụ year=2025)");
  }

  private static String meeting(String meetingDate) {
    if (meetingDate == null || meetingDate.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(meetingDate.trim()).toString();
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("BadMeetingDate",
          "Ngày họp không hợp lệ: “" + meetingDate + "” (nhập theo dạng năm-tháng-ngày, ví dụ meetingDate=2025-01-15)");
    }
  }

  /**
   * The level's decisions of the kind on the year's nominations, grouped by meeting or decision, in the order
   * they were taken; within a group a nomination counts once, with its latest decision.
   */
  private Map<String, List<Decided>> group(Level level, NominationDecision.Kind kind, Function<Decided, String> key) {
    // A ward's council reviews its own nominations; the district's, whatever reached the district level.
    boolean ward = level.unit().kind() == UnitKind.WARD;
    List<DecidedNomination> found = ward
        ? nominations.decidedOnUnit(level.year(), level.level(), kind.name(), level.unit().code())
        : nominations.decided(level.year(), level.level(), kind.name());
    Map<String, Map<String, Decided>> groups = new TreeMap<>();
    for (DecidedNomination pair : found) {
      Decided decided = new Decided(pair.decision(), pair.nomination());
      Map<String, Decided> group = groups.computeIfAbsent(key.apply(decided), k -> new LinkedHashMap<>());
      group.remove(decided.nomination().getId());
      group.put(decided.nomination().getId(), decided);
    }
    Map<String, List<Decided>> lists = new TreeMap<>();
    groups.forEach((name, group) -> lists.put(name, new ArrayList<>(group.values())));
    return lists;
  }

  /**
   * The group the caller asked for, or the only one; 404 when there is none, 400 naming the choices when the
   * year has several and none was asked for.
   */
  private static List<Decided> pick(
      Map<String, List<Decided>> groups, String requested, String what, String parameter, Level level, String content) {
    String where = level.councilName() + " năm " + level.year();
    if (requested != null) {
      List<Decided> chosen = groups.get(requested);
      if (chosen == null) {
        throw new RecordNotFoundException("Không có " + content + " của " + where + " theo " + what + " “"
            + requested + "”" + choices(groups, what));
      }
      return chosen;
    }
    if (groups.isEmpty()) {
      throw new RecordNotFoundException("Chưa có " + content + " của " + where);
    }
    if (groups.size() > 1) {
      throw new InvalidInputException("Ambiguous" + Character.toUpperCase(parameter.charAt(0)) + parameter.substring(1),
          where + " có " + groups.size() + " " + what + ": chọn một bằng tham số " + parameter + choices(groups, what));
    }
    return groups.values().iterator().next();
  }

  private static String choices(Map<String, List<Decided>> groups, String what) {
    return groups.isEmpty() ? "" : " (các " + what + ": " + String.join(", ", groups.keySet()) + ")";
  }

  private interface RowFields {
    void add(Decided decided, Map<String, String> row);
  }

  private List<Map<String, String>> rows(List<Decided> decided, RowFields extra) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (Decided d : decided) {
      Map<String, String> row = nomineeRow(d.nomination(), rows.size() + 1);
      extra.add(d, row);
      rows.add(row);
    }
    return rows;
  }

  private Map<String, String> nomineeRow(Nomination n, int number) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("number", String.valueOf(number));
    row.put("nomineeName", n.getNomineeName());
    row.put("birthYear", text(n.getBirthYear()));
    row.put("position", Stream.of(n.getPositionTitle(), n.getWorkplace())
        .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", ")));
    row.put("nominatingUnit", catalog.unit(n.getNominatingUnit()).map(UnitDefinition::name).orElse(n.getNominatingUnit()));
    row.put("movement", catalog.movement(n.getMovement()).map(OrganisationCatalog.MovementDefinition::name)
        .orElse(n.getMovement()));
    row.put("achievements", n.getAchievements());
    return row;
  }

  private static String councilOutcome(String outcome) {
    return DecisionOutcome.labelOf(outcome);
  }

  /**
   * Votes in favour over the base the {@code council-vote-outcome} table counts them against (total membership:
   * "more than half of all the council's members"), as officials write it: "73,33%".
   */
  static String percentage(Integer inFavour, Integer present) {
    if (inFavour == null || present == null || present == 0) {
      return "";
    }
    BigDecimal value = BigDecimal.valueOf(inFavour * 100L).divide(BigDecimal.valueOf(present), 2, RoundingMode.HALF_UP);
    return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi"))).format(value) + "%";
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  /** "10/01/2052" from a recorded ISO date; anything else as recorded. */
  private static String date(String recorded) {
    LocalDate day = parse(recorded);
    return day == null ? text(recorded) : HanoiCalendar.text(day);
  }

  private static String dateLine(String place, String recorded) {
    LocalDate day = parse(recorded);
    return place + ", " + (day == null ? "ngày …… tháng …… năm ……" : vietnameseDate(day));
  }

  private static String vietnameseDate(LocalDate day) {
    return String.format("ngày %02d tháng %02d năm %d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
  }

  private static LocalDate parse(String recorded) {
    try {
      return recorded == null ? null : LocalDate.parse(recorded.trim().substring(0, Math.min(10, recorded.trim().length())));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The unit whose council and chairman took the decisions, at its level, and the year. */
  private record Level(UnitDefinition unit, String level, int year, String place) {

    String councilName() {
      return "Hội đồng Thi đua - Khen thưởng " + unit.name();
    }

    /** The fields every template may use; a fresh map each time, for the document's own fields. */
    Map<String, String> fields() {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("unitName", unit.name());
      fields.put("unitNameUpper", unit.name().toUpperCase(Locale.forLanguageTag("vi")));
      fields.put("levelName", ReviewLevel.labelOf(level));
      fields.put("year", String.valueOf(year));
      fields.put("place", place);
      return fields;
    }
  }
}
