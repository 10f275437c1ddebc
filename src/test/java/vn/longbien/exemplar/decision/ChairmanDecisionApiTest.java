package vn.longbien.exemplar.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
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
 * A chairman signs once: one decision (number, date, signer) over the nominees the council passed, each recognised
 * or not and proposed upward or not; submitting it completes each nominee's chairman task. Nominations of the
 * shared round, told apart by their nominees' names.
 */
@ApplicationTest
class ChairmanDecisionApiTest {

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
  void aWardDecisionRecognisesProposesAndRefusesEachNomineeUnderOneNumber() throws IOException {
    List<String> ids = passedByTheWardCouncil(3, "Quyết");
    long id = opened("bode.chutich", decision("7/QĐ-UBND", List.of(
        line(ids.get(0), true, Map.of("proposeUpward", true), null),
        line(ids.get(1), true, Map.of(), "Thành tích tiêu biểu của phường"),
        line(ids.get(2), false, Map.of(), "Chưa đủ thành tích tiêu biểu"))));

    Map<String, Object> result = submit("bode.chutich", id);

    assertThat(result).containsEntry("state", "submitted").containsEntry("completed", 3);
    assertThat(lines(result)).extracting(l -> l.get("outcome")).containsExactly("proposed", "recognised", "not-recognised");
    assertThat(nominations.findById(ids.get(1)).orElseThrow().getStatus()).isEqualTo(NominationStatus.RECOGNISED_WARD);
    assertThat(nominations.findById(ids.get(2)).orElseThrow().getStatus()).isEqualTo(NominationStatus.NOT_RECOGNISED);
    NominationDecision recorded = chairmanDecision(ids.get(0));
    assertThat(recorded.getChairmanDecisionId()).isEqualTo(id);
    assertThat(recorded.getDecisionNumber()).isEqualTo("7/QĐ-UBND");
    assertThat(recorded.getDecisionDate()).isEqualTo(year + "-01-15");
    assertThat(recorded.getActor()).isEqualTo("bode.chutich");
    assertThat(rest.withBasicAuth("thanhtra", "demo").getForObject("/api/audit/nominations/" + ids.get(0), String.class))
        .contains("Ghi nhận theo quyết định số 7/QĐ-UBND ngày 15/01/" + year, "Nguyễn Văn An", "\"SIGNED_DECISION\"");

    String list = pdfText(rest.withBasicAuth("bode.chutich", "demo")
        .getForEntity("/api/decisions/" + id + "/list", byte[].class));
    assertThat(list).contains("Quyết định số 7/QĐ-UBND ngày 15/01/" + year, name(ids.get(0)), name(ids.get(1)), "gồm 2")
        .doesNotContain(name(ids.get(2)));
  }

  @Test
  void theDistrictDecidesOnceOverAWardsProposalAndADepartmentsIntroduction() {
    String fromWard = proposedToTheDistrict("Lên quận");
    String fromDepartment = introducedByTheHealthDepartment("Phòng Y tế " + NAMES.incrementAndGet());
    for (String id : List.of(fromWard, fromDepartment)) {
      new RestNominations(rest, runtimeService, managementService, taskService, year).afterPublicPosting(id);
      Officials.completeAs(identityService, taskService, "quan.hoidong", "quan-longbien-hoidong", task(id), Map.of(
          "councilAction", "vote", "councilMeetingDate", year + "-02-05", "councilMembersTotal", 17,
          "councilMembersPresent", 14, "councilVotesInFavour", 13, "councilVotesAgainst", 1));
    }
    ResponseEntity<List> candidates = rest.withBasicAuth("quan.chutich", "demo")
        .getForEntity("/api/decisions/candidates", List.class);
    assertThat((List<Map<String, Object>>) candidates.getBody())
        .filteredOn(c -> List.of(fromWard, fromDepartment).contains(c.get("nominationId")))
        .extracting(c -> c.get("upperLevel")).containsExactly("thanh-pho", "thanh-pho");

    long id = opened("quan.chutich", decision("45/QĐ-UBND", List.of(
        line(fromWard, true, Map.of("proposeGoodDeed", true), null),
        line(fromDepartment, true, Map.of(), "Công nhận cấp quận, chưa đề nghị Thành phố"))));
    Map<String, Object> result = submit("quan.chutich", id);

    assertThat(result).containsEntry("completed", 2).containsEntry("notCompleted", 0);
    assertThat(chairmanDecision(fromWard).getOutcome()).isEqualTo("proposed");
    assertThat(chairmanDecision(fromWard).getLevel()).isEqualTo("quan");
    assertThat(nominations.findById(fromDepartment).orElseThrow().getStatus())
        .isEqualTo(NominationStatus.RECOGNISED_DISTRICT);
    assertThat(task(fromWard)).isNotNull();
    assertThat(task(fromWard).getTaskDefinitionKey()).isNotEqualTo(ChairmanDecisions.CHAIRMAN_TASK);
  }

