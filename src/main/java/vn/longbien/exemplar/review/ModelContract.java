package vn.longbien.exemplar.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the application's code relies on in the models an administrator may edit in Camunda Modeler: in the
 * processes of these keys, the elements the glue, the audit and the reports know by id, the call of
 * {@code level-review} with the variables it passes each way; the forms' fields the code reads; the decision
 * tables with the inputs the code gives them and the outputs it reads. A deployment that breaks any of it is
 * refused ({@link ModelContractPlugin}); everything else in a model (names, layout, documentation, thresholds,
 * rows, candidate groups, due dates) stays the administrator's. A model saved under another key is another
 * process, which the application never starts.
 *
 * <p>Declared here, beside the glue that needs it: a change of the glue that reads a new id or field changes
 * this contract in the same commit.
 */
public final class ModelContract {

  // ---------------------------------------------------------------- process keys

  public static final String NOMINATION_REVIEW = "nomination-review";
  public static final String LEVEL_REVIEW = "level-review";
  public static final String YEARLY_ROUND = "yearly-round";
  public static final String UNIT_INTRODUCTION = "unit-introduction";

  // ---------------------------------------------------------------- elements known by id

  public static final String COUNCIL_TASK = "Task_CouncilReview";
  public static final String CHAIRMAN_TASK = "Task_ChairmanDecision";
  public static final String EVIDENCE_TASK = "Task_ProvideEvidence";
  public static final String PENDING_MATTER_TASK = "Task_ResolvePendingMatter";
  public static final String CORRECTION_TASK = "Task_CorrectNomination";
  public static final String CITY_TASK = "Task_CityOutcome";
  public static final String CITY_OUTCOME_STEP = "Task_ComputeCityOutcome";
  public static final String RECOGNISED_BY_CITY = "EndEvent_RecognisedCity";
  public static final String NOT_RECOGNISED_BY_CITY = "EndEvent_NotRecognisedCity";
  public static final String INTRODUCTION_TASK = "Task_IntroduceExemplars";
  public static final String SHORTFALL_TASK = "Task_HandleShortfall";
  public static final String ROUND_OPENING_TASK = "Task_AcknowledgeRoundOpening";
  public static final String OVERDUE_WORK_TASK = "Task_HandleOverdueWork";
  public static final String OBJECTION_MESSAGE = "ObjectionReceived";

  // ---------------------------------------------------------------- variables and fields known by name

  /** Set when the council task is created: the nominee was already recognised for the same movement. */
  public static final String REPEAT_WARNED = "repeatWarned";
  /** The warning's text, shown in the council's form. */
  public static final String REPEAT_WARNING = "repeatWarning";
  /** The council's form field: the warned nomination is for a new achievement (required to pass it). */
  public static final String NEW_ACHIEVEMENT_CONFIRMED = "newAchievementConfirmed";
  /** The decision table of which earlier recognitions of the same exemplar call for the confirmation. */
  public static final String REPEAT_RECOGNITION = "repeat-recognition";

  // ---------------------------------------------------------------- what a step is for

  /** What a user task is for, to the features that act on every task of a kind (the immediate mails). */
  public enum TaskPurpose {
    /** Open work escalated to the secretariat: the round's overdue work, a movement's introduction shortfall. */
    ESCALATION,
    /** A council's return of a dossier to its nominating unit for evidence. */
    EVIDENCE_REQUEST,
    /** The round's opening notice to a nominating unit. */
    ROUND_OPENING
  }

  private static final Map<String, TaskPurpose> PURPOSES = Map.of(
      OVERDUE_WORK_TASK, TaskPurpose.ESCALATION,
      SHORTFALL_TASK, TaskPurpose.ESCALATION,
      EVIDENCE_TASK, TaskPurpose.EVIDENCE_REQUEST,
      ROUND_OPENING_TASK, TaskPurpose.ROUND_OPENING);

  /** What the user task of this definition key is for, if the application acts on it by its purpose. */
  public static Optional<TaskPurpose> purposeOf(String taskDefinitionKey) {
    return Optional.ofNullable(taskDefinitionKey).map(PURPOSES::get);
  }

  // ---------------------------------------------------------------- the contract

  /**
   * Variables each level's {@code level-review} receives from {@code nomination-review}: only what its gateways,
   * timers, decision tables and candidate-group expressions read. The nomination itself (nominee, movement, the
   * dossier) stays in the application's tables; the forms show it as composed when served ({@link ReviewDossier}).
   */
  private static final List<String> LEVEL_INPUTS = List.of(
      "level", "reviewUnit", "upperLevel", "awardSought", "nominationId", "nominatingUnit", "roundYear",
      "secretariatGroup");

