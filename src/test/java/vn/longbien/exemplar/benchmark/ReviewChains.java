package vn.longbien.exemplar.benchmark;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import vn.longbien.exemplar.nomination.api.NominationService;
import vn.longbien.exemplar.nomination.api.NominationRequest;

/**
 * Drives one nomination as the officials would, through the Java API under each official's identity: the
 * ward's nominating unit submits it through the application's service; every user task is found by the
 * nomination's business key, claimed and completed with the form's data by its group's official. The
 * public posting timers are executed through the ManagementService (their due date is days away, so the
 * job executor leaves them alone), as the job executor would once the posting ends.
 *
 * <p>The bare chain makes exactly the same start, query, claim and complete calls with the same form data
 * on {@code benchmark/bare-review.bpmn}: five user tasks in a row offered to the same groups, nothing else.
 */
final class ReviewChains {

  /** The round every nomination of the run is for; the run keeps the engine clock inside its window. */
  static final int ROUND = 2025;


  static final String BARE_PROCESS = "bare-review";
  static final int USER_TASKS = 5;

  /** The councils' attendance and votes, the same for every nominee, per task or at a meeting. */
  record Vote(int total, int present, int inFavour, int against) {}

  static final Vote WARD_VOTE = new Vote(15, 13, 12, 1);
  static final Vote DISTRICT_VOTE = new Vote(21, 19, 18, 1);
  static final String MEETING_DATE = "2025-01-10";
  static final String DECISION_NUMBER = "35/QĐ-UBND";
  static final String DECISION_DATE = "2025-01-12";

  private final NominationService nominations;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final Officials officials;
  private final List<String> wards;

  ReviewChains(
      NominationService nominations, RuntimeService runtime, TaskService tasks, ManagementService management,
      Officials officials, List<String> wards) {
    this.nominations = nominations;
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.officials = officials;
    this.wards = wards;
  }

  String wardOf(int index) {
    return wards.get(index % wards.size());
  }

  /** Submits nomination {@code index} of a batch and ends its ward posting: it waits for the ward council. */
  String submitToWardCouncil(String batch, int index) {
    String ward = wardOf(index);
    String id = officials.as(ward + "-donvi", () -> nominations.submit(request(batch, index, ward))).getId();
    endPublicPosting(id);
    return id;
  }

  /** The whole three-tier chain: ward council and chairman, district council and chairman, the city. */
  void fullChain(String batch, int index) {
    String ward = wardOf(index);
    String id = submitToWardCouncil(batch, index);
    work(ward + "-hoidong", id, vote(WARD_VOTE));
    work(ward + "-chutich", id, wardDecision());
    endPublicPosting(id);
    work(Officials.DISTRICT + "-hoidong", id, vote(DISTRICT_VOTE));
    boolean title = asksForTheTitle(index);
    work(Officials.DISTRICT + "-chutich", id, districtDecision(title));
    work(Officials.CITY_BOARD, id, cityOutcome(title));
  }

  /** The same five user tasks, same groups, same calls and form data, on the bare model. */
  void bareChain(String batch, int index) {
    String ward = wardOf(index);
    String id = "BARE-" + batch + "-" + index;
    officials.as(ward + "-donvi", () -> runtime.startProcessInstanceByKey(BARE_PROCESS, id, Map.of("ward", ward)));
    work(ward + "-hoidong", id, vote(WARD_VOTE));
    work(ward + "-chutich", id, wardDecision());
    work(Officials.DISTRICT + "-hoidong", id, vote(DISTRICT_VOTE));
    boolean title = asksForTheTitle(index);
    work(Officials.DISTRICT + "-chutich", id, districtDecision(title));
    work(Officials.CITY_BOARD, id, cityOutcome(title));
  }

  /** One district proposal in ten asks for the capped title "Công dân Thủ đô ưu tú" as well. */
  static boolean asksForTheTitle(int index) {
    return index % 10 == 0;
  }

  /** The group's official finds the nomination's task by its business key, claims it and completes it. */
  void work(String group, String businessKey, Map<String, Object> form) {
    String user = Officials.userOf(group);
    officials.as(group, () -> {
      Task task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
      if (task == null) {
        throw new IllegalStateException(user + " sees no task of " + businessKey);
      }
      tasks.claim(task.getId(), user);
      tasks.complete(task.getId(), form);
    });
  }

  /** Executes the posting timer of the nomination's running level review, as the job executor would. */
  void endPublicPosting(String id) {
    ProcessInstance level = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(id).processDefinitionKey("level-review").singleResult();
    Job timer = management.createJobQuery().processInstanceId(level.getId()).timers().singleResult();
    management.executeJob(timer.getId());
  }

  private static NominationRequest request(String batch, int index, String ward) {
    return new NominationRequest(
        ROUND, ward, "ca-nhan", "Nguyễn Thị Hồng " + batch + "-" + index, 1960 + index % 40, "nu",
        "Tổ trưởng tổ dân phố", "Đợt đo " + batch, "Tổ dân phố " + (index % 30 + 1), "chung",
        "Vận động nhân dân hiến đất mở đường ngõ, giữ gìn vệ sinh môi trường khu dân cư.",
        List.of("tc1", "tc2", "tc3", "tc4"), List.of(), false, false);
  }

  private static Map<String, Object> vote(Vote vote) {
    return Map.of(
        "councilAction", "vote", "councilMeetingDate", MEETING_DATE, "councilMembersTotal", vote.total(),
        "councilMembersPresent", vote.present(), "councilVotesInFavour", vote.inFavour(),
        "councilVotesAgainst", vote.against());
  }

  /** The ward chairman recognises and proposes to the district. */
  private static Map<String, Object> wardDecision() {
    return decision().putValue("proposeUpward", true);
  }

  /** The district chairman recognises and proposes to the city. */
  private static Map<String, Object> districtDecision(boolean outstandingCitizen) {
    return decision().putValue("proposeGoodDeed", true).putValue("proposeOutstandingCitizen", outstandingCitizen);
  }

  private static VariableMap decision() {
    return Variables.createVariables()
        .putValue("recognised", true).putValue("decisionNumber", DECISION_NUMBER).putValue("decisionDate", DECISION_DATE);
  }

  static Map<String, Object> cityOutcome(boolean outstandingCitizen) {
    Map<String, Object> outcome = Variables.createVariables()
        .putValue("goodDeedAccepted", true).putValue("cityDecisionNumber", "210/QĐ-UBND")
        .putValue("cityDecisionDate", "2025-01-25");
    if (outstandingCitizen) {
      outcome.putAll(Map.of("cityMembersTotal", 30, "cityMembersPresent", 28, "cityVotesInFavour", 27, "cityVotesAgainst", 1));
    }
    return outcome;
  }
}
