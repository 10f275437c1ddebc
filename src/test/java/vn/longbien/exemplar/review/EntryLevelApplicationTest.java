package vn.longbien.exemplar.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.RestNominations;
import vn.longbien.exemplar.support.RoundClock;
import vn.longbien.exemplar.support.TestData;

/**
 * Where a nomination's review starts is the {@code entry-level} table's answer: what a district department's
 * nominating unit sees is unchanged, and an administrator who deploys a changed table changes it with no code change.
 */
@ApplicationTest
class EntryLevelApplicationTest {

  @Autowired private TestRestTemplate rest;
  @Autowired private RuntimeService runtimeService;
  @Autowired private ManagementService managementService;
  @Autowired private TaskService taskService;
  @Autowired private RepositoryService repositoryService;

  @Test
  void aDistrictDepartmentsNominationIsReviewedFirstByTheDistrictCouncil() {
    RestNominations nominations = new RestNominations(rest, runtimeService, managementService, taskService);
    ResponseEntity<Map> started = startAsPhongYte(nominations.year(), TestData.nominee("Khoa Ngoại, Bệnh viện Đức Giang"));

    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    Task council = nominations.afterPublicPosting((String) started.getBody().get("businessKey"));
    assertThat(taskService.getIdentityLinksForTask(council.getId())).extracting(IdentityLink::getGroupId)
        .contains("quan-longbien-hoidong");
  }

  @Test
  void anAdministratorsChangedTableRefusesDepartmentsWithoutACodeChange() throws IOException {
    int year = TestData.sharedRound();
    String changed = repositoryService.createDeployment().name("entry-level changed by an administrator")
        .addString("entry-level.dmn", departmentsNoLongerNominate())
        .deploy().getId();
    try {
      ResponseEntity<Map> refused = startAsPhongYte(year, TestData.nominee("Trạm Y tế phường Thạch Bàn"));

      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(String.valueOf(refused.getBody())).contains("Năm nay phòng, ban không giới thiệu điển hình: Phòng Y tế");
    } finally {
      repositoryService.deleteDeployment(changed, true);
    }
    assertThat(startAsPhongYte(year, TestData.nominee("Trạm Y tế phường Ngọc Thụy")).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  private ResponseEntity<Map> startAsPhongYte(int year, String nominee) {
    return RoundClock.inRound(year, () -> rest.withBasicAuth("phong.yte", "demo").postForEntity(
        "/engine-rest/process-definition/key/nomination-review/start",
        Map.of("variables", RestNominations.startForm("phong-yte", nominee, year)), Map.class));
  }

  /** The table as an administrator would edit it in Modeler: departments under the three-tier chain refused. */
  private static String departmentsNoLongerNominate() throws IOException {
    try (InputStream file = new ClassPathResource("dmn/entry-level.dmn").getInputStream()) {
      String table = new String(file.readAllBytes(), StandardCharsets.UTF_8);
      return table
          .replaceFirst("(<outputEntry id=\"el-rule-department-three-tier-o1\">\\s*<text>)\"quan\"", "$1")
          .replaceFirst("(<outputEntry id=\"el-rule-department-three-tier-o2\">\\s*<text>)",
              "$1\"Năm nay phòng, ban không giới thiệu điển hình\"");
    }
  }
}
