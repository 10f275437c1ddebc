package vn.longbien.exemplar.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;
import vn.longbien.exemplar.nomination.NominationDecision;
import vn.longbien.exemplar.nomination.NominationDecisionRepository;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.BrowserSession;
import vn.longbien.exemplar.support.Officials;
import vn.longbien.exemplar.support.RestNominations;
import vn.longbien.exemplar.support.TestData;

/**
 * A council meeting or a chairman's decision whose submission was interrupted: the node stopped after the list was
 * marked submitted and before its lines were completed (simulated by marking it submitted in the database, as the
 * first step of a submission does). The lines without a result are resumed, each nominee's task completed once; what
 * already has a result is left as it is. Bồ Đề's nominations of the shared round, with nominees of their own.
 */
@ApplicationTest
class InterruptedListSubmissionTest {

  @Autowired private TestRestTemplate rest;
  @Autowired private RuntimeService runtimeService;
  @Autowired private ManagementService managementService;
  @Autowired private TaskService taskService;
  @Autowired private IdentityService identityService;
  @Autowired private NominationDecisionRepository decisions;
  @Autowired private JdbcTemplate jdbc;

  private final int year = TestData.sharedRound();

  @Test
  void theSecretaryResumesAnInterruptedMeetingFromItsPageAndEachNomineeIsVotedOnce() {
    List<String> ids = waitingForTheWardCouncil(3);
    long id = openedMeeting(ids);
    interruptedMeeting(id);
    BrowserSession secretary = new BrowserSession(rest.getRootUri()).signedInAs("bode.hoidong", "demo");

    String page = HtmlUtils.htmlUnescape(secretary.get("/meetings/" + id).body());
    assertThat(page).contains("3 hồ sơ chưa có kết quả ghi nhận", "Gửi tiếp");

    HttpResponse<String> resumed = secretary.postFormFrom("/meetings/" + id, "/meetings/" + id + "/resume", Map.of());

    assertThat(resumed.headers().firstValue("Location").orElseThrow()).endsWith("/meetings/" + id + "?resumed");
    Map<String, Object> meeting = read("/api/meetings/" + id, "bode.hoidong");
    assertThat((Map<String, Object>) meeting.get("counts"))
        .containsEntry("completed", 3).containsEntry("notCompleted", 0).containsEntry("pending", 0);
    for (String nomination : ids) {
      assertThat(councilVotes(nomination)).singleElement().extracting(NominationDecision::getMeetingId).isEqualTo(id);
      assertThat(openTask(nomination)).isEqualTo("Task_ChairmanDecision");
    }
    assertThat(HtmlUtils.htmlUnescape(secretary.get("/meetings/" + id).body())).doesNotContain("Gửi tiếp");
  }

  @Test
  void aNomineeVotedInTasklistBeforeTheResumptionIsReportedAndTheOthersAreCompleted() {
    List<String> ids = waitingForTheWardCouncil(2);
    long id = openedMeeting(ids);
    interruptedMeeting(id);
    Officials.completeAs(identityService, taskService, "bode.hoidong", "phuong-bode-hoidong", task(ids.get(0)), Map.of(
        "councilAction", "vote", "councilMeetingDate", year + "-01-09", "councilMembersTotal", 15,
        "councilMembersPresent", 13, "councilVotesInFavour", 9, "councilVotesAgainst", 4));

    Map<String, Object> meeting = call("bode.hoidong", "/api/meetings/" + id + "/resume", HttpStatus.OK);

    List<Map<String, Object>> lines = (List<Map<String, Object>>) meeting.get("lines");
    assertThat(lines.get(0)).containsEntry("result", "not-completed");
    assertThat((String) lines.get(0).get("resultReason")).contains("không còn chờ Hội đồng xét");
    assertThat(lines.get(1)).containsEntry("result", "completed").containsEntry("outcome", "passed");
    assertThat(councilVotes(ids.get(0))).singleElement().extracting(NominationDecision::getMeetingId).isNull();
  }

  @Test
  void aMeetingWithEveryResultRecordedOrStillADraftHasNothingToResume() {
    List<String> ids = waitingForTheWardCouncil(2);
    long draft = openedMeeting(ids.subList(0, 1));
    long submitted = openedMeeting(ids.subList(1, 2));
    call("bode.hoidong", "/api/meetings/" + submitted + "/submit", HttpStatus.OK);

    assertThat(message(call("bode.hoidong", "/api/meetings/" + submitted + "/resume", HttpStatus.CONFLICT)))
        .contains("không còn hồ sơ nào để gửi tiếp");
    assertThat(message(call("bode.hoidong", "/api/meetings/" + draft + "/resume", HttpStatus.CONFLICT)))
        .contains("Phiên họp chưa được gửi kết quả");
    assertThat(message(call("viethung.hoidong", "/api/meetings/" + submitted + "/resume", HttpStatus.NOT_FOUND)))
        .contains("Không tìm thấy phiên họp");
    assertThat(councilVotes(ids.get(0))).isEmpty();
  }

