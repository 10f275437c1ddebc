package vn.longbien.exemplar.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.longbien.exemplar.campaign.ReviewRound;
import vn.longbien.exemplar.campaign.ReviewRoundRepository;
import vn.longbien.exemplar.campaign.RoundReport;
import vn.longbien.exemplar.campaign.RoundReportLine;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.Multipart;
import vn.longbien.exemplar.support.TestData;

/**
 * What happened is read from the application's records, not from the models: an administrator renames the
 * council's task and moves it in Camunda Modeler (its id cannot change: the deployment contract refuses that,
 * {@code ModelContractApplicationTest}), deploys it over REST, and a nomination reviewed under that version
 * comes out in the audit timeline, the round's report and the council's minutes exactly as one reviewed under
 * the shipped model. Two Bồ Đề nominations of a round of this test's own, worked by the same officials, one
 * before and one after the deployment.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelabelledModelApplicationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int ROUND = TestData.ownRound();
  private static final String NEW_NAME = "Hội đồng Thi đua - Khen thưởng họp, biểu quyết hồ sơ đề cử";
  private static final String BEFORE = TestData.nominee("Nguyễn Văn Trước");
  private static final String AFTER = TestData.nominee("Nguyễn Văn Sau");

  @Autowired private TestRestTemplate rest;
  @Autowired private RepositoryService repository;
  @Autowired private ReviewRoundRepository rounds;
  @Autowired private RoundReport roundReport;
  @Autowired private AuditedChain auditedChain;

  private String deploymentId;
  private String before;
  private String after;

  @BeforeAll
  void oneNominationUnderEachVersionOfLevelReview() throws Exception {
    AuditedChain chain = auditedChain.inRound(ROUND);
    before = chain.run(BEFORE);
    ResponseEntity<String> deployed = rest.withBasicAuth("demo", "demo").postForEntity("/engine-rest/deployment/create",
        Multipart.file("level-review.bpmn", relabelledLevelReview().getBytes(StandardCharsets.UTF_8),
            "deployment-name", "doi-ten-cong-viec-hoi-dong", "deployment-source", "Camunda Modeler"),
        String.class);
    assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.OK);
    deploymentId = JSON.readTree(deployed.getBody()).path("id").asText();
    after = chain.run(AFTER);
  }

  @AfterAll
  void theShippedLevelReviewIsTheLatestAgainForTheOtherTests() {
    if (deploymentId != null && !deploymentId.isEmpty()) {
      repository.deleteDeployment(deploymentId, true);
    }
  }

  @Test
  void theSecondNominationRanUnderTheRelabelledCouncilTask() throws Exception {
    assertThat(entries(after, "TASK_COMPLETED")).extracting(e -> e.get("stepName").asText())
        .anyMatch(name -> name.startsWith(NEW_NAME));
    assertThat(entries(before, "TASK_COMPLETED")).extracting(e -> e.get("stepName").asText())
        .noneMatch(name -> name.startsWith(NEW_NAME));
  }

  @Test
  void bothCouncilsVotesShowTheSameInTheTimeline() throws Exception {
    List<String> votesBefore = votes(before);

    assertThat(votesBefore).hasSize(2);
    assertThat(votes(after)).isEqualTo(votesBefore);
  }

  @Test
  void theChairmensAndTheCitysDecisionsShowTheSameInTheTimeline() throws Exception {
    List<String> decisionsBefore = entries(before, "DECISION").stream()
        .map(e -> e.get("actor").asText() + " " + e.get("step").asText() + ": " + e.get("description").asText())
        .toList();

    assertThat(decisionsBefore).hasSize(3);
    assertThat(entries(after, "DECISION")).extracting(
            e -> e.get("actor").asText() + " " + e.get("step").asText() + ": " + e.get("description").asText())
        .isEqualTo(decisionsBefore);
  }

  @Test
  void theRoundsReportCountsBothNominationsAlike() {
    rounds.save(new ReviewRound(ROUND, Instant.now(), "quan.noivu", Instant.now()));

    List<RoundReportLine> report = roundReport.close(ROUND, "Đóng đợt của kịch bản đổi tên công việc");

    RoundReportLine boDe = report.stream().filter(line -> line.getUnitCode().equals("phuong-bode")).findFirst()
        .orElseThrow();
    assertThat(boDe.getCounts()).isEqualTo(new RoundReportLine.Counts(2, 0, 0, 2, 2, 0));
  }

  @Test
  void theCouncilsMinutesListBothNomineesWithTheSameTally() throws Exception {
    ResponseEntity<byte[]> minutes = rest.withBasicAuth("bode.hoidong", "demo").getForEntity(
        "/api/documents/council-minutes?unit=phuong-bode&year=" + ROUND + "&meetingDate=2025-01-10", byte[].class);
    assertThat(minutes.getStatusCode()).isEqualTo(HttpStatus.OK);

    String text = PdfText.of(minutes.getBody());
    assertThat(rowAfter(text, AFTER)).isEqualTo(rowAfter(text, BEFORE)).contains("12/15", "Thông qua");
  }

  /** What the minutes' table shows after the nominee's name: the tally, the ratio and the result. */
  private static String rowAfter(String text, String nominee) {
    String row = text.lines().filter(line -> line.contains(nominee)).findFirst().orElseThrow();
    return row.substring(row.indexOf(nominee) + nominee.length());
  }

  /** The council's votes as inspectors read them: who, at which step, the sentence and the counts. */
  private List<String> votes(String nominationId) throws Exception {
    return entries(nominationId, "VOTE").stream()
        .map(e -> e.get("actor").asText() + " " + e.get("step").asText() + ": " + e.get("description").asText()
            + " " + List.of("councilMeetingDate", "councilMembersTotal", "councilMembersPresent",
                "councilVotesInFavour", "councilVotesAgainst").stream()
                .map(name -> name + "=" + e.at("/details/" + name).asText()).toList())
        .toList();
  }

  private List<JsonNode> entries(String nominationId, String kind) throws Exception {
    ResponseEntity<String> response =
        rest.withBasicAuth("thanhtra", "demo").getForEntity("/api/audit/nominations/" + nominationId, String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return StreamSupport.stream(JSON.readTree(response.getBody()).get("entries").spliterator(), false)
        .filter(e -> kind.equals(e.get("kind").asText())).toList();
  }

  /**
   * The shipped level-review as an administrator edits it: the council task's name changed and its shape moved
   * 40 px down, its id, form and listeners kept.
   */
  private static String relabelledLevelReview() throws Exception {
    String model = Files.readString(Path.of("bpmn/level-review.bpmn"), StandardCharsets.UTF_8);
    Matcher task = Pattern.compile("(<bpmn:userTask id=\"Task_CouncilReview\" name=\")([^\"]*)(\")").matcher(model);
    assertThat(task.find()).isTrue();
    model = task.replaceFirst(Matcher.quoteReplacement(task.group(1) + NEW_NAME + task.group(3)));
    Matcher shape = Pattern.compile(
        "(bpmnElement=\"Task_CouncilReview\">\\s*<dc:Bounds x=\"\\d+\" y=\")(\\d+)(\")").matcher(model);
    assertThat(shape.find()).isTrue();
    int y = Integer.parseInt(shape.group(2)) + 40;
    return shape.replaceFirst(Matcher.quoteReplacement(shape.group(1) + y + shape.group(3)));
  }

}
