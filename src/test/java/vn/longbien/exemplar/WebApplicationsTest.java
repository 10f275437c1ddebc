package vn.longbien.exemplar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.BrowserSession;
import vn.longbien.exemplar.support.RestNominations;
import vn.longbien.exemplar.support.RoundClock;
import vn.longbien.exemplar.support.TestData;

@ApplicationTest
class WebApplicationsTest {

  @Autowired
  private TestRestTemplate rest;

  @Autowired
  private org.camunda.bpm.engine.RuntimeService runtimeService;

  @Autowired
  private org.camunda.bpm.engine.ManagementService managementService;

  @Autowired
  private org.camunda.bpm.engine.TaskService taskService;

  @Test
  void anAnonymousVisitorIsSentToTheSignInPage() {
    BrowserSession browser = new BrowserSession(rest.getRootUri());

    for (String page : List.of("/", "/camunda/app/tasklist/default/", "/nominations")) {
      HttpResponse<String> answer = browser.get(page);
      assertThat(answer.statusCode()).as(page).isEqualTo(HttpStatus.FOUND.value());
      assertThat(answer.headers().firstValue(HttpHeaders.LOCATION)).as(page)
          .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }
    HttpResponse<String> signInPage = browser.get("/login");
    assertThat(signInPage.statusCode()).isEqualTo(HttpStatus.OK.value());
    assertThat(signInPage.body()).contains("<html lang=\"vi\"", "Đăng nhập", "Tên đăng nhập", "Mật khẩu");
  }

  @Test
  void aSignedInOfficialLandsOnTheirHomePage() {
    BrowserSession browser = new BrowserSession(rest.getRootUri());

    HttpResponse<String> signIn = browser.signIn("bode.hoidong", "demo");
    HttpResponse<String> home = browser.get("/");

    assertThat(signIn.headers().firstValue(HttpHeaders.LOCATION)).hasValueSatisfying(to -> assertThat(to).endsWith("/"));
    assertThat(home.statusCode()).isEqualTo(HttpStatus.OK.value());
    assertThat(home.body()).contains("Trang chủ", "bode.hoidong", "Công việc của nhóm bạn");
  }

  @Test
  void theHomePageNamesTheRoundOpenTodayAndItsDeadline() {
    int year = TestData.ownRound();

    String home = RoundClock.inRound(year,
        () -> new BrowserSession(rest.getRootUri()).signedInAs("bode.donvi", "demo").get("/").body());

    assertThat(home).contains("Đợt bình xét năm " + year + " đang nhận hồ sơ", "hạn trước ngày",
        "31/01/" + year, "còn 52 ngày");
  }

  @Test
  void theApiTakesTheSignedInSessionButItsWritesNeedThePagesCsrfToken() {
    RestNominations nominations = new RestNominations(rest, runtimeService, managementService, taskService);
    String id = nominations.submitByBoDe("Lâm Thị Phiên " + System.nanoTime());
    BrowserSession browser = new BrowserSession(rest.getRootUri()).signedInAs("bode.hoidong", "demo");
    String objection = "{\"senderName\":\"Tổ dân phố 2\",\"content\":\"Đề nghị xem lại\",\"isComplaint\":false}";

    HttpResponse<String> read = browser.get("/api/nominations/" + id);
    HttpResponse<String> withoutToken = browser.postJsonWithoutToken("/api/nominations/" + id + "/objections", objection);
    HttpResponse<String> withToken = browser.postJson("/nominations/" + id, "/api/nominations/" + id + "/objections", objection);

    assertThat(read.statusCode()).isEqualTo(HttpStatus.OK.value());
    assertThat(withoutToken.statusCode()).isEqualTo(HttpStatus.FORBIDDEN.value());
    assertThat(withToken.statusCode()).isEqualTo(HttpStatus.CREATED.value());
  }

  @Test
  void aWrongPasswordKeepsTheOfficialOnTheSignInPageWithTheReason() {
    BrowserSession browser = new BrowserSession(rest.getRootUri(), "203.0.113.21");

    HttpResponse<String> refused = browser.signIn("bode.hoidong", "sai-mat-khau");
    HttpResponse<String> page = browser.get("/login?error");

    assertThat(refused.headers().firstValue(HttpHeaders.LOCATION)).hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
    assertThat(page.body()).contains("Tên đăng nhập hoặc mật khẩu không đúng");
    assertThat(browser.get("/").statusCode()).isEqualTo(HttpStatus.FOUND.value());
  }