  /** Variables {@code nomination-review} reads back from each level's review (its gateways and end events). */
  private static final List<String> LEVEL_OUTPUTS = List.of(
      "levelOutcome", "levelOutcomeReason", "proposeGoodDeed", "proposeOutstandingCitizen", "proposeBook");

  static final List<ProcessContract> PROCESSES = List.of(
      new ProcessContract(NOMINATION_REVIEW, List.of(
          Element.startForm("nomination-start", "đơn vị nộp hồ sơ đề cử trong Tasklist"),
          Element.userTask(PENDING_MATTER_TASK, "pending-matter", "theo dõi kỷ luật, thanh tra, khiếu nại"),
          Element.userTask(CORRECTION_TASK, "nomination-correction", "đơn vị đề cử hoàn thiện hồ sơ"),
          Element.userTask(CITY_TASK, "city-outcome", "ghi nhận kết quả của Thành phố"),
          Element.step(CITY_OUTCOME_STEP, "tính kết quả cấp Thành phố, báo cáo chỉ tiêu"),
          Element.end(RECOGNISED_BY_CITY, "báo cáo số hồ sơ trình Thành phố"),
          Element.end(NOT_RECOGNISED_BY_CITY, "báo cáo số hồ sơ trình Thành phố")),
          List.of(
              new Call("CallActivity_WardReview", LEVEL_REVIEW, LEVEL_INPUTS, LEVEL_OUTPUTS, "bình xét cấp phường"),
              new Call("CallActivity_DistrictReview", LEVEL_REVIEW, LEVEL_INPUTS, LEVEL_OUTPUTS, "bình xét cấp quận"))),
      new ProcessContract(LEVEL_REVIEW, List.of(
          Element.userTask(COUNCIL_TASK, "council-review", "biểu quyết của Hội đồng"),
          Element.userTask(EVIDENCE_TASK, "evidence-request", "đơn vị đề cử bổ sung hồ sơ theo yêu cầu của Hội đồng"),
          Element.userTask(CHAIRMAN_TASK, "chairman-decision", "quyết định của Chủ tịch UBND"),
          Element.userTask(PENDING_MATTER_TASK, "pending-matter", "theo dõi kỷ luật, thanh tra, khiếu nại"),
          Element.message(OBJECTION_MESSAGE, "nhận ý kiến phản ánh qua API")),
          List.of()),
      new ProcessContract(YEARLY_ROUND, List.of(
          Element.userTask(ROUND_OPENING_TASK, null, "thư thông báo mở đợt bình xét gửi đơn vị đề cử"),
          Element.userTask(OVERDUE_WORK_TASK, null, "thư chuyển Phòng Nội vụ xử lý việc bình xét quá hạn")),
          List.of()),
      new ProcessContract(UNIT_INTRODUCTION, List.of(
          Element.userTask(INTRODUCTION_TASK, null, "đơn vị chủ trì giới thiệu điển hình"),
          Element.userTask(SHORTFALL_TASK, null,
              "thư chuyển Phòng Nội vụ xử lý đơn vị chủ trì chưa đạt chỉ tiêu giới thiệu")),
          List.of()));

  static final List<FormContract> FORMS = List.of(
      new FormContract("nomination-start", "hồ sơ đề cử nộp từ Tasklist", Stream.concat(
          Stream.of("roundYear", "nominatingUnit"), NominationIntake.FORM_FIELDS.stream())
          .toList()),
      new FormContract("nomination-correction", "hồ sơ hoàn thiện", List.of(
          "achievements", "criterionTc1", "criterionTc2", "criterionTc3", "criterionTc4", "specificCriteria")),
      new FormContract("council-review", "biểu quyết của Hội đồng", List.of(
          "councilAction", "councilMeetingDate", "councilMembersTotal", "councilMembersPresent", "councilVotesInFavour",
          "councilVotesAgainst", "councilComments", "evidenceRequest", "evidenceDueDate", NEW_ACHIEVEMENT_CONFIRMED)),
      new FormContract("chairman-decision", "quyết định của Chủ tịch UBND", List.of(
          "recognised", "proposeUpward", "proposeGoodDeed", "proposeOutstandingCitizen", "proposeBook",
          "decisionNumber", "decisionDate", "decisionReason")),
      new FormContract("city-outcome", "kết quả của Thành phố", List.of(
          "goodDeedAccepted", "bookAccepted", "cityMembersTotal", "cityMembersPresent", "cityVotesInFavour",
          "cityVotesAgainst", "cityDecisionNumber", "cityDecisionDate")),
      new FormContract("pending-matter", "kết quả giải quyết kỷ luật, thanh tra, khiếu nại", List.of(
          "pendingMatterOutcome", "pendingMatterNote")));

