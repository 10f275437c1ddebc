package vn.longbien.exemplar.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.springframework.web.util.HtmlUtils;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.BrowserSession;
import vn.longbien.exemplar.support.Officials;
import vn.longbien.exemplar.support.RestNominations;
import vn.longbien.exemplar.support.TestData;

/**
 * Where officials find the certificates (giấy khen) in the pages: the decision's result page links the whole
 * decision's and each recognised nominee's; the dossier of a recognised nominee links it for those who may print it.
 * Bồ Đề's nominations of the shared round, told apart by their nominees' names.
 */
@ApplicationTest
class CertificatePagesTest {

  private static final AtomicInteger NAMES = new AtomicInteger();
  private static final Pattern CERTIFICATE_LINK = Pattern.compile("href=\"(/api/[^\"]*certificates?\\.pdf[^\"]*)\"");

  @Autowired private TestRestTemplate rest;
  @Autowired private RuntimeService runtimeService;
  @Autowired private ManagementService managementService;
  @Autowired private TaskService taskService;
  @Autowired private IdentityService identityService;

  private final int year = TestData.sharedRound();

  @Test
  void theDecisionsResultPageLinksEveryCertificateAndEachLinkDownloadsAPdf() {
    List<String> ids = passedByTheWardCouncil(List.of("Lương Thị Giấy Khen " + NAMES.incrementAndGet(),
        "Tạ Văn Không " + NAMES.incrementAndGet()));
    long id = submitted(ids.get(0), ids.get(1));
    BrowserSession chairman = browser("bode.chutich");

    String html = HtmlUtils.htmlUnescape(chairman.get("/decisions/" + id).body());

    assertThat(html).contains("Giấy khen của 1 người, tập thể (PDF)");
    assertThat(links(html)).containsExactly("/api/decisions/" + id + "/certificates.pdf",
        "/api/nominations/" + ids.get(0) + "/certificate.pdf?level=phuong");
    for (String link : links(html)) {
      HttpResponse<byte[]> pdf = chairman.getBytes(link);
      assertThat(pdf.statusCode()).as(link).isEqualTo(200);
      assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).as(link).startsWith("application/pdf");
    }
  }

  @Test
  void aRecognisedNomineesDossierLinksTheCertificateForTheNominatingUnitButNotForTheCouncil() {
    List<String> ids = passedByTheWardCouncil(List.of("Kiều Thị Hồ Sơ " + NAMES.incrementAndGet(),
        "Mạc Văn Chưa " + NAMES.incrementAndGet()));
    submitted(ids.get(0), ids.get(1));

    String unit = HtmlUtils.htmlUnescape(browser("bode.donvi").get("/nominations/" + ids.get(0)).body());
    String council = HtmlUtils.htmlUnescape(browser("bode.hoidong").get("/nominations/" + ids.get(0)).body());
    String notRecognised = HtmlUtils.htmlUnescape(browser("bode.donvi").get("/nominations/" + ids.get(1)).body());

    assertThat(unit).contains("Giấy khen của Chủ tịch UBND Phường Bồ Đề (PDF)", "theo quyết định số 31/QĐ-UBND ngày 15/01/" + year);
    assertThat(links(unit)).containsExactly("/api/nominations/" + ids.get(0) + "/certificate.pdf?level=phuong");
    assertThat(links(council)).isEmpty();
    assertThat(links(notRecognised)).isEmpty();
  }

  private List<String> passedByTheWardCouncil(List<String> names) {
    RestNominations bode = new RestNominations(rest, runtimeService, managementService, taskService, year);
    List<String> ids = new ArrayList<>();
    for (String name : names) {
      String id = bode.submitByBoDe(name);
      Task council = bode.afterPublicPosting(id);
      Officials.completeAs(identityService, taskService, "bode.hoidong", "phuong-bode-hoidong", council, Map.of(
          "councilAction", "vote", "councilMeetingDate", year + "-01-10", "councilMembersTotal", 15,
          "councilMembersPresent", 12, "councilVotesInFavour", 11, "councilVotesAgainst", 1));
      ids.add(id);
    }
    return ids;
  }

  /** Decision 31/QĐ-UBND recognising the first nominee and not the second, submitted. */
  private long submitted(String recognised, String refused) {
    Map<String, Object> decision = new LinkedHashMap<>();
    decision.put("decisionNumber", "31/QĐ-UBND");
    decision.put("decisionDate", year + "-01-15");
    decision.put("signer", "Nguyễn Văn An");
    decision.put("lines", List.of(
        Map.of("nominationId", recognised, "recognised", true, "reason", "Tiêu biểu"),
        Map.of("nominationId", refused, "recognised", false, "reason", "Chưa đủ thành tích")));
    ResponseEntity<Map> opened = rest.withBasicAuth("bode.chutich", "demo")
        .exchange("/api/decisions", HttpMethod.POST, new HttpEntity<>(decision), Map.class);
    assertThat(opened.getStatusCode()).as(String.valueOf(opened.getBody())).isEqualTo(HttpStatus.CREATED);
    long id = ((Number) opened.getBody().get("id")).longValue();
    assertThat(rest.withBasicAuth("bode.chutich", "demo")
        .exchange("/api/decisions/" + id + "/submit", HttpMethod.POST, null, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    return id;
  }

  private static List<String> links(String html) {
    List<String> links = new ArrayList<>();
    Matcher href = CERTIFICATE_LINK.matcher(html);
    while (href.find()) {
      links.add(href.group(1));
    }
    return links;
  }

  private BrowserSession browser(String user) {
    return new BrowserSession(rest.getRootUri()).signedInAs(user, "demo");
  }
}