  @Test
  void twoResumptionsAtOnceCompleteEachNomineeOnce() throws Exception {
    List<String> ids = waitingForTheWardCouncil(4);
    long id = openedMeeting(ids);
    interruptedMeeting(id);
    Callable<HttpStatus> resume = () -> (HttpStatus) rest.withBasicAuth("bode.hoidong", "demo")
        .exchange("/api/meetings/" + id + "/resume", HttpMethod.POST, null, Map.class).getStatusCode();

    ExecutorService two = Executors.newFixedThreadPool(2);
    List<Future<HttpStatus>> answers;
    try {
      answers = two.invokeAll(List.of(resume, resume));
    } finally {
      two.shutdown();
    }

    for (Future<HttpStatus> answer : answers) {
      assertThat(answer.get()).isIn(HttpStatus.OK, HttpStatus.CONFLICT);
    }
    Map<String, Object> meeting = read("/api/meetings/" + id, "bode.hoidong");
    assertThat((Map<String, Object>) meeting.get("counts")).containsEntry("completed", 4).containsEntry("pending", 0);
    for (String nomination : ids) {
      assertThat(councilVotes(nomination)).as(nomination).hasSize(1);
    }
  }

  @Test
  void theChairmanResumesAnInterruptedDecisionAndEachNomineeIsDecidedOnce() {
    List<String> ids = passedByTheWardCouncil(2);
    Map<String, Object> decision = new LinkedHashMap<>();
    decision.put("decisionNumber", "41/QĐ-UBND");
    decision.put("decisionDate", year + "-01-15");
    decision.put("signer", "Nguyễn Văn An, Chủ tịch UBND");
    decision.put("lines", ids.stream().map(nomination -> (Object) Map.of("nominationId", nomination, "recognised", true,
        "reason", "Thành tích tiêu biểu của phường")).toList());
    long id = ((Number) post("bode.chutich", "/api/decisions", decision, HttpStatus.CREATED).get("id")).longValue();
    jdbc.update("UPDATE chairman_decision SET state = 'SUBMITTED', submitted_by = 'bode.chutich', "
        + "submitted_at = CURRENT_TIMESTAMP WHERE id = ?", id);
    assertThat(read("/api/decisions/" + id, "bode.chutich")).containsEntry("pending", 2);

    Map<String, Object> resumed = call("bode.chutich", "/api/decisions/" + id + "/resume", HttpStatus.OK);

    assertThat(resumed).containsEntry("completed", 2).containsEntry("pending", 0);
    for (String nomination : ids) {
      assertThat(decisions.findByNominationIdOrderByDecidedAtAscIdAsc(nomination).stream()
          .filter(d -> d.getKind() == NominationDecision.Kind.CHAIRMAN_DECISION).toList())
          .singleElement().extracting(NominationDecision::getDecisionNumber).isEqualTo("41/QĐ-UBND");
    }
    assertThat(message(call("bode.chutich", "/api/decisions/" + id + "/resume", HttpStatus.CONFLICT)))
        .contains("không còn ai để gửi tiếp");
  }

  // The nominations, the lists and the simulated interruption.

  private List<String> waitingForTheWardCouncil(int count) {
    RestNominations bode = new RestNominations(rest, runtimeService, managementService, taskService, year);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = bode.submitByBoDe(TestData.nominee("Lan Gửi Tiếp"));
      bode.afterPublicPosting(id);
      ids.add(id);
    }
    return ids;
  }

  private List<String> passedByTheWardCouncil(int count) {
    List<String> ids = waitingForTheWardCouncil(count);
    for (String id : ids) {
      Officials.completeAs(identityService, taskService, "bode.hoidong", "phuong-bode-hoidong", task(id), Map.of(
          "councilAction", "vote", "councilMeetingDate", year + "-01-10", "councilMembersTotal", 15,
          "councilMembersPresent", 12, "councilVotesInFavour", 11, "councilVotesAgainst", 1));
    }
    return ids;
  }

  private long openedMeeting(List<String> ids) {
    Map<String, Object> meeting = new LinkedHashMap<>();
    meeting.put("meetingDate", year + "-01-10");
    meeting.put("membersTotal", 15);
    meeting.put("membersPresent", 12);
    meeting.put("lines", ids.stream().map(id -> (Object) Map.of("nominationId", id, "action", "vote",
        "votesInFavour", 11, "votesAgainst", 1, "votesAbstaining", 0)).toList());
    return ((Number) post("bode.hoidong", "/api/meetings", meeting, HttpStatus.CREATED).get("id")).longValue();
  }

  /** What the first step of a submission leaves when the node stops right after it: submitted, no line settled. */
  private void interruptedMeeting(long id) {
    assertThat(jdbc.update("UPDATE council_meeting SET state = 'SUBMITTED', submitted_by = 'bode.hoidong', "
        + "submitted_at = CURRENT_TIMESTAMP WHERE id = ? AND state = 'DRAFT'", id)).isEqualTo(1);
  }

  private List<NominationDecision> councilVotes(String nominationId) {
    return decisions.findByNominationIdOrderByDecidedAtAscIdAsc(nominationId).stream()
        .filter(d -> d.getKind() == NominationDecision.Kind.COUNCIL_VOTE).toList();
  }

  private Task task(String nominationId) {
    return taskService.createTaskQuery().processInstanceBusinessKey(nominationId).singleResult();
  }

  private String openTask(String nominationId) {
    Task task = task(nominationId);
    return task == null ? null : task.getTaskDefinitionKey();
  }

  private Map<String, Object> read(String url, String user) {
    ResponseEntity<Map> response = rest.withBasicAuth(user, "demo").getForEntity(url, Map.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private Map<String, Object> call(String user, String url, HttpStatus expected) {
    return post(user, url, null, expected);
  }

  private Map<String, Object> post(String user, String url, Object body, HttpStatus expected) {
    ResponseEntity<Map> response = rest.withBasicAuth(user, "demo")
        .exchange(url, HttpMethod.POST, body == null ? null : new HttpEntity<>(body), Map.class);
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(expected);
    return response.getBody();
  }

  private static String message(Map<String, Object> body) {
    return (String) body.get("message");
  }
}
