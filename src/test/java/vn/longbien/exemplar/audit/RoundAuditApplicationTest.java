package vn.longbien.exemplar.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.RoundClock;

/**
 * The round view of the audited round, as an inspector reads it after its deadline (its review was due before
 * 31 January, and everything was worked on 15 February): per unit, who decided what and when, and the tasks
 * that missed their due date.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoundAuditApplicationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ROUND_VIEW = "/api/audit/rounds/" + AuditedChain.ROUND;

  @Autowired private TestRestTemplate rest;
  @Autowired private AuditedChain auditedChain;

  private String decided;
  private String waiting;
  private JsonNode round;

  @BeforeAll
  void aNominationDecidedAtEveryLevelAndTheRoundAsTheInspectorSeesIt() throws Exception {
    decided = auditedChain.run("Đỗ Văn Rà");
    waiting = auditedChain.submit("viethung.donvi", "phuong-viethung-donvi", "phuong-viethung", "Hoàng Thị Chờ");
    ResponseEntity<String> response = RoundClock.at(AuditedChain.AFTER_THE_DEADLINE, () -> {
      auditedChain.endPublicPosting(waiting);
      return rest.withBasicAuth("thanhtra", "demo").getForEntity(ROUND_VIEW, String.class);
    });
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    round = JSON.readTree(response.getBody());
  }

  @Test
  void eachUnitShowsWhoDecidedWhatAndWhen() {
    assertThat(decisionsOf("phuong-bode")).containsExactly("VOTE bode.hoidong", "DECISION bode.chutich");
    assertThat(decisionsOf("quan-longbien")).containsExactly("VOTE quan.hoidong", "DECISION quan.chutich");
    assertThat(decisionsOf("thanhpho-hanoi")).containsExactly("DECISION thanhpho.bantdkt");
    JsonNode ward = unit("phuong-bode");
    assertThat(ward.get("unitName").asText()).isEqualTo("Phường Bồ Đề");
  }

  @Test
  void reviewTasksFinishedAfterTheirDueDateAreListedWithWhoFinishedThem() {
    List<String> late = StreamSupport.stream(round.get("overdueTasks").spliterator(), false)
        .filter(t -> decided.equals(t.get("nominationId").asText()))
        .map(t -> t.get("step").asText() + " " + t.get("completedBy").asText())
        .toList();

    assertThat(late).containsExactlyInAnyOrderElementsOf(AuditedChain.COMPLETED_TASKS);
  }

  @Test
  void reviewTaskStillOpenPastItsDueDateIsListedAsNotFinished() {
    List<JsonNode> open = StreamSupport.stream(round.get("overdueTasks").spliterator(), false)
        .filter(t -> waiting.equals(t.get("nominationId").asText())).toList();

    assertThat(open).hasSize(1);
    assertThat(open.get(0).get("step").asText()).isEqualTo("Task_CouncilReview");
    assertThat(open.get(0).get("candidateGroups").asText()).isEqualTo("phuong-viethung-hoidong");
    assertThat(open.get(0).get("completedAt").isNull()).isTrue();
    assertThat(open.get(0).get("dueDate").asText()).isEqualTo(AuditedChain.ROUND + "-01-30T17:00:00Z");
  }

  @Test
  void roundAuditExportsPrintTheirHash() {
    ResponseEntity<byte[]> csv = rest.withBasicAuth("thanhtra", "demo").getForEntity(ROUND_VIEW + "/audit.csv", byte[].class);
    ResponseEntity<byte[]> pdf = rest.withBasicAuth("thanhtra", "demo").getForEntity(ROUND_VIEW + "/audit.pdf", byte[].class);

    String hash = csv.getHeaders().getFirst(AuditController.CONTENT_HASH_HEADER);
    assertThat(new String(csv.getBody(), StandardCharsets.UTF_8))
        .contains("Quyết định,Phường Bồ Đề," + decided + ",Đỗ Văn Rà")
        .contains("# SHA-256 của toàn bộ nội dung phía trên dòng này: " + hash);
    assertThat(pdf.getHeaders().getFirst(AuditController.CONTENT_HASH_HEADER)).isEqualTo(hash);
  }

  @Test
  void anotherWardsOfficialIsRefusedTheRoundView() {
    assertThat(rest.withBasicAuth("viethung.chutich", "demo").getForEntity(ROUND_VIEW, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private JsonNode unit(String code) {
    return StreamSupport.stream(round.get("units").spliterator(), false)
        .filter(u -> code.equals(u.get("unitCode").asText())).findFirst().orElseThrow();
  }

  private List<String> decisionsOf(String code) {
    return StreamSupport.stream(unit(code).get("decisions").spliterator(), false)
        .filter(d -> decided.equals(d.get("nominationId").asText()))
        .map(d -> d.get("kind").asText() + " " + d.get("actor").asText())
        .toList();
  }
}
