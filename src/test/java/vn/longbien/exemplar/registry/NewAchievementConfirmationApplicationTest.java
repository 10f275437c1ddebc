package vn.longbien.exemplar.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.longbien.exemplar.nomination.NominationDecision;
import vn.longbien.exemplar.nomination.NominationDecisionRepository;
import vn.longbien.exemplar.nomination.NominationRepository;
import vn.longbien.exemplar.nomination.NominationStatus;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.RestNominations;
import vn.longbien.exemplar.support.TestData;

/**
 * A nominee recognised in an earlier round for the same movement: the council reads the earlier rounds and a warning,
 * and passes the nominee only with its confirmation that the nomination is for a new achievement, recorded with the
 * vote. Without it the vote is refused and nothing is stored — in Tasklist's form and at a meeting alike.
 */
@ApplicationTest
@SuppressWarnings({"unchecked", "rawtypes"})
class NewAchievementConfirmationApplicationTest {

  @Autowired private TestRestTemplate rest;
  @Autowired private RuntimeService runtimeService;
  @Autowired private ManagementService managementService;
  @Autowired private TaskService taskService;
  @Autowired private NominationRepository nominations;
  @Autowired private NominationDecisionRepository decisions;

  @Autowired private RegistryScenarios scenarios;
  private RestNominations thisYear;
  private int lastYear;

  @BeforeEach
  void scenarios() {
    lastYear = RegistryScenarios.firstRound();
    thisYear = new RestNominations(rest, runtimeService, managementService, taskService, lastYear + 1);
  }

  @Test
  void theCouncilsFormShowsTheEarlierRoundAndTheWarningOfANomineeRecognisedForTheSameMovement() {
    String name = TestData.nominee("Nguyễn Thị Hằng");
    scenarios.recognised(scenarios.person(lastYear, "phuong-bode", name, 1978), "phuong");

    Task council = thisYear.afterPublicPosting(thisYear.submitByBoDe(name));

    assertThat(taskService.getVariable(council.getId(), "repeatWarned")).isEqualTo(true);
    assertThat((String) taskService.getVariable(council.getId(), "repeatWarning"))
        .contains(name).contains("cấp phường năm " + lastYear).contains("cùng phong trào");
    assertThat(rest.withBasicAuth("bode.hoidong", "demo")
        .getForObject("/engine-rest/task/" + council.getId() + "/deployed-form", String.class))
        .contains("Các lần đề cử trước của đối tượng này")
        .contains(lastYear + " — Phường Bồ Đề").contains("công nhận cấp phường");
  }

  @Test
  void passingAWarnedNomineeInTasklistWithoutTheConfirmationIsRefusedAndNothingIsStored() {
    String name = TestData.nominee("Nguyễn Thị Hằng");
    scenarios.recognised(scenarios.person(lastYear, "phuong-bode", name, 1978), "phuong");
    String id = thisYear.submitByBoDe(name);
    Task council = thisYear.afterPublicPosting(id);

    ResponseEntity<Map> refused = complete(council, RestNominations.councilVote());

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains("đã được công nhận cấp phường năm " + lastYear)
        .contains("chưa xác nhận hồ sơ đề cử này là cho thành tích mới");
    assertThat(taskService.createTaskQuery().taskId(council.getId()).count()).isEqualTo(1);
    assertThat(nominations.findById(id).orElseThrow().getStatus()).isEqualTo(NominationStatus.IN_REVIEW);
    assertThat(decisions.findByNominationIdOrderByDecidedAtAscIdAsc(id)).isEmpty();
  }

