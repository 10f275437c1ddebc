package vn.longbien.exemplar.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.longbien.exemplar.nomination.NominationDecision;
import vn.longbien.exemplar.nomination.NominationDecisionRepository;
import vn.longbien.exemplar.nomination.NominationRepository;
import vn.longbien.exemplar.nomination.NominationStatus;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.Officials;
import vn.longbien.exemplar.support.RestNominations;
import vn.longbien.exemplar.support.RoundClock;
import vn.longbien.exemplar.support.TestData;

/**
 * A council meets once: Bồ Đề's secretary (bode.hoidong) opens a meeting, picks the agenda among the nominations
 * waiting for the ward council, enters each nominee's result and submits the meeting once, which completes each
 * nominee's council task as Tasklist would. Nominations of the shared round, told apart by their nominees' names.
 */
@ApplicationTest
class CouncilMeetingApiTest {

  private static final AtomicInteger NAMES = new AtomicInteger();

  @Autowired private TestRestTemplate rest;
  @Autowired private RuntimeService runtimeService;
  @Autowired private ManagementService managementService;
  @Autowired private TaskService taskService;
  @Autowired private IdentityService identityService;
  @Autowired private NominationRepository nominations;
  @Autowired private NominationDecisionRepository decisions;

  private final int year = TestData.sharedRound();

