package vn.longbien.exemplar.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
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

/** The audit timeline of a nomination worked ward → district → city, as an inspector reads it from the API. */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NominationTimelineApplicationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired private TestRestTemplate rest;
  @Autowired private AuditedChain auditedChain;

  private String nominationId;
  private List<JsonNode> entries;

  @BeforeAll
  void runTheChainAndReadItsTimelineAsTheInspector() throws Exception {
    nominationId = auditedChain.run("Nguyễn Văn Kiểm");
    ResponseEntity<String> response =
        rest.withBasicAuth("thanhtra", "demo").getForEntity("/api/audit/nominations/" + nominationId, String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode body = JSON.readTree(response.getBody());
    assertThat(body.at("/nomination/statusLabel").asText()).isEqualTo("Được Thành phố khen thưởng, tôn vinh");
    entries = StreamSupport.stream(body.get("entries").spliterator(), false).toList();
  }

  @Test
  void everyReviewTaskIsListedInOrderWithTheOfficialWhoCompletedIt() {
    assertThat(lines("TASK_COMPLETED")).containsExactlyElementsOf(AuditedChain.COMPLETED_TASKS);
  }

  @Test
  void theWholeChainReadsInOrderFromSubmissionToTheCitysRecognition() {
    List<String> all = entries.stream().map(e -> e.get("kind").asText() + " " + e.path("step").asText()).toList();

    assertThat(all).containsSubsequence(
        "PROCESS_STARTED nomination-review",
        "DECISION_EVALUATED Task_CheckGeneralEligibility",
        "DECISION_EVALUATED Task_CheckMovementEligibility",
        "STEP CallActivity_WardReview",
        "PROCESS_STARTED level-review",
        "STEP Task_StartPublicPosting",
        "OBJECTION Task_RecordObjection",
        "STEP Event_PostingPeriodOver",
        "TASK_CREATED Task_CouncilReview",
        "TASK_ASSIGNED Task_CouncilReview",
        "TASK_COMPLETED Task_CouncilReview",
        "VOTE Task_CouncilReview",
        "DECISION_EVALUATED Task_ComputeVoteOutcome",
        "TASK_CREATED Task_ChairmanDecision",
        "DECISION Task_ChairmanDecision",
        "PROCESS_ENDED EndEvent_LevelDecided",
        "STEP CallActivity_DistrictReview",
        "VOTE Task_CouncilReview",
        "DECISION Task_ChairmanDecision",
        "DECISION Task_CityOutcome",
        "DECISION_EVALUATED Task_CountCityVote",
        "DECISION_EVALUATED Task_CheckTitleCap",
        "PROCESS_ENDED EndEvent_RecognisedCity");
    assertThat(all.get(all.size() - 1)).isEqualTo("PROCESS_ENDED EndEvent_RecognisedCity");
    List<String> times = entries.stream().map(e -> e.get("time").asText()).toList();
    assertThat(times).isSortedAccordingTo((a, b) -> java.time.Instant.parse(a).compareTo(java.time.Instant.parse(b)));
  }

  @Test
  void submissionAndClaimShowWhoDidThem() {
    JsonNode start = first("PROCESS_STARTED", "nomination-review");
    assertThat(start.get("actor").asText()).isEqualTo("bode.donvi");

    JsonNode claim = first("TASK_ASSIGNED", "Task_CouncilReview");
    assertThat(claim.get("actor").asText()).isEqualTo("bode.hoidong");
    assertThat(claim.get("description").asText()).isEqualTo(
        "bode.hoidong nhận công việc «" + first("TASK_CREATED", "Task_CouncilReview").get("stepName").asText() + "»");
  }

  @Test
  void votesShowTheCountsAndWhoRecordedThem() {
    List<JsonNode> votes = all("VOTE");

    assertThat(votes).extracting(v -> v.get("actor").asText()).containsExactly("bode.hoidong", "quan.hoidong");
    assertThat(votes.get(0).at("/details/councilVotesInFavour").asText()).isEqualTo("12");
    assertThat(votes.get(0).get("description").asText())
        .isEqualTo("Hội đồng Thi đua - Khen thưởng Phường Bồ Đề họp ngày 2025-01-10: có mặt 13/15 thành viên;"
            + " tán thành 12, không tán thành 1");
    assertThat(votes.get(1).at("/details/councilMembersTotal").asText()).isEqualTo("21");
  }

  @Test
  void decisionsShowTheirNumberAndReason() {
    List<JsonNode> decisions = all("DECISION");

    assertThat(decisions).extracting(d -> d.get("actor").asText())
        .containsExactly("bode.chutich", "quan.chutich", "thanhpho.bantdkt");
    assertThat(decisions.get(0).at("/details/decisionNumber").asText()).isEqualTo("35/QĐ-UBND");
    assertThat(decisions.get(0).get("description").asText())
        .contains("quyết định số 35/QĐ-UBND ngày 2025-01-12", "đề xuất giới thiệu lên Hội đồng Thi đua - Khen thưởng quận");
    assertThat(decisions.get(1).get("description").asText()).contains("quyết định số 120/QĐ-UBND");
    assertThat(decisions.get(2).get("description").asText()).contains("quyết định số 210/QĐ-UBND ngày 2025-01-25");
  }

  @Test
  void decisionTableEvaluationsShowInputsMatchedRulesAndOutputs() {
    JsonNode wardVote = first("DECISION_EVALUATED", "Task_ComputeVoteOutcome");

    assertThat(wardVote.at("/details/decisionDefinitionKey").asText()).isEqualTo("council-vote-outcome");
    assertThat(wardVote.get("details").get("đầu vào: Số thành viên đồng ý").asText()).isEqualTo("12");
    assertThat(wardVote.get("details").get("đầu vào: Cấp bình xét").asText()).isEqualTo("phuong");
    assertThat(wardVote.get("details").get("quy tắc khớp").asText()).startsWith("#");
    assertThat(wardVote.get("description").asText()).startsWith("Bảng quyết định «Kết quả biểu quyết của Hội đồng TĐKT»");
    assertThat(fieldNames(wardVote.get("details"))).anyMatch(name -> name.endsWith(": passed"));
    assertThat(wardVote.get("details").get(
        fieldNames(wardVote.get("details")).stream().filter(n -> n.endsWith(": passed")).findFirst().orElseThrow())
        .asText()).isEqualTo("true");

    assertThat(all("DECISION_EVALUATED")).extracting(d -> d.at("/details/decisionDefinitionKey").asText())
        .contains("general-eligibility", "movement-eligibility", "round-deadlines", "council-vote-outcome", "yearly-targets");
  }

  @Test
  void everyDecisionInputAndOutputIsReadableListsIncludedWithoutDeserializingThem() {
    JsonNode reasons = all("DECISION_EVALUATED").stream()
        .filter(d -> "general-eligibility-reasons".equals(d.at("/details/decisionDefinitionKey").asText()))
        .findFirst().orElseThrow();

    assertThat(reasons.get("details").get("đầu vào: Tiêu chuẩn chung đã đạt (tc1..tc4)").asText())
        .startsWith("[tc1, tc2, tc3, tc4] (giá trị Java tuần tự hóa");
    assertThat(all("DECISION_EVALUATED")).allSatisfy(d -> d.get("details").forEach(value ->
        assertThat(value.asText()).doesNotContain("không đọc được")));
  }

  @Test
  void objectionDuringPublicPostingIsListedWithItsSenderAndText() {
    JsonNode objection = first("OBJECTION", "Task_RecordObjection");

    assertThat(objection.get("description").asText())
        .isEqualTo("Ý kiến phản ánh của " + AuditedChain.OBJECTION_SENDER + ": " + AuditedChain.OBJECTION_TEXT);
  }

  @Test
  void theModelVersionsTheNominationRanUnderAreListedFirst() {
    assertThat(entries.get(0).get("kind").asText()).isEqualTo("MODEL_DEPLOYED");
    assertThat(all("MODEL_DEPLOYED")).extracting(d -> d.get("step").asText())
        .contains("nomination-review", "level-review", "council-vote-outcome");
  }

  private List<String> lines(String kind) {
    return all(kind).stream().map(e -> e.get("step").asText() + " " + e.get("actor").asText()).toList();
  }

  private List<JsonNode> all(String kind) {
    return entries.stream().filter(e -> kind.equals(e.get("kind").asText())).toList();
  }

  private JsonNode first(String kind, String step) {
    return all(kind).stream().filter(e -> step.equals(e.path("step").asText())).findFirst().orElseThrow();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
