package vn.longbien.exemplar.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Submits nominations through the REST API as a ward's nominating unit would, on a day inside their round's
 * window ({@link RoundClock}), and moves them on.
 */
public final class RestNominations {

  private final TestRestTemplate rest;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final TaskService taskService;
  private final int year;

  /** Submits for the round shared by the scenarios that tell their nominations apart by nominee. */
  public RestNominations(
      TestRestTemplate rest, RuntimeService runtimeService, ManagementService managementService,
      TaskService taskService) {
    this(rest, runtimeService, managementService, taskService, TestData.sharedRound());
  }

  public RestNominations(
      TestRestTemplate rest, RuntimeService runtimeService, ManagementService managementService,
      TaskService taskService, int year) {
    this.rest = rest;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.taskService = taskService;
    this.year = year;
  }

  /** The round the nominations are submitted for. */
  public int year() {
    return year;
  }

  /** Bồ Đề's nominating unit submits an eligible individual; returns the business key. */
  public String submitByBoDe(String nomineeName) {
    ResponseEntity<Map> response = startByBoDe(nomineeName);
    if (response.getStatusCode() != HttpStatus.OK) {
      throw new IllegalStateException("Submission refused: " + response);
    }
    return (String) response.getBody().get("businessKey");
  }

  /**
   * Bồ Đề's nominating unit starts the review of an eligible individual as Tasklist's start form does, on a day
   * inside the round's window.
   */
  public ResponseEntity<Map> startByBoDe(String nomineeName) {
    return RoundClock.inRound(year, () -> startByBoDeToday(nomineeName));
  }

  /** As {@link #startByBoDe}, on the day the engine clock shows. */
  public ResponseEntity<Map> startByBoDeToday(String nomineeName) {
    return startByBoDeToday(nomineeName, true);
  }

  /** As {@link #startByBoDeToday}, the year left empty as Tasklist's start form opens. */
  public ResponseEntity<Map> startByBoDeLeavingTheYearEmpty(String nomineeName) {
    return startByBoDeToday(nomineeName, false);
  }

  private ResponseEntity<Map> startByBoDeToday(String nomineeName, boolean withYear) {
    return rest.withBasicAuth("bode.donvi", "demo").postForEntity(
        "/engine-rest/process-definition/key/nomination-review/start",
        Map.of("variables", startForm("phuong-bode", nomineeName, withYear ? year : null)), Map.class);
  }

  /**
   * Every field of the start form, filled for an eligible individual of the unit, typed as REST takes them; the
   * year left out when null (the round open on the engine clock's day).
   */
  public static Map<String, Object> startForm(String unit, String nomineeName, Integer year) {
    Map<String, Object> variables = new LinkedHashMap<>();
    if (year != null) {
      variables.put("roundYear", typed(year, "Integer"));
    }
    variables.put("nominatingUnit", typed(unit, "String"));
    variables.put("nomineeKind", typed("ca-nhan", "String"));
    variables.put("nomineeName", typed(nomineeName, "String"));
    variables.put("birthYear", typed(1978, "Integer"));
    variables.put("gender", typed("nu", "String"));
    variables.put("positionTitle", typed("Tổ trưởng tổ dân phố", "String"));
    variables.put("workplace", typed("Tổ dân phố 5", "String"));
    variables.put("wardOrUnit", typed("Phường Bồ Đề", "String"));
    variables.put("movement", typed("chung", "String"));
    variables.put("achievements", typed("Vận động nhân dân hiến đất mở đường ngõ.", "String"));
    for (String criterion : List.of("criterionTc1", "criterionTc2", "criterionTc3", "criterionTc4")) {
      variables.put(criterion, typed(true, "Boolean"));
    }
    variables.put("disciplinePending", typed(false, "Boolean"));
    variables.put("complaintPending", typed(false, "Boolean"));
    return variables;
  }

  /** Ends the public posting period (its timer) and returns the ward council's task. */
  public Task afterPublicPosting(String businessKey) {
    return afterPublicPosting(runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey).processDefinitionKey("nomination-review").singleResult());
  }

  public Task afterPublicPosting(ProcessInstance nomination) {
    ProcessInstance levelReview = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(nomination.getId()).singleResult();
    Job postingTimer = managementService.createJobQuery().processInstanceId(levelReview.getId()).timers()
        .activityId("Event_PostingPeriodOver").singleResult();
    managementService.executeJob(postingTimer.getId());
    return taskService.createTaskQuery().processInstanceId(levelReview.getId()).singleResult();
  }

  /** The ward council's vote as Tasklist's form sends it with the task's completion (typed variables). */
  public static Map<String, Object> councilVote() {
    return Map.of("variables", Map.of(
        "councilAction", typed("vote", "String"),
        "councilMeetingDate", typed("2027-01-10", "String"),
        "councilMembersTotal", typed(15, "Integer"),
        "councilMembersPresent", typed(13, "Integer"),
        "councilVotesInFavour", typed(12, "Integer"),
        "councilVotesAgainst", typed(1, "Integer")));
  }

  public static Map<String, Object> typed(Object value, String type) {
    return Map.of("value", value, "type", type);
  }
}
