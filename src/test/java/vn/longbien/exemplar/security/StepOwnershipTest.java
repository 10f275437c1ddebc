package vn.longbien.exemplar.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.longbien.exemplar.support.RestNominations.typed;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.longbien.exemplar.forms.FormDataRefusedException;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.RestNominations;
import vn.longbien.exemplar.support.RoundClock;
import vn.longbien.exemplar.support.TestData;

/**
 * A step's form owns its data, and a task belongs to its group: a Bồ Đề council member who knows Camunda REST
 * (or code calling the Java API as them) can neither re-route a nomination to another ward, nor rewrite another
 * step's data, nor hand, share or postpone the task outside the rules.
 */
@ApplicationTest
@SuppressWarnings({"rawtypes", "unchecked"})
class StepOwnershipTest {

  private static final AtomicInteger NOMINEES = new AtomicInteger();
  /** A second member of Bồ Đề's council, to whom the first may hand the task. */
  private static final String COLLEAGUE = "bode.hoidong.phoban";

  @Autowired private TestRestTemplate rest;
  @Autowired private RuntimeService runtimeService;
  @Autowired private ManagementService managementService;
  @Autowired private TaskService taskService;
  @Autowired private IdentityService identityService;
  @Autowired private JdbcTemplate jdbc;

  private RestNominations nominations;
  private String nominee;
  private Task council;

  @BeforeEach
  void boDeNominationReachesItsWardCouncil() {
    nominations = new RestNominations(rest, runtimeService, managementService, taskService);
    nominee = "Phan Thị Sở Hữu " + NOMINEES.incrementAndGet();
    council = nominations.afterPublicPosting(nominations.submitByBoDe(nominee));
    if (identityService.createUserQuery().userId(COLLEAGUE).count() == 0) {
      User colleague = identityService.newUser(COLLEAGUE);
      colleague.setFirstName("Phó ban");
      colleague.setLastName("Hội đồng");
      colleague.setPassword("demo");
      identityService.saveUser(colleague);
      identityService.createMembership(COLLEAGUE, "phuong-bode-hoidong");
    }
  }

  @AfterEach
  void clearJavaApiAuthentication() {
    identityService.clearAuthentication();
  }

  @Test
  void writingTheReviewUnitThroughTaskVariablesIsRefusedAndTheChairmanStaysBoDes() {
    ResponseEntity<Map> rerouted = asBoDeCouncil().postForEntity(task("/variables"),
        Map.of("modifications", Map.of("reviewUnit", typed("phuong-viethung", "String"))), Map.class);
    completeCouncilVote();

    assertThat(rerouted.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rerouted.getBody()).containsEntry("type", "FormDataRefused");
    assertThat((String) rerouted.getBody().get("message")).contains("reviewUnit");
    Task chairman = taskService.createTaskQuery().processInstanceId(council.getProcessInstanceId()).singleResult();
    assertThat(taskService.getIdentityLinksForTask(chairman.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("phuong-bode-chutich");
  }

  @Test
  void noVariableOfTheReviewCanBeRewrittenThroughAnyTaskVariableEndpoint() {
    List<ResponseEntity<Map>> answers = List.of(
        asBoDeCouncil().exchange(task("/variables/secretariatGroup"), HttpMethod.PUT,
            new HttpEntity<>(typed("phuong-viethung-hoidong", "String")), Map.class),
        asBoDeCouncil().exchange(task("/variables/nomineeName"), HttpMethod.PUT,
            new HttpEntity<>(typed("Tên đã bị đổi", "String")), Map.class),
        asBoDeCouncil().postForEntity(task("/localVariables"),
            Map.of("modifications", Map.of("reviewUnit", typed("phuong-viethung", "String"))), Map.class),
        asBoDeCouncil().exchange(task("/variables/reviewUnit"), HttpMethod.DELETE, null, Map.class));

    assertThat(answers).extracting(ResponseEntity::getStatusCode).containsOnly(HttpStatus.BAD_REQUEST);
    assertThat(runtimeService.getVariable(council.getProcessInstanceId(), "secretariatGroup"))
        .isEqualTo("phong-noivu-thuongtruc");
    // The nominee's name lives in the nomination's record, not in the level's review: the refused write created nothing.
    assertThat(runtimeService.getVariable(council.getProcessInstanceId(), "nomineeName")).isNull();
    assertThat(runtimeService.getVariable(council.getProcessInstanceId(), "reviewUnit")).isEqualTo("phuong-bode");
    assertThat(taskService.getVariablesLocal(council.getId())).isEmpty();
  }

  @Test
  void completingWithVariablesBeyondTheFormIsRefusedNamingThemAndWritesNothing() {
    Map<String, Object> variables = new LinkedHashMap<>(councilVoteVariables());
    variables.put("reviewUnit", typed("phuong-viethung", "String"));
    variables.put("nomineeName", typed("Tên đã bị đổi", "String"));
    variables.put("recognised", typed(true, "Boolean"));
    variables.put("proposeUpward", typed(true, "Boolean"));

    ResponseEntity<Map> completion = asBoDeCouncil().postForEntity(task("/complete"), Map.of("variables", variables), Map.class);

    assertThat(completion.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, String>>) completion.getBody().get("fieldErrors")).extracting(error -> error.get("field"))
        .containsExactlyInAnyOrder("reviewUnit", "nomineeName", "recognised", "proposeUpward");
    assertThat(taskService.createTaskQuery().taskId(council.getId()).count()).isOne();
    assertThat(runtimeService.getVariable(council.getProcessInstanceId(), "councilAction")).isNull();
    assertThat(councilVotesRecorded()).isZero();
  }

  @Test
  void submittingTheFormWithVariablesBeyondItIsRefused() {
    Map<String, Object> variables = new LinkedHashMap<>(councilVoteVariables());
    variables.put("level", typed("quan", "String"));

    ResponseEntity<Map> submission = asBoDeCouncil().postForEntity(task("/submit-form"), Map.of("variables", variables), Map.class);

    assertThat(submission.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) submission.getBody().get("message")).contains("level", "councilAction, councilMeetingDate");
    assertThat(taskService.createTaskQuery().taskId(council.getId()).count()).isOne();
  }