  static final List<DecisionContract> DECISIONS = List.of(
      new DecisionContract("general-eligibility", "điều kiện, tiêu chuẩn chung",
          List.of("nomineeKind", "generalCriteriaMet", "disciplinePending", "complaintPending"),
          List.of("eligible", "onHold", "reasons")),
      new DecisionContract("movement-eligibility", "tiêu chí cụ thể của phong trào",
          List.of("specificCriteriaMet"), List.of("eligible", "reasons")),
      new DecisionContract("movement-specific-criteria", "danh mục tiêu chí cụ thể của phong trào",
          List.of("movement"), List.of("criterionCode", "criterionLabel", "criterionMandatory")),
      new DecisionContract("council-vote-outcome", "kết quả biểu quyết",
          List.of("level", "awardSought", "membersTotal", "membersPresent", "votesInFavour"),
          List.of("quorumReached", "passed", "ruleApplied")),
      new DecisionContract("round-deadlines", "hạn của đợt bình xét",
          List.of("purpose", "level", "movement", "year"),
          List.of("deadlineDay", "deadlineMonth", "yearOffset", "reminderDaysBefore", "publicPostingWorkingDays")),
      new DecisionContract("yearly-targets", "chỉ tiêu hằng năm",
          List.of("unitType", "year"), List.of("comparison", "measure", "targetValue", "description")),
      new DecisionContract(NominationIntake.ENTRY_LEVEL, "cấp bắt đầu bình xét",
          List.of("unitKind", "chain"), List.of("entryLevel", "refusal")),
      new DecisionContract("target-counting", "hồ sơ được tính vào chỉ tiêu",
          List.of("unitType", "nomineeKind", "recognitionLevel", "proposedToCity", "proposedForBook",
              "outstandingCitizenTitle", "withdrawn"),
          List.of()),
      new DecisionContract(REPEAT_RECOGNITION, "cảnh báo đối tượng đã được công nhận ở đợt trước",
          List.of("yearsSince", "earlierLevel", "sameMovement"), List.of("warn", "ruleApplied")));

  private ModelContract() {}

  /** What a process model must keep: its elements known by id and its calls of other models. */
  record ProcessContract(String key, List<Element> elements, List<Call> calls) {}

  enum Kind {
    USER_TASK("công việc"),
    START_FORM("sự kiện bắt đầu"),
    STEP("bước"),
    END_EVENT("sự kiện kết thúc"),
    MESSAGE("thông điệp");

    final String words;

    Kind(String words) {
      this.words = words;
    }
  }

  /**
   * An element the code knows by its id (a message: by its name), with the Camunda Form it must show (none
   * named: any), and what the application does with it (said in the refusal).
   */
  record Element(String id, Kind kind, String formRef, String purpose) {

    static Element userTask(String id, String formRef, String purpose) {
      return new Element(id, Kind.USER_TASK, formRef, purpose);
    }

    /** The process's start event, whatever its id, shows this form. */
    static Element startForm(String formRef, String purpose) {
      return new Element(null, Kind.START_FORM, formRef, purpose);
    }

    static Element step(String id, String purpose) {
      return new Element(id, Kind.STEP, null, purpose);
    }

    static Element end(String id, String purpose) {
      return new Element(id, Kind.END_EVENT, null, purpose);
    }

    static Element message(String name, String purpose) {
      return new Element(name, Kind.MESSAGE, null, purpose);
    }
  }

  /**
   * A call activity: the model it calls, with the business key (the nomination's id) and the variables passed
   * in ({@code camunda:in} targets) and read back ({@code camunda:out} targets).
   */
  record Call(String id, String calledElement, List<String> inputs, List<String> outputs, String purpose) {}

  /** A Camunda Form by its id, with the field keys the code reads from what it submits. */
  record FormContract(String id, String purpose, List<String> fields) {}

  /**
   * A decision table by its key: the inputs the application gives it (each still read by an input of the
   * file's decisions) and the outputs (columns) the code reads.
   */
  record DecisionContract(String key, String purpose, List<String> inputs, List<String> outputs) {}
}