  @Test
  void aMeetingOverTwelveNomineesCompletesTheTasksItDecidedAndWritesOneSetOfMinutes() throws IOException {
    List<String> ids = waitingForTheWardCouncil(12, "Họp");
    List<Map<String, Object>> lines = new ArrayList<>();
    int[] passedVotes = {12, 11, 10, 9, 8, 8};
    for (int i = 0; i < 6; i++) {
      lines.add(vote(ids.get(i), passedVotes[i], Math.max(0, 11 - passedVotes[i]), passedVotes[i] == 12 ? 0 : 1));
    }
    lines.add(vote(ids.get(6), 7, 5, 0));
    lines.add(vote(ids.get(7), 5, 6, 1));
    lines.add(returned(ids.get(8)));
    lines.add(returned(ids.get(9)));
    lines.add(notReviewed(ids.get(10)));
    lines.add(notReviewed(ids.get(11)));
    long id = opened(meeting(15, 12, lines));

    Map<String, Object> result = submit(id, HttpStatus.OK);

    assertThat(result).containsEntry("state", "submitted").containsEntry("submittedBy", "bode.hoidong");
    assertThat((Map<String, Object>) result.get("counts")).containsEntry("completed", 10).containsEntry("notCompleted", 0);
    for (int i = 0; i < 6; i++) {
      assertThat(openTask(ids.get(i))).as("passed nominee %d", i).isEqualTo("Task_ChairmanDecision");
      assertThat(meetingOfCouncilDecision(ids.get(i))).isEqualTo(id);
    }
    for (int i = 6; i < 8; i++) {
      assertThat(openTask(ids.get(i))).as("not passed %d", i).isNull();
      assertThat(nominations.findById(ids.get(i)).orElseThrow().getStatus()).isEqualTo(NominationStatus.NOT_PASSED_WARD);
    }
    for (int i = 8; i < 10; i++) {
      assertThat(openTask(ids.get(i))).as("returned %d", i).isEqualTo("Task_ProvideEvidence");
      assertThat(meetingOfCouncilDecision(ids.get(i))).isEqualTo(id);
    }
    for (int i = 10; i < 12; i++) {
      assertThat(openTask(ids.get(i))).as("not reviewed %d", i).isEqualTo(CouncilMeetings.COUNCIL_TASK);
      assertThat(decisions.findByNominationIdOrderByDecidedAtAscIdAsc(ids.get(i))).isEmpty();
    }
    NominationDecision vote = decisions.findByNominationIdOrderByDecidedAtAscIdAsc(ids.get(0)).get(0);
    assertThat(vote.getActor()).isEqualTo("bode.hoidong");
    assertThat(vote.getVotes()).isEqualTo(new NominationDecision.Votes(15, 12, 12, 0));
    assertThat(vote.getMeetingDate()).isEqualTo(year + "-01-10");
    String timeline = rest.withBasicAuth("thanhtra", "demo").getForObject("/api/audit/nominations/" + ids.get(0), String.class);
    assertThat(timeline).contains("Ghi nhận theo phiên họp số " + id + " của Hội đồng Thi đua - Khen thưởng Phường Bồ Đề",
        "dự họp 12/15 thành viên", "\"MEETING\"", "bode.hoidong");

    String minutes = pdfText(download("/api/meetings/" + id + "/minutes"));
    assertThat(minutes).contains("BIÊN BẢN", "Long Biên, ngày 10 tháng 01 năm " + year,
        "Thành viên Hội đồng có mặt: 12/15", "hồ sơ của 10 người",
        "12/15", "80%", "8/15", "53,33%", "7/15", "46,67%", "Không thông qua", "Trả hồ sơ để bổ", "sung minh chứng", "hạn 25/01",
        "công nhận 6 người");
    assertThat(minutes).doesNotContain("12/12", "100%", name(ids.get(10)), name(ids.get(11)));
    byte[] docx = rest.withBasicAuth("bode.hoidong", "demo")
        .getForObject("/api/meetings/" + id + "/minutes?format=docx", byte[].class);
    try (var words = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(
        new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx)))) {
      assertThat(words.getText()).contains("12/15", "80%", "8/15", "53,33%", "tổng số thành viên")
          .doesNotContain("{{", "12/12");
    }
    assertThat(pdfText(download("/api/meetings/" + id + "/submission"))).contains("TỜ TRÌNH", name(ids.get(0)), "12/15")
        .doesNotContain(name(ids.get(6)), name(ids.get(8)));
  }

  @Test
  void aTaskCompletedInTasklistWhileTheMeetingIsDraftedIsReportedAndTheRestAreDone() {
    List<String> ids = waitingForTheWardCouncil(2, "Đồng thời");
    long id = opened(meeting(15, 12, List.of(vote(ids.get(0), 10, 2, 0), vote(ids.get(1), 11, 1, 0))));
    Task meanwhile = taskService.createTaskQuery().processInstanceBusinessKey(ids.get(0)).singleResult();
    Officials.completeAs(identityService, taskService, "bode.hoidong", "phuong-bode-hoidong", meanwhile, Map.of(
        "councilAction", "vote", "councilMeetingDate", year + "-01-09", "councilMembersTotal", 15,
        "councilMembersPresent", 13, "councilVotesInFavour", 9, "councilVotesAgainst", 4));

    Map<String, Object> result = submit(id, HttpStatus.OK);

    List<Map<String, Object>> lines = (List<Map<String, Object>>) result.get("lines");
    assertThat(lines.get(0)).containsEntry("result", "not-completed");
    assertThat((String) lines.get(0).get("resultReason")).contains("không còn chờ Hội đồng xét");
    assertThat(lines.get(1)).containsEntry("result", "completed").containsEntry("outcome", "passed");
    List<NominationDecision> first = decisions.findByNominationIdOrderByDecidedAtAscIdAsc(ids.get(0));
    assertThat(first).singleElement().satisfies(d -> {
      assertThat(d.getMeetingId()).isNull();
      assertThat(d.getVotes().membersPresent()).isEqualTo(13);
    });
    assertThat(meetingOfCouncilDecision(ids.get(1))).isEqualTo(id);
  }

  @Test
  void theDistrictCouncilMeetsOverAWardsProposalAndADepartmentsIntroduction() {
    RestNominations nominating = new RestNominations(rest, runtimeService, managementService, taskService, year);
    String fromWard = waitingForTheWardCouncil(1, "Quận").get(0);
    Officials.completeAs(identityService, taskService, "bode.hoidong", "phuong-bode-hoidong", openTaskOf(fromWard), Map.of(
        "councilAction", "vote", "councilMeetingDate", year + "-01-10", "councilMembersTotal", 15,
        "councilMembersPresent", 12, "councilVotesInFavour", 11, "councilVotesAgainst", 1));
    Officials.completeAs(identityService, taskService, "bode.chutich", "phuong-bode-chutich", openTaskOf(fromWard), Map.of(
        "recognised", true, "proposeUpward", true, "decisionNumber", "3/QĐ-UBND", "decisionDate", year + "-01-12"));
    Map<String, Object> form = new java.util.HashMap<>(RestNominations.startForm("phong-yte",
        "Lan Y tế " + NAMES.incrementAndGet(), year));
    ResponseEntity<Map> started = RoundClock.inRound(year, () -> rest.withBasicAuth("phong.yte", "demo").postForEntity(
        "/engine-rest/process-definition/key/nomination-review/start", Map.of("variables", form), Map.class));
    String fromDepartment = (String) started.getBody().get("businessKey");
    nominating.afterPublicPosting(fromWard);
    nominating.afterPublicPosting(fromDepartment);
    ResponseEntity<List> candidates = rest.withBasicAuth("quan.hoidong", "demo").getForEntity("/api/meetings/candidates", List.class);
    assertThat((List<Map<String, Object>>) candidates.getBody()).extracting(c -> c.get("nominationId"))
        .contains(fromWard, fromDepartment);

    Map<String, Object> meeting = meeting(17, 14, List.of(vote(fromWard, 13, 1, 0), vote(fromDepartment, 8, 6, 0)));
    long id = ((Number) call("quan.hoidong", HttpMethod.POST, "/api/meetings", meeting).getBody().get("id")).longValue();
    Map<String, Object> result = submit("quan.hoidong", id);

    assertThat((List<Map<String, Object>>) result.get("lines")).extracting(l -> l.get("outcome"))
        .containsExactly("passed", "not-passed");
    assertThat(openTask(fromWard)).isEqualTo("Task_ChairmanDecision");
    assertThat(nominations.findById(fromDepartment).orElseThrow().getStatus()).isEqualTo(NominationStatus.NOT_PASSED_DISTRICT);
    assertThat(call("bode.hoidong", HttpMethod.GET, "/api/meetings/" + id, null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void anotherWardsSecretaryFindsNoMeeting() {
    List<String> ids = waitingForTheWardCouncil(1, "Phường khác");
    long id = opened(meeting(15, 12, List.of(vote(ids.get(0), 10, 2, 0))));

    assertThat(call("viethung.hoidong", HttpMethod.GET, "/api/meetings/" + id, null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(call("viethung.hoidong", HttpMethod.POST, "/api/meetings/" + id + "/submit", null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(call("bode.donvi", HttpMethod.PUT, "/api/meetings/" + id, meeting(15, 12, List.of())).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(openTask(ids.get(0))).isEqualTo(CouncilMeetings.COUNCIL_TASK);
  }

  @Test
  void moreMembersPresentThanTheCouncilHasIsRefused() {
    ResponseEntity<Map> response = call("bode.hoidong", HttpMethod.POST, "/api/meetings", meeting(15, 16, List.of()));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) response.getBody().get("message")).contains("không được lớn hơn tổng số thành viên");
  }

  @Test
  void moreVotesThanMembersPresentAreRefused() {
    List<String> ids = waitingForTheWardCouncil(1, "Quá phiếu");

    ResponseEntity<Map> response = call("bode.hoidong", HttpMethod.POST, "/api/meetings",
        meeting(15, 10, List.of(vote(ids.get(0), 9, 2, 0))));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) response.getBody().get("message")).contains("vượt số thành viên dự họp");
  }

  @Test
  void aNominationNotWaitingForTheCouncilCannotBeOnTheAgenda() {
    ResponseEntity<Map> response = call("bode.hoidong", HttpMethod.POST, "/api/meetings",
        meeting(15, 12, List.of(vote("DC-" + year + "-khongco", 9, 2, 0))));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) response.getBody().get("message")).contains("không có trong danh sách chờ Hội đồng");
  }

  @Test
  void aControlCharacterInAnAgendaLinesTextIsRefused() {
    List<String> ids = waitingForTheWardCouncil(1, "Ký tự");
    Map<String, Object> line = new LinkedHashMap<>(vote(ids.get(0), 9, 2, 0));
    line.put("comments", "Ý kiến\u0000");

    ResponseEntity<Map> response = call("bode.hoidong", HttpMethod.POST, "/api/meetings", meeting(15, 12, List.of(line)));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(String.valueOf(response.getBody())).contains("ký tự điều khiển");
  }

  @Test
  void aMeetingIsSubmittedOnceAndNotCorrectedAfterwards() {
    List<String> ids = waitingForTheWardCouncil(1, "Gửi hai lần");
    long id = opened(meeting(15, 12, List.of(vote(ids.get(0), 10, 2, 0))));
    submit(id, HttpStatus.OK);

    ResponseEntity<Map> again = call("bode.hoidong", HttpMethod.POST, "/api/meetings/" + id + "/submit", null);
    ResponseEntity<Map> corrected = call("bode.hoidong", HttpMethod.PUT, "/api/meetings/" + id,
        meeting(15, 12, List.of()));

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) again.getBody().get("message")).contains("đã được gửi kết quả");
    assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void aDraftIsCorrectedBeforeItIsSubmitted() {
    List<String> ids = waitingForTheWardCouncil(2, "Sửa dự thảo");
    long id = opened(meeting(15, 12, List.of(vote(ids.get(0), 6, 6, 0))));

    ResponseEntity<Map> corrected = call("bode.hoidong", HttpMethod.PUT, "/api/meetings/" + id,
        meeting(15, 13, List.of(vote(ids.get(0), 9, 3, 1), notReviewed(ids.get(1)))));

    assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(corrected.getBody()).containsEntry("membersPresent", 13);
    assertThat((List<Map<String, Object>>) corrected.getBody().get("lines")).extracting(l -> l.get("votesInFavour"))
        .containsExactly(9, null);
    assertThat(openTask(ids.get(0))).isEqualTo(CouncilMeetings.COUNCIL_TASK);
  }

  @Test
  void theApiDescriptionDocumentsMeetingsAndDecisions() {
    Map<String, Object> paths = (Map<String, Object>) rest.getForEntity("/v3/api-docs", Map.class).getBody().get("paths");

    assertThat(paths).containsKeys("/api/meetings", "/api/meetings/{id}", "/api/meetings/{id}/submit",
        "/api/meetings/{id}/minutes", "/api/meetings/candidates", "/api/decisions", "/api/decisions/{id}/submit",
        "/api/decisions/{id}/list");
  }

  // The nominations and the meeting.

  private List<String> waitingForTheWardCouncil(int count, String tag) {
    RestNominations bode = new RestNominations(rest, runtimeService, managementService, taskService, year);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = bode.submitByBoDe("Lan " + tag + " " + NAMES.incrementAndGet());
      bode.afterPublicPosting(id);
      ids.add(id);
    }
    return ids;
  }

  private String name(String nominationId) {
    return nominations.findById(nominationId).orElseThrow().getNomineeName();
  }

  private Map<String, Object> meeting(int total, int present, List<Map<String, Object>> lines) {
    Map<String, Object> meeting = new LinkedHashMap<>();
    meeting.put("meetingDate", year + "-01-10");
    meeting.put("membersTotal", total);
    meeting.put("membersPresent", present);
    meeting.put("lines", lines);
    return meeting;
  }

  private static Map<String, Object> vote(String id, int inFavour, int against, int abstaining) {
    return Map.of("nominationId", id, "action", "vote", "votesInFavour", inFavour, "votesAgainst", against,
        "votesAbstaining", abstaining);
  }

  private Map<String, Object> returned(String id) {
    return Map.of("nominationId", id, "action", "return", "evidenceRequest", "Bổ sung xác nhận của tổ dân phố",
        "evidenceDueDate", year + "-01-25");
  }

  private static Map<String, Object> notReviewed(String id) {
    return Map.of("nominationId", id, "action", "not-reviewed");
  }

  private long opened(Map<String, Object> meeting) {
    ResponseEntity<Map> response = call("bode.hoidong", HttpMethod.POST, "/api/meetings", meeting);
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
    return ((Number) response.getBody().get("id")).longValue();
  }

  private Map<String, Object> submit(long id, HttpStatus expected) {
    return submit("bode.hoidong", id, expected);
  }

  private Map<String, Object> submit(String secretary, long id) {
    return submit(secretary, id, HttpStatus.OK);
  }

  private Map<String, Object> submit(String secretary, long id, HttpStatus expected) {
    ResponseEntity<Map> response = call(secretary, HttpMethod.POST, "/api/meetings/" + id + "/submit", null);
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(expected);
    return response.getBody();
  }

  private ResponseEntity<Map> call(String user, HttpMethod method, String url, Object body) {
    return rest.withBasicAuth(user, "demo").exchange(url, method, body == null ? null : new HttpEntity<>(body), Map.class);
  }

  private ResponseEntity<byte[]> download(String url) {
    ResponseEntity<byte[]> response = rest.withBasicAuth("bode.hoidong", "demo").getForEntity(url, byte[].class);
    assertThat(response.getStatusCode()).as(url).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType().equalsTypeAndSubtype(MediaType.APPLICATION_PDF)).isTrue();
    return response;
  }

  private Task openTaskOf(String nominationId) {
    return taskService.createTaskQuery().processInstanceBusinessKey(nominationId).singleResult();
  }

  /** The nomination's open task, by its step; null when none. */
  private String openTask(String nominationId) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(nominationId).singleResult();
    return task == null ? null : task.getTaskDefinitionKey();
  }

  private Long meetingOfCouncilDecision(String nominationId) {
    return decisions.findByNominationIdOrderByDecidedAtAscIdAsc(nominationId).stream()
        .filter(d -> d.getKind() == NominationDecision.Kind.COUNCIL_VOTE
            || d.getKind() == NominationDecision.Kind.RETURN_FOR_EVIDENCE)
        .map(NominationDecision::getMeetingId).findFirst().orElse(null);
  }

  private static String pdfText(ResponseEntity<byte[]> response) throws IOException {
    try (PDDocument document = Loader.loadPDF(response.getBody())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(document);
    }
  }
}