  @Test
  void aVoteTheFormWouldNotAcceptIsRefused() {
    Map<String, Object> variables = new LinkedHashMap<>(councilVoteVariables());
    variables.put("councilMembersPresent", typed(16, "Integer"));

    ResponseEntity<Map> completion = asBoDeCouncil().postForEntity(task("/complete"), Map.of("variables", variables), Map.class);

    assertThat(completion.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, String>>) completion.getBody().get("fieldErrors"))
        .containsExactly(Map.of("field", "councilMembersPresent", "message", "không được lớn hơn 15"));
    assertThat(councilVotesRecorded()).isZero();
  }

  @Test
  void addingAnotherWardsGroupToATaskIsRefused() {
    ResponseEntity<Map> shared = asBoDeCouncil().postForEntity(task("/identity-links"),
        Map.of("groupId", "phuong-viethung-hoidong", "type", "candidate"), Map.class);

    assertThat(shared.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskService.getIdentityLinksForTask(council.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("phuong-bode-hoidong");
    assertThat(rest.withBasicAuth("viethung.hoidong", "demo").getForEntity(task(""), Map.class).getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
  }

  @Test
  void anOfficialCannotPostponeOrRenameTheirTask() {
    Map<String, Object> task = Map.of("name", "Để sau", "due", "2030-01-31T00:00:00.000+0700", "priority", 50);

    ResponseEntity<Map> postponed = asBoDeCouncil().exchange(task(""), HttpMethod.PUT, new HttpEntity<>(task), Map.class);

    assertThat(postponed.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    Task unchanged = taskService.createTaskQuery().taskId(council.getId()).singleResult();
    assertThat(unchanged.getDueDate()).isEqualTo(council.getDueDate());
    assertThat(unchanged.getName()).isEqualTo(council.getName()).contains(nominee);
  }

  @Test
  void aTaskIsAssignedOrDelegatedOnlyToAMemberOfItsGroup() {
    ResponseEntity<Map> toVietHung =
        asBoDeCouncil().postForEntity(task("/assignee"), Map.of("userId", "viethung.hoidong"), Map.class);
    ResponseEntity<Map> delegatedToVietHung =
        asBoDeCouncil().postForEntity(task("/delegate"), Map.of("userId", "viethung.hoidong"), Map.class);
    ResponseEntity<Map> claimedForVietHung =
        asBoDeCouncil().postForEntity(task("/claim"), Map.of("userId", "viethung.hoidong"), Map.class);

    assertThat(List.of(toVietHung, delegatedToVietHung, claimedForVietHung)).extracting(ResponseEntity::getStatusCode)
        .containsOnly(HttpStatus.BAD_REQUEST);
    assertThat((String) toVietHung.getBody().get("message")).contains("không thuộc nhóm được giao công việc này");
    assertThat(taskService.createTaskQuery().taskId(council.getId()).singleResult().getAssignee()).isNull();
    assertThat(rest.withBasicAuth("viethung.hoidong", "demo").getForEntity(task(""), Map.class).getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
  }

  @Test
  void aCouncilMemberHandsTheTaskToAColleagueWhoThenWorksIt() {
    ResponseEntity<String> handed =
        asBoDeCouncil().postForEntity(task("/assignee"), Map.of("userId", COLLEAGUE), String.class);
    ResponseEntity<String> completed = rest.withBasicAuth(COLLEAGUE, "demo")
        .postForEntity(task("/complete"), Map.of("variables", councilVoteVariables()), String.class);

    assertThat(handed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void anotherWardCannotUnclaimOrReassignTheTask() {
    asBoDeCouncil().postForEntity(task("/claim"), Map.of("userId", "bode.hoidong"), String.class);
    TestRestTemplate vietHung = rest.withBasicAuth("viethung.hoidong", "demo");

    ResponseEntity<String> unclaimed = vietHung.postForEntity(task("/unclaim"), null, String.class);
    ResponseEntity<String> reassigned = vietHung.postForEntity(task("/assignee"), Map.of("userId", COLLEAGUE), String.class);

    assertThat(unclaimed.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(reassigned.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskService.createTaskQuery().taskId(council.getId()).singleResult().getAssignee()).isEqualTo("bode.hoidong");
  }

  @Test
  void startingTheReviewWithRoutingVariablesIsRefusedAndStoresNothing() {
    String name = "Đỗ Văn Định Tuyến " + NOMINEES.incrementAndGet();
    Map<String, Object> variables = new LinkedHashMap<>(RestNominations.startForm("phuong-bode", name, TestData.sharedRound()));
    variables.put("reviewUnit", typed("phuong-viethung", "String"));
    variables.put("level", typed("quan", "String"));
    variables.put("secretariatGroup", typed("phuong-viethung-hoidong", "String"));

    ResponseEntity<Map> started = RoundClock.inRound(TestData.sharedRound(), () -> rest.withBasicAuth("bode.donvi", "demo")
        .postForEntity("/engine-rest/process-definition/key/nomination-review/start", Map.of("variables", variables),
            Map.class));

    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, String>>) started.getBody().get("fieldErrors")).extracting(error -> error.get("field"))
        .containsExactlyInAnyOrder("reviewUnit", "level", "secretariatGroup");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM nomination WHERE nominee_name = ?", Integer.class, name)).isZero();
  }

  @Test
  void startingTheReviewPartWayThroughIsRefused() {
    Map<String, Object> body = Map.of(
        "variables", RestNominations.startForm("phuong-bode", "Vũ Văn Tắt " + NOMINEES.incrementAndGet(), TestData.sharedRound()),
        "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Gateway_EntryLevel")));

    ResponseEntity<Map> started = RoundClock.inRound(TestData.sharedRound(), () -> rest.withBasicAuth("bode.donvi", "demo")
        .postForEntity("/engine-rest/process-definition/key/nomination-review/start", body, Map.class));

    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aNominationsReviewCannotBeStartedAgainByAnyone() {
    String businessKey = runtimeService.createProcessInstanceQuery().processInstanceId(council.getProcessInstanceId())
        .singleResult().getBusinessKey();

    ResponseEntity<Map> byVietHung = rest.withBasicAuth("viethung.donvi", "demo").postForEntity(
        "/engine-rest/process-definition/key/nomination-review/start", Map.of("businessKey", businessKey), Map.class);
    ResponseEntity<Map> again = rest.withBasicAuth("bode.donvi", "demo").postForEntity(
        "/engine-rest/process-definition/key/nomination-review/start", Map.of("businessKey", businessKey), Map.class);

    assertThat(byVietHung.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) again.getBody().get("message")).contains("đã được đưa vào bình xét");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .processDefinitionKey("nomination-review").count()).isOne();
  }

  @Test
  void aCommentGoesOnlyOnATaskTheOfficialMaySee() {
    ResponseEntity<String> own = asBoDeCouncil().postForEntity(task("/comment/create"),
        Map.of("message", "Cần xem thêm biên bản của tổ dân phố"), String.class);
    ResponseEntity<String> foreign = rest.withBasicAuth("viethung.hoidong", "demo").postForEntity(task("/comment/create"),
        Map.of("message", "Ý kiến của phường khác"), String.class);

    assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
    // Camunda REST answers "no task found" to whoever may not read the task; the Java API is refused the same.
    assertThat(foreign.getStatusCode()).isIn(HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN);
    identityService.setAuthentication("viethung.hoidong", List.of("phuong-viethung-hoidong"));
    assertThatThrownBy(() -> taskService.createComment(council.getId(), council.getProcessInstanceId(), "Ý kiến khác"))
        .isInstanceOf(AuthorizationException.class);
    identityService.clearAuthentication();
    assertThat(taskService.getTaskComments(council.getId())).extracting(c -> c.getFullMessage())
        .containsExactly("Cần xem thêm biên bản của tổ dân phố");
  }

  @Test
  void aCommentIsReadOnlyByWhoMayReadItsTaskEvenWhenItsIdIsKnown() {
    ResponseEntity<Map> written = asBoDeCouncil().postForEntity(task("/comment/create"),
        Map.of("message", "Biên bản họp tổ dân phố còn thiếu chữ ký"), Map.class);
    String commentPath = task("/comment/" + written.getBody().get("id"));

    ResponseEntity<Map> own = asBoDeCouncil().getForEntity(commentPath, Map.class);
    ResponseEntity<Map> otherWard = rest.withBasicAuth("viethung.hoidong", "demo").getForEntity(commentPath, Map.class);

    assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(own.getBody().get("message")).isEqualTo("Biên bản họp tổ dân phố còn thiếu chữ ký");
    assertThat(otherWard.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(String.valueOf(otherWard.getBody())).doesNotContain("chữ ký");
  }

  @Test
  void aBpmnErrorThatTheTaskDoesNotCatchIsRefused() {
    ResponseEntity<Map> thrown = asBoDeCouncil().postForEntity(task("/bpmnError"),
        Map.of("errorCode", "bo-qua", "errorMessage", "Kết thúc sớm"), Map.class);

    assertThat(thrown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(taskService.createTaskQuery().taskId(council.getId()).count()).isOne();
  }

  @Test
  void theTaskNamesTheNomineeFromTheRecordNotFromAVariable() {
    // An administrator's edit of the variable (Cockpit) does not rename the nominee in later tasks.
    ResponseEntity<String> edited = rest.withBasicAuth("demo", "demo").exchange(
        "/engine-rest/process-instance/" + council.getProcessInstanceId() + "/variables/nomineeName", HttpMethod.PUT,
        new HttpEntity<>(typed("Tên đã bị đổi", "String")), String.class);
    completeCouncilVote();

    Task chairman = taskService.createTaskQuery().processInstanceId(council.getProcessInstanceId()).singleResult();
    assertThat(edited.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(chairman.getName()).endsWith(": " + nominee).doesNotContain("Tên đã bị đổi");
  }

  @Test
  void aChairmanDecisionWithAProposalTheLevelDoesNotMakeIsRefusedNamingTheFieldsThatApply() {
    String businessKey = runtimeService.createProcessInstanceQuery().processInstanceId(council.getProcessInstanceId())
        .singleResult().getBusinessKey();
    completeCouncilVote();
    Task wardChairman = taskService.createTaskQuery().processInstanceId(council.getProcessInstanceId()).singleResult();
    assertThat(rest.withBasicAuth("bode.chutich", "demo").postForEntity("/engine-rest/task/" + wardChairman.getId() + "/complete",
        Map.of("variables", Map.of("recognised", typed(true, "Boolean"), "proposeUpward", typed(true, "Boolean"),
            "decisionNumber", typed("12/QĐ-UBND", "String"), "decisionDate", typed("2027-01-12", "String"))), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Task districtCouncil = nominations.afterPublicPosting(businessKey);
    assertThat(rest.withBasicAuth("quan.hoidong", "demo").postForEntity("/engine-rest/task/" + districtCouncil.getId()
        + "/complete", RestNominations.councilVote(), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Task districtChairman =
        taskService.createTaskQuery().processInstanceId(districtCouncil.getProcessInstanceId()).singleResult();

    // The district proposes to the city (good deed, the title, the book), not "upward" to a district.
    ResponseEntity<Map> upward = rest.withBasicAuth("quan.chutich", "demo").postForEntity(
        "/engine-rest/task/" + districtChairman.getId() + "/complete",
        Map.of("variables", Map.of("recognised", typed(true, "Boolean"), "proposeUpward", typed(true, "Boolean"),
            "proposeGoodDeed", typed(true, "Boolean"), "decisionNumber", typed("30/QĐ-UBND", "String"),
            "decisionDate", typed("2027-01-20", "String"))), Map.class);

    assertThat(upward.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, String>>) upward.getBody().get("fieldErrors")).extracting(error -> error.get("field"))
        .containsExactly("proposeUpward");
    assertThat((String) upward.getBody().get("message"))
        .contains("Các trường áp dụng ở bước này: recognised, proposeGoodDeed, proposeOutstandingCitizen, proposeBook");
    assertThat(taskService.createTaskQuery().taskId(districtChairman.getId()).count()).isOne();
  }

  @Test
  void theJavaApiRefusesVariablesBeyondTheForm() {
    identityService.setAuthentication("bode.hoidong", List.of("phuong-bode-hoidong"));
    Map<String, Object> variables = new HashMap<>(councilVote());
    variables.put("reviewUnit", "phuong-viethung");

    assertThatThrownBy(() -> taskService.complete(council.getId(), variables))
        .isInstanceOf(FormDataRefusedException.class).hasMessageContaining("reviewUnit");
    assertThatThrownBy(() -> taskService.setVariable(council.getId(), "secretariatGroup", "phuong-viethung-hoidong"))
        .isInstanceOf(FormDataRefusedException.class);
    assertThatThrownBy(() -> taskService.removeVariable(council.getId(), "reviewUnit"))
        .isInstanceOf(FormDataRefusedException.class);
    identityService.clearAuthentication();
    assertThat(runtimeService.getVariable(council.getProcessInstanceId(), "reviewUnit")).isEqualTo("phuong-bode");
  }

  @Test
  void theJavaApiRefusesAnOfficialTheTasksOwnProperties() {
    identityService.setAuthentication("bode.hoidong", List.of("phuong-bode-hoidong"));

    assertThatThrownBy(() -> taskService.setDueDate(council.getId(), new java.util.Date(4_000_000_000_000L)))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> taskService.addCandidateGroup(council.getId(), "phuong-viethung-hoidong"))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> taskService.setOwner(council.getId(), "bode.hoidong"))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> taskService.setAssignee(council.getId(), "viethung.hoidong"))
        .isInstanceOf(org.camunda.bpm.engine.BadUserRequestException.class);
    identityService.clearAuthentication();
    assertThat(taskService.getIdentityLinksForTask(council.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("phuong-bode-hoidong");
  }

  @Test
  void theJavaApiRefusesAStartWithVariablesBeyondTheStartForm() {
    identityService.setAuthentication("bode.donvi", List.of("phuong-bode-donvi"));
    Map<String, Object> variables = new HashMap<>();
    RestNominations.startForm("phuong-bode", "Lại Văn Khởi " + NOMINEES.incrementAndGet(), TestData.sharedRound())
        .forEach((name, typed) -> variables.put(name, ((Map<String, Object>) typed).get("value")));
    variables.put("secretariatGroup", "phuong-bode-donvi");

    assertThatThrownBy(() -> RoundClock.inRound(TestData.sharedRound(),
        () -> runtimeService.startProcessInstanceByKey("nomination-review", variables)))
        .isInstanceOf(FormDataRefusedException.class).hasMessageContaining("secretariatGroup");
  }

  private TestRestTemplate asBoDeCouncil() {
    return rest.withBasicAuth("bode.hoidong", "demo");
  }

  private String task(String path) {
    return "/engine-rest/task/" + council.getId() + path;
  }

  private void completeCouncilVote() {
    assertThat(asBoDeCouncil().postForEntity(task("/complete"), Map.of("variables", councilVoteVariables()), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private int councilVotesRecorded() {
    String id = runtimeService.createProcessInstanceQuery().processInstanceId(council.getProcessInstanceId()).singleResult()
        .getBusinessKey();
    return jdbc.queryForObject("SELECT count(*) FROM nomination_decision WHERE nomination_id = ? AND kind = 'COUNCIL_VOTE'",
        Integer.class, id);
  }

  private static Map<String, Object> councilVoteVariables() {
    return (Map<String, Object>) RestNominations.councilVote().get("variables");
  }

  private static Map<String, Object> councilVote() {
    return Map.of("councilAction", "vote", "councilMeetingDate", "2027-01-10", "councilMembersTotal", 15,
        "councilMembersPresent", 13, "councilVotesInFavour", 12, "councilVotesAgainst", 1);
  }
}