  @Test
  void passingAWarnedNomineeInTasklistWithTheConfirmationRecordsItWithTheVote() {
    String name = TestData.nominee("Nguyễn Thị Hằng");
    scenarios.recognised(scenarios.person(lastYear, "phuong-bode", name, 1978), "phuong");
    String id = thisYear.submitByBoDe(name);
    Task council = thisYear.afterPublicPosting(id);

    ResponseEntity<Map> accepted = complete(council, confirmed(RestNominations.councilVote()));

    assertThat(accepted.getStatusCode()).as(String.valueOf(accepted.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
    NominationDecision vote = decisions.findByNominationIdOrderByDecidedAtAscIdAsc(id).get(0);
    assertThat(vote.getOutcome()).isEqualTo("passed");
    assertThat(vote.getReason()).contains("Hội đồng xác nhận hồ sơ đề cử là cho thành tích mới");
    Map<String, Object> history = call(HttpMethod.GET, "/api/exemplars/" + scenarios.exemplarIdOf(id), null).getBody();
    assertThat((List<Map<String, Object>>) history.get("nominations")).filteredOn(n -> id.equals(n.get("nominationId")))
        .flatExtracting(n -> (List<String>) n.get("newAchievementConfirmations"))
        .singleElement().asString().startsWith("cấp phường, bode.hoidong: ");
  }

  @Test
  void aNomineeRecognisedForAnotherMovementIsNotWarned() {
    String name = TestData.nominee("Nguyễn Thị Hằng");
    scenarios.recognised(scenarios.stored(lastYear, "phuong-bode", "ca-nhan", name, 1978, "dan-van-kheo"), "phuong");

    Task council = thisYear.afterPublicPosting(thisYear.submitByBoDe(name));

    assertThat(taskService.getVariable(council.getId(), "repeatWarned")).isEqualTo(false);
    assertThat(complete(council, RestNominations.councilVote()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void aMeetingThatWouldPassAWarnedNomineeWithoutTheConfirmationIsRefusedUntilTheSecretaryConfirms() {
    String name = TestData.nominee("Nguyễn Thị Hằng");
    scenarios.recognised(scenarios.person(lastYear, "phuong-bode", name, 1978), "quan");
    String id = thisYear.submitByBoDe(name);
    thisYear.afterPublicPosting(id);
    Map<String, Object> line = new LinkedHashMap<>(Map.of("nominationId", id, "action", "vote", "votesInFavour", 12,
        "votesAgainst", 0, "votesAbstaining", 0));
    long meeting = ((Number) call(HttpMethod.POST, "/api/meetings", meeting(line)).getBody().get("id")).longValue();

    ResponseEntity<Map> refused = call(HttpMethod.POST, "/api/meetings/" + meeting + "/submit", null);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains("đã được công nhận cấp quận năm " + lastYear)
        .contains("newAchievementConfirmed");
    assertThat(call(HttpMethod.GET, "/api/meetings/" + meeting, null).getBody()).containsEntry("state", "draft");
    assertThat(nominations.findById(id).orElseThrow().getStatus()).isEqualTo(NominationStatus.IN_REVIEW);

    line.put("newAchievementConfirmed", true);
    assertThat(call(HttpMethod.PUT, "/api/meetings/" + meeting, meeting(line)).getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> submitted = call(HttpMethod.POST, "/api/meetings/" + meeting + "/submit", null).getBody();

    Map<String, Object> result = ((List<Map<String, Object>>) submitted.get("lines")).get(0);
    assertThat(result).containsEntry("outcome", "passed").containsEntry("newAchievementConfirmed", true);
    assertThat(decisions.findByNominationIdOrderByDecidedAtAscIdAsc(id).get(0).getReason())
        .contains("Hội đồng xác nhận hồ sơ đề cử là cho thành tích mới");
  }

  @Test
  void aMeetingThatVotesAWarnedNomineeDownNeedsNoConfirmation() {
    String name = TestData.nominee("Nguyễn Thị Hằng");
    scenarios.recognised(scenarios.person(lastYear, "phuong-bode", name, 1978), "phuong");
    String id = thisYear.submitByBoDe(name);
    thisYear.afterPublicPosting(id);
    Map<String, Object> line = Map.of("nominationId", id, "action", "vote", "votesInFavour", 3, "votesAgainst", 9,
        "votesAbstaining", 0);
    long meeting = ((Number) call(HttpMethod.POST, "/api/meetings", meeting(line)).getBody().get("id")).longValue();

    ResponseEntity<Map> submitted = call(HttpMethod.POST, "/api/meetings/" + meeting + "/submit", null);

    assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(nominations.findById(id).orElseThrow().getStatus()).isEqualTo(NominationStatus.NOT_PASSED_WARD);
  }

  @Test
  void aRecognitionRecordedAfterTheCouncilTaskWasCreatedAsksNoConfirmationInTasklist() {
    String name = TestData.nominee("Nguyễn Thị Hằng");
    String earlier = scenarios.person(lastYear, "phuong-bode", name, 1978);
    String id = thisYear.submitByBoDe(name);
    Task council = thisYear.afterPublicPosting(id);
    assertThat(taskService.getVariable(council.getId(), "repeatWarned")).as("the form shows no checkbox").isEqualTo(false);
    scenarios.recognised(earlier, "phuong");

    ResponseEntity<Map> accepted = complete(council, RestNominations.councilVote());

    assertThat(accepted.getStatusCode()).as(String.valueOf(accepted.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
    NominationDecision vote = decisions.findByNominationIdOrderByDecidedAtAscIdAsc(id).get(0);
    assertThat(vote.getOutcome()).isEqualTo("passed");
    assertThat(vote.getReason()).doesNotContain("thành tích mới");
  }

  @Test
  void aRecognitionRecordedAfterTheCouncilTaskWasCreatedAsksNoConfirmationAtAMeeting() {
    String name = TestData.nominee("Nguyễn Thị Hằng");
    String earlier = scenarios.person(lastYear, "phuong-bode", name, 1978);
    String id = thisYear.submitByBoDe(name);
    thisYear.afterPublicPosting(id);
    scenarios.recognised(earlier, "quan");
    Map<String, Object> line = Map.of("nominationId", id, "action", "vote", "votesInFavour", 12, "votesAgainst", 0,
        "votesAbstaining", 0);
    long meeting = ((Number) call(HttpMethod.POST, "/api/meetings", meeting(line)).getBody().get("id")).longValue();

    ResponseEntity<Map> submitted = call(HttpMethod.POST, "/api/meetings/" + meeting + "/submit", null);

    assertThat(submitted.getStatusCode()).as(String.valueOf(submitted.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(((List<Map<String, Object>>) submitted.getBody().get("lines")).get(0)).containsEntry("outcome", "passed");
    assertThat(decisions.findByNominationIdOrderByDecidedAtAscIdAsc(id).get(0).getReason())
        .doesNotContain("thành tích mới");
  }

  private Map<String, Object> meeting(Map<String, Object> line) {
    Map<String, Object> meeting = new LinkedHashMap<>();
    meeting.put("unit", "phuong-bode");
    meeting.put("meetingDate", (lastYear + 1) + "-01-10");
    meeting.put("membersTotal", 15);
    meeting.put("membersPresent", 12);
    meeting.put("lines", List.of(line));
    return meeting;
  }

  private static Map<String, Object> confirmed(Map<String, Object> vote) {
    Map<String, Object> variables = new HashMap<>((Map<String, Object>) vote.get("variables"));
    variables.put("newAchievementConfirmed", RestNominations.typed(true, "Boolean"));
    return Map.of("variables", variables);
  }

  private ResponseEntity<Map> complete(Task task, Map<String, Object> body) {
    return rest.withBasicAuth("bode.hoidong", "demo")
        .postForEntity("/engine-rest/task/" + task.getId() + "/complete", body, Map.class);
  }

  private ResponseEntity<Map> call(HttpMethod method, String url, Object body) {
    return rest.withBasicAuth("bode.hoidong", "demo")
        .exchange(url, method, body == null ? null : new HttpEntity<>(body), Map.class);
  }
}
