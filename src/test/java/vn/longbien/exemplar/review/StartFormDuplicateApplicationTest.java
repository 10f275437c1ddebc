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
 * The Tasklist start form (engine REST start, as Tasklist calls it) refuses the nominee a unit already
 * nominated in the round, as {@code POST /api/nominations} does: one achievement is not rewarded twice.
 */
@ApplicationTest
@SuppressWarnings({"unchecked", "rawtypes"})
class StartFormDuplicateApplicationTest {

  @Autowired private TestRestTemplate rest;
  @Autowired private RuntimeService runtimeService;
  @Autowired private ManagementService managementService;
  @Autowired private TaskService taskService;
  @Autowired private JdbcTemplate jdbc;
  @Autowired private HistoryService historyService;

  @Test
  void sameNomineeTwiceFromTheStartFormIsRefusedWithTheReasonAndNothingIsStored() {
    RestNominations nominations = new RestNominations(rest, runtimeService, managementService, taskService);
    String first = nominations.submitByBoDe("Đặng Thị Lặp");
    long reviewsBefore = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("nomination-review")
        .startedBy("bode.donvi").count();

    ResponseEntity<Map> again = nominations.startByBoDe("DANG THI LAP");

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) again.getBody().get("message")).isEqualTo(
        "Đối tượng “Đặng Thị Lặp” đã được đơn vị đề cử trong đợt bình xét năm " + nominations.year() + " (hồ sơ " + first
            + "); một thành tích không được khen thưởng hai lần");
    assertThat(jdbc.queryForObject(
            "SELECT count(*) FROM nomination WHERE round_year = ? AND nominee_search_name = 'dang thi lap'", Integer.class,
            nominations.year()))
        .isEqualTo(1);
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("nomination-review")
            .startedBy("bode.donvi").count())
        .isEqualTo(reviewsBefore);
  }

  @Test
  void aStartFormSubmittedForAnotherUnitIsRefusedWith400AndTheReason() {
    Map<String, Object> variables = RestNominations.startForm("phuong-bode", "Lê Văn Mượn", TestData.sharedRound());

    ResponseEntity<Map> refused = RoundClock.inRound(TestData.sharedRound(), () -> rest.withBasicAuth("viethung.donvi", "demo")
        .postForEntity("/engine-rest/process-definition/key/nomination-review/start", Map.of("variables", variables), Map.class));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message"))
        .isEqualTo("Người dùng viethung.donvi không thuộc đơn vị đề cử phuong-bode");
    assertThat(jdbc.queryForObject(
            "SELECT count(*) FROM nomination WHERE nominee_search_name = 'le van muon'", Integer.class))
        .isZero();
  }
}
