package vn.longbien.exemplar.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.Multipart;
import vn.longbien.exemplar.support.RestNominations;
import vn.longbien.exemplar.support.RoundClock;
import vn.longbien.exemplar.support.TestData;

/** Two officials doing the same thing at the same moment: one wins, the other is told so, nothing doubles. */
@ApplicationTest
@SuppressWarnings({"unchecked", "rawtypes"})
class ConcurrentOfficialsTest {

  @Autowired private TestRestTemplate rest;
  @Autowired private RuntimeService runtimeService;
  @Autowired private ManagementService managementService;
  @Autowired private TaskService taskService;
  @Autowired private JdbcTemplate jdbc;

  @Test
  void twoCouncilMembersCompletingTheSameTaskAtOnceOneSucceedsTheOtherGets409() throws Exception {
    Task council = councilTaskFor("Đặng Thị Cùng Lúc");

    List<ResponseEntity<Map>> answers = atTheSameMoment(() -> completeAsCouncil(council.getId()));

    System.out.printf("RELIABILITY same task completed twice at once: statuses %s%n",
        answers.stream().map(a -> a.getStatusCode().value()).sorted().toList());
    assertThat(answers).extracting(a -> a.getStatusCode().value()).containsExactlyInAnyOrder(204, 409);
    ResponseEntity<Map> refused = answers.stream().filter(a -> a.getStatusCode().value() == 409).findFirst().orElseThrow();
    assertThat((String) refused.getBody().get("message")).contains("người khác");
    assertThat(councilVotesOf(council.getProcessInstanceId())).isEqualTo(1);
  }

  @Test
  void completingATaskAnotherMemberHasJustCompletedGets409NotAServerError() {
    Task council = councilTaskFor("Lý Văn Chậm Chân");
    assertThat(completeAsCouncil(council.getId()).getStatusCode().value()).isEqualTo(204);

    ResponseEntity<Map> late = completeAsCouncil(council.getId());

    assertThat(late.getStatusCode().value()).isEqualTo(409);
    assertThat(late.getBody()).containsEntry("type", "TaskAlreadyCompleted");
    assertThat((String) late.getBody().get("message")).isEqualTo(
        "Công việc này đã được người khác hoàn thành; xin tải lại danh sách công việc");
  }

  @Test
  void completingATaskThatNeverExistedIsNotFoundRatherThanAConflict() {
    ResponseEntity<Map> unknown = completeAsCouncil("khong-co-cong-viec-nay");

    assertThat(unknown.getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void twoImportsOfTheSameFileAtOnceStartEachNomineeOnce() throws Exception {
    String template = new String(rest.withBasicAuth("bode.donvi", "demo")
        .getForEntity("/api/nominations/import/template?format=csv", byte[].class).getBody(), StandardCharsets.UTF_8);
    StringBuilder file = new StringBuilder(template.lines().findFirst().orElseThrow()).append('\n');
    for (int i = 0; i < 5; i++) {
      file.append(TestData.sharedRound()).append(",phuong-bode,ca-nhan,Nhập Hai Lần ").append(i)
          .append(",1975,nam,Tổ trưởng,Tổ dân phố 2,Phường Bồ Đề,chung,Hiến máu nhiều lần.,\"tc1, tc2, tc3, tc4\",,Không,Không\n");
    }
    byte[] content = file.toString().getBytes(StandardCharsets.UTF_8);

    List<ResponseEntity<Map>> answers = RoundClock.inRound(TestData.sharedRound(), () -> {
      try {
        return atTheSameMoment(() -> rest.withBasicAuth("bode.donvi", "demo")
            .postForEntity("/api/nominations/import", Multipart.file("de-cu.csv", content), Map.class));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });

    // By name: other tests of the shared context store nominations of the same round.
    int stored = jdbc.queryForObject(
        "SELECT count(*) FROM nomination WHERE nominee_name LIKE 'Nhập Hai Lần %'", Integer.class);
    int distinct = jdbc.queryForObject(
        "SELECT count(DISTINCT nominee_search_name) FROM nomination WHERE nominee_name LIKE 'Nhập Hai Lần %'",
        Integer.class);
    System.out.printf("RELIABILITY same file imported twice at once: statuses %s, %d nominations stored for 5 rows%n",
        answers.stream().map(a -> a.getStatusCode().value()).sorted().toList(), stored);
    assertThat(answers).extracting(a -> a.getStatusCode().value()).containsOnlyOnce(200);
    assertThat(answers).extracting(a -> a.getStatusCode().is4xxClientError()).containsOnlyOnce(true);
    assertThat(stored).isEqualTo(5);
    assertThat(distinct).isEqualTo(5);
  }

  private Task councilTaskFor(String nomineeName) {
    RestNominations nominations = new RestNominations(rest, runtimeService, managementService, taskService);
    return nominations.afterPublicPosting(nominations.submitByBoDe(nomineeName));
  }

  private ResponseEntity<Map> completeAsCouncil(String taskId) {
    return rest.withBasicAuth("bode.hoidong", "demo").postForEntity(
        "/engine-rest/task/" + taskId + "/complete", RestNominations.councilVote(), Map.class);
  }

  private int councilVotesOf(String levelInstanceId) {
    String nominationId = runtimeService.createProcessInstanceQuery().processInstanceId(levelInstanceId).singleResult()
        .getBusinessKey();
    return jdbc.queryForObject(
        "SELECT count(*) FROM nomination_decision WHERE nomination_id = ? AND kind = 'COUNCIL_VOTE'", Integer.class,
        nominationId);
  }

  /** Two callers released together by a barrier. */
  private static <T> List<T> atTheSameMoment(Callable<T> call) throws Exception {
    CyclicBarrier barrier = new CyclicBarrier(2);
    ExecutorService callers = Executors.newFixedThreadPool(2);
    try {
      Callable<T> released = () -> {
        barrier.await();
        return call.call();
      };
      List<Future<T>> results = callers.invokeAll(List.of(released, released));
      return List.of(results.get(0).get(), results.get(1).get());
    } finally {
      callers.shutdown();
    }
  }
}