  @Test
  void signingInOnceOpensTasklistWithoutAnotherPassword() {
    BrowserSession browser = new BrowserSession(rest.getRootUri()).signedInAs("bode.hoidong", "demo");

    HttpResponse<String> tasklist = browser.get("/camunda/app/tasklist/default/");
    HttpResponse<String> user = browser.get("/camunda/api/admin/auth/user/default");

    assertThat(tasklist.statusCode()).isEqualTo(HttpStatus.OK.value());
    assertThat(tasklist.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(tasklist.body()).contains("tasklist");
    assertThat(user.statusCode()).isEqualTo(HttpStatus.OK.value());
    assertThat(user.body()).contains("\"userId\":\"bode.hoidong\"", "\"tasklist\"").doesNotContain("\"cockpit\"");
  }

  @Test
  void anAdministratorSignedInOnceOpensCockpitAndAdmin() {
    BrowserSession browser = new BrowserSession(rest.getRootUri()).signedInAs("demo", "demo");

    HttpResponse<String> cockpit = browser.get("/camunda/app/cockpit/default/");
    HttpResponse<String> user = browser.get("/camunda/api/admin/auth/user/default");

    assertThat(cockpit.statusCode()).isEqualTo(HttpStatus.OK.value());

    assertThat(user.body()).contains("\"cockpit\"", "\"admin\"", "\"tasklist\"");
  }

  @Test
  void signingOutOfTasklistSignsOutOfEverything() {
    BrowserSession browser = new BrowserSession(rest.getRootUri()).signedInAs("bode.hoidong", "demo");
    String xsrf = browser.get("/camunda/app/tasklist/default/").headers().allValues(HttpHeaders.SET_COOKIE).stream()
        .filter(cookie -> cookie.startsWith("XSRF-TOKEN=")).map(cookie -> cookie.substring(11, cookie.indexOf(';')))
        .findFirst().orElseThrow();

    HttpResponse<String> signOut = browser.send(browser.request("/camunda/api/admin/auth/user/default/logout")
        .header("X-XSRF-TOKEN", xsrf).POST(java.net.http.HttpRequest.BodyPublishers.noBody()));

    assertThat(signOut.statusCode()).isEqualTo(HttpStatus.OK.value());
    assertThat(browser.get("/").statusCode()).isEqualTo(HttpStatus.FOUND.value());
    assertThat(browser.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(HttpStatus.UNAUTHORIZED.value());
  }

  @Test
  void signingOutOfThePagesSignsOutOfTasklist() {
    BrowserSession browser = new BrowserSession(rest.getRootUri()).signedInAs("bode.hoidong", "demo");
    browser.get("/camunda/app/tasklist/default/");
    assertThat(browser.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(HttpStatus.OK.value());

    HttpResponse<String> signOut = browser.postFormFrom("/logout", "/logout", java.util.Map.of());

    assertThat(signOut.headers().firstValue(HttpHeaders.LOCATION))
        .hasValueSatisfying(to -> assertThat(to).endsWith("/login?signedOut"));
    assertThat(browser.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(HttpStatus.UNAUTHORIZED.value());
  }

  @Test
  void wardOfficialsTasklistLoadsItsFilters() {
    BrowserSession browser = new BrowserSession(rest.getRootUri()).signedInAs("bode.hoidong", "demo");

    // The request Tasklist makes on opening: every task filter, without a page size.
    HttpResponse<String> filters = browser.get("/camunda/api/engine/engine/default/filter?resourceType=Task&itemCount=true");

    assertThat(filters.statusCode()).isEqualTo(HttpStatus.OK.value());
    assertThat(filters.body()).contains("Công việc của tôi");
  }

  @Test
  void healthReportsProcessEngineJobExecutorAndDatabase() throws Exception {
    ResponseEntity<String> response = rest.getForEntity("/actuator/health", String.class);

    JsonNode health = new ObjectMapper().readTree(response.getBody());
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(health.path("status").asText()).isEqualTo("UP");
    assertThat(health.path("components").has("processEngine")).isTrue();
    assertThat(health.path("components").has("jobExecutor")).isTrue();
    assertThat(health.path("components").has("db")).isTrue();
  }
}