  @Test
  void anotherWardsChairmanFindsNoDecisionAndAProposalTheLevelDoesNotOfferIsRefused() {
    List<String> ids = passedByTheWardCouncil(1, "Khác");
    ResponseEntity<Map> toTheCity = call("bode.chutich", HttpMethod.POST, "/api/decisions", decision("8/QĐ-UBND",
        List.of(line(ids.get(0), true, Map.of("proposeGoodDeed", true), null))));
    assertThat(toTheCity.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) toTheCity.getBody().get("message")).contains("chỉ đề xuất, giới thiệu lên quận");

    long id = opened("bode.chutich", decision("8/QĐ-UBND", List.of(line(ids.get(0), true, Map.of(), "Tiêu biểu"))));

    assertThat(call("viethung.chutich", HttpMethod.GET, "/api/decisions/" + id, null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(call("bode.hoidong", HttpMethod.POST, "/api/decisions/" + id + "/submit", null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    submit("bode.chutich", id);
    ResponseEntity<Map> again = call("bode.chutich", HttpMethod.POST, "/api/decisions/" + id + "/submit", null);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) again.getBody().get("message")).contains("đã được gửi");
  }

  // The nominations and the decision.

  private List<String> passedByTheWardCouncil(int count, String tag) {
    RestNominations bode = new RestNominations(rest, runtimeService, managementService, taskService, year);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = bode.submitByBoDe("Mai " + tag + " " + NAMES.incrementAndGet());
      Task council = bode.afterPublicPosting(id);
      Officials.completeAs(identityService, taskService, "bode.hoidong", "phuong-bode-hoidong", council, Map.of(
          "councilAction", "vote", "councilMeetingDate", year + "-01-10", "councilMembersTotal", 15,
          "councilMembersPresent", 12, "councilVotesInFavour", 11, "councilVotesAgainst", 1));
      ids.add(id);
    }
    return ids;
  }

  private String proposedToTheDistrict(String tag) {
    String id = passedByTheWardCouncil(1, tag).get(0);
    Officials.completeAs(identityService, taskService, "bode.chutich", "phuong-bode-chutich", task(id), Map.of(
        "recognised", true, "proposeUpward", true, "decisionNumber", "3/QĐ-UBND", "decisionDate", year + "-01-12"));
    return id;
  }

  private String introducedByTheHealthDepartment(String name) {
    Map<String, Object> form = new HashMap<>(RestNominations.startForm("phong-yte", name, year));
    form.put("wardOrUnit", RestNominations.typed("Phòng Y tế", "String"));
    ResponseEntity<Map> started = RoundClock.inRound(year, () -> rest.withBasicAuth("phong.yte", "demo").postForEntity(
        "/engine-rest/process-definition/key/nomination-review/start", Map.of("variables", form), Map.class));
    assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
    return (String) started.getBody().get("businessKey");
  }

  private Map<String, Object> decision(String number, List<Map<String, Object>> lines) {
    Map<String, Object> decision = new LinkedHashMap<>();
    decision.put("decisionNumber", number);
    decision.put("decisionDate", year + "-01-15");
    decision.put("signer", "Nguyễn Văn An, Chủ tịch UBND");
    decision.put("lines", lines);
    return decision;
  }

  private static Map<String, Object> line(String id, boolean recognised, Map<String, Object> proposals, String reason) {
    Map<String, Object> line = new LinkedHashMap<>(proposals);
    line.put("nominationId", id);
    line.put("recognised", recognised);
    if (reason != null) {
      line.put("reason", reason);
    }
    return line;
  }

  private long opened(String user, Map<String, Object> decision) {
    ResponseEntity<Map> response = call(user, HttpMethod.POST, "/api/decisions", decision);
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
    return ((Number) response.getBody().get("id")).longValue();
  }

  private Map<String, Object> submit(String user, long id) {
    ResponseEntity<Map> response = call(user, HttpMethod.POST, "/api/decisions/" + id + "/submit", null);
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private ResponseEntity<Map> call(String user, HttpMethod method, String url, Object body) {
    return rest.withBasicAuth(user, "demo").exchange(url, method, body == null ? null : new HttpEntity<>(body), Map.class);
  }

  private static List<Map<String, Object>> lines(Map<String, Object> decision) {
    return (List<Map<String, Object>>) decision.get("lines");
  }

  private Task task(String nominationId) {
    return taskService.createTaskQuery().processInstanceBusinessKey(nominationId).singleResult();
  }

  private String name(String nominationId) {
    return nominations.findById(nominationId).orElseThrow().getNomineeName();
  }

  private NominationDecision chairmanDecision(String nominationId) {
    List<NominationDecision> all = decisions.findByNominationIdOrderByDecidedAtAscIdAsc(nominationId);
    return all.stream().filter(d -> d.getKind() == NominationDecision.Kind.CHAIRMAN_DECISION)
        .reduce((first, second) -> second).orElseThrow();
  }

  private static String pdfText(ResponseEntity<byte[]> response) throws IOException {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (PDDocument document = Loader.loadPDF(response.getBody())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(document);
    }
  }
}
