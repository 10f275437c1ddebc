package vn.longbien.exemplar.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.RestNominations;
import vn.longbien.exemplar.support.RoundClock;
import vn.longbien.exemplar.support.TestData;

/**
 * The Tasklist start form (engine REST start, as Tasklist calls it) and the round: it opens without a year,
 * which then means the round open today; a round that is closed or not yet open is refused as by
 * {@code POST /api/nominations}, storing nothing.
 */
@ApplicationTest
@SuppressWarnings({"unchecked", "rawtypes"})
class StartFormRoundApplicationTest {

  @Autowired private TestRestTemplate rest;
  @Autowired private RuntimeService runtimeService;
  @Autowired private ManagementService managementService;
  @Autowired private TaskService taskService;
  @Autowired private JdbcTemplate jdbc;
  @Autowired private HistoryService historyService;

  @Test
  void aStartFormLeftWithoutAYearIsForTheRoundOpenToday() {
    int open = TestData.ownRound();
    RestNominations nominations = new RestNominations(rest, runtimeService, managementService, taskService, open);

    ResponseEntity<Map> started = RoundClock.inRound(open, () -> nominations.startByBoDeLeavingTheYearEmpty("Đặng Thị Để Trống"));

    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(jdbc.queryForObject(
            "SELECT round_year FROM nomination WHERE nominee_search_name = 'dang thi de trong'", Integer.class))
        .isEqualTo(open);
    assertThat(runtimeService.getVariable((String) started.getBody().get("id"), "roundYear")).isEqualTo(open);
  }

  @Test
  void aStartFormForARoundWhoseDeadlineHasPassedIsRefusedWith409AndNothingIsStored() {
    int closed = TestData.ownRound();
    int open = TestData.ownRound();
    RestNominations nominations = new RestNominations(rest, runtimeService, managementService, taskService, closed);

    long reviewsBefore = reviewsStartedByBoDe();

    ResponseEntity<Map> refused = RoundClock.inRound(open, () -> nominations.startByBoDeToday("Đặng Văn Trễ Hạn"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getBody()).containsEntry("type", "RoundNotOpen");
    assertThat((String) refused.getBody().get("message"))
        .startsWith("Đợt bình xét năm " + closed + " đã hết hạn nhận hồ sơ")
        .endsWith("Đợt đang nhận hồ sơ là đợt năm " + open + " (từ ngày 01/12/" + closed + ", hạn trước ngày 31/01/" + open + ").");
    assertThat(jdbc.queryForObject(
            "SELECT count(*) FROM nomination WHERE nominee_search_name = 'dang van tre han'", Integer.class))
        .isZero();
    assertThat(reviewsStartedByBoDe()).isEqualTo(reviewsBefore);
  }

  /** Reviews Bồ Đề's nominating unit has started, refused ones leave none (the process does not carry the name). */
  private long reviewsStartedByBoDe() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey("nomination-review")
        .startedBy("bode.donvi").count();
  }
}
