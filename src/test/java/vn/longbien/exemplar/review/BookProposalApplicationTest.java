package vn.longbien.exemplar.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.Officials;
import vn.longbien.exemplar.support.RestNominations;
import vn.longbien.exemplar.support.RoundClock;
import vn.longbien.exemplar.support.TestData;

/**
 * The district chairman's proposal for the book "Những bông hoa đẹp" is kept on the nomination with the
 * decision, and counts towards the district's yearly target of at least two exemplars for the book.
 */
@ApplicationTest
@SuppressWarnings({"unchecked", "rawtypes"})
class BookProposalApplicationTest {

  private static final int YEAR = TestData.ownRound();

  @Autowired private TestRestTemplate rest;
  @Autowired private RuntimeService runtimeService;
  @Autowired private ManagementService managementService;
  @Autowired private TaskService taskService;
  @Autowired private IdentityService identityService;

  @Test
  void twoExemplarsProposedForTheBookByTheDistrictMeetTheDistrictsBookTarget() {
    String first = proposedForTheBookByTheDistrict("Cao Thị Sách", 1969);
    String second = proposedForTheBookByTheDistrict("Vương Văn Hoa", 1972);

    ResponseEntity<JsonNode> report =
        rest.withBasicAuth("quan.noivu", "demo").getForEntity("/api/reports/targets?year=" + YEAR, JsonNode.class);

    JsonNode book = bookLine(report.getBody());
    assertThat(book.get("achieved").asInt()).isEqualTo(2);
    assertThat(book.get("statusLabel").asText()).isEqualTo("Đạt");
    for (String id : List.of(first, second)) {
      ResponseEntity<Map> nomination = rest.withBasicAuth("bode.donvi", "demo").getForEntity("/api/nominations/" + id, Map.class);
      assertThat(nomination.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(nomination.getBody()).containsEntry("proposedForBook", true).containsEntry("recognitionLevel", "quan");
    }
  }

  /** Bồ Đề nominates; the ward proposes upward; the district recognises and proposes for the book. */
  private String proposedForTheBookByTheDistrict(String name, int birthYear) {
    Map<String, Object> body = Map.ofEntries(
        Map.entry("roundYear", YEAR), Map.entry("nominatingUnit", "phuong-bode"), Map.entry("nomineeKind", "ca-nhan"),
        Map.entry("nomineeName", name), Map.entry("birthYear", birthYear), Map.entry("gender", "nu"),
        Map.entry("movement", "chung"), Map.entry("achievements", "Nhiều năm tổ chức lớp học tình thương cho trẻ em khó khăn."),
        Map.entry("generalCriteria", List.of("tc1", "tc2", "tc3", "tc4")), Map.entry("specificCriteria", List.of()),
        Map.entry("disciplinePending", false), Map.entry("complaintPending", false));
    String id = (String) RoundClock.inRound(YEAR,
        () -> rest.withBasicAuth("bode.donvi", "demo").postForEntity("/api/nominations", body, Map.class)).getBody().get("id");
    RestNominations nominations = new RestNominations(rest, runtimeService, managementService, taskService);
    completeAs("bode.hoidong", "phuong-bode-hoidong", nominations.afterPublicPosting(id), vote());
    completeAs("bode.chutich", "phuong-bode-chutich", taskOf(id), Map.of(
        "recognised", true, "proposeUpward", true, "decisionNumber", "40/QĐ-UBND", "decisionDate", YEAR + 1 + "-01-12"));
    completeAs("quan.hoidong", "quan-longbien-hoidong", nominations.afterPublicPosting(id), vote());
    completeAs("quan.chutich", "quan-longbien-chutich", taskOf(id), Map.of(
        "recognised", true, "proposeGoodDeed", false, "proposeOutstandingCitizen", false, "proposeBook", true,
        "decisionNumber", "41/QĐ-UBND", "decisionDate", YEAR + 1 + "-01-20"));
    return id;
  }

  private Map<String, Object> vote() {
    return Map.of(
        "councilAction", "vote", "councilMeetingDate", YEAR + 1 + "-01-10", "councilMembersTotal", 15,
        "councilMembersPresent", 13, "councilVotesInFavour", 12, "councilVotesAgainst", 1);
  }

  private Task taskOf(String id) {
    return taskService.createTaskQuery().processInstanceBusinessKey(id).singleResult();
  }

  private void completeAs(String user, String group, Task task, Map<String, Object> variables) {
    Officials.completeAs(identityService, taskService, user, group, task, variables);
  }

  private static JsonNode bookLine(JsonNode report) {
    for (JsonNode line : report.get("lines")) {
      if (line.get("unitCode").asText().equals("quan-longbien") && line.get("targetType").asText().equals("sach-bong-hoa")) {
        return line;
      }
    }
    throw new AssertionError("No book line in " + report);
  }
}
