package vn.longbien.exemplar.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.longbien.exemplar.nomination.api.ObjectionRequest;
import vn.longbien.exemplar.nomination.api.ObjectionService;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.RoundClock;
import vn.longbien.exemplar.support.TestData;

/** An objection in the audit timeline, as its row holds it: who entered it, the sender, the text, its effect. */
@ApplicationTest
class ObjectionTimelineApplicationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired private TestRestTemplate rest;
  @Autowired private IdentityService identityService;
  @Autowired private ObjectionService objectionService;
  @Autowired private AuditedChain auditedChain;

  @Test
  void aComplaintIsListedWithTheHoldItPutsOnTheProposal() throws Exception {
    int round = TestData.sharedRound();
    AuditedChain chain = auditedChain.inRound(round);
    String id = chain.submit("bode.donvi", "phuong-bode-donvi", "phuong-bode", TestData.nominee("Lò Văn Khiếu"));
    RoundClock.inRound(round, () -> {
      identityService.setAuthentication("bode.donvi", List.of("phuong-bode-donvi"));
      try {
        objectionService.record(id, new ObjectionRequest(
            "Lò Thị Tố", "0912 000 111", "Đơn khiếu nại về tranh chấp đất đai", true));
      } finally {
        identityService.clearAuthentication();
      }
    });

    JsonNode objection = entries(id).stream().filter(e -> "OBJECTION".equals(e.get("kind").asText()))
        .findFirst().orElseThrow();
    assertThat(objection.get("description").asText()).isEqualTo("Ý kiến phản ánh của Lò Thị Tố (0912 000 111):"
        + " Đơn khiếu nại về tranh chấp đất đai (khiếu nại, tố cáo: tạm dừng đề xuất lên cấp trên đến khi giải quyết"
        + " xong)");
    assertThat(objection.get("actor").asText()).isEqualTo("bode.donvi");
    assertThat(objection.get("step").asText()).isEqualTo("Task_RecordObjection");
    assertThat(objection.at("/details/objectionIsComplaint").asText()).isEqualTo("true");
    assertThat(objection.at("/details/objectionSender").asText()).isEqualTo("Lò Thị Tố (0912 000 111)");
  }

  private List<JsonNode> entries(String nominationId) throws Exception {
    ResponseEntity<String> response =
        rest.withBasicAuth("thanhtra", "demo").getForEntity("/api/audit/nominations/" + nominationId, String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return StreamSupport.stream(JSON.readTree(response.getBody()).get("entries").spliterator(), false).toList();
  }
}
