package vn.longbien.exemplar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.longbien.exemplar.support.ApplicationTest;

@ApplicationTest
class WebApplicationsTest {

  @Autowired
  private TestRestTemplate rest;

  @Test
  void tasklistPageIsServed() {
    ResponseEntity<String> response = rest.getForEntity("/camunda/app/tasklist/default/", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType()).isNotNull();
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(response.getBody()).contains("tasklist");
  }

  @Test
  void administratorLogsInToCockpit() {
    ResponseEntity<String> login = logIn("demo", "demo", "cockpit").response();

    assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(login.getBody()).contains("\"cockpit\"", "\"admin\"", "\"tasklist\"");
  }

  @Test
  void wardOfficialLogsInToTasklistButNotToCockpit() {
    assertThat(logIn("bode.hoidong", "demo", "tasklist").response().getBody()).contains("\"tasklist\"");
    assertThat(logIn("bode.hoidong", "demo", "cockpit").response().getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void wardOfficialsTasklistLoadsItsFilters() {
    WebSession session = logIn("bode.hoidong", "demo", "tasklist");

    // The request Tasklist makes on opening: every task filter, without a page size.
    ResponseEntity<String> filters = rest.exchange(
        "/camunda/api/engine/engine/default/filter?resourceType=Task&itemCount=true", HttpMethod.GET,
        new HttpEntity<>(session.headers()), String.class);

    assertThat(filters.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(filters.getBody()).contains("Công việc của tôi");
  }

  record WebSession(ResponseEntity<String> response, HttpHeaders headers) {}

  /** Logs in through the webapps' login form, with the CSRF token a browser gets from the first page. */
  private WebSession logIn(String user, String password, String app) {
    ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
    List<String> cookies = cookies(page);
    String csrfToken = cookies.stream()
        .filter(cookie -> cookie.startsWith("XSRF-TOKEN="))
        .map(cookie -> cookie.substring("XSRF-TOKEN=".length()))
        .findFirst()
        .orElseThrow();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add(HttpHeaders.COOKIE, String.join("; ", cookies));
    headers.add("X-XSRF-TOKEN", csrfToken);
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", password);
    ResponseEntity<String> login = rest.postForEntity(
        "/camunda/api/admin/auth/user/default/login/" + app, new HttpEntity<>(form, headers), String.class);
    // Logging in starts a new session: later requests carry its cookie.
    HttpHeaders session = new HttpHeaders();
    session.add(HttpHeaders.COOKIE, String.join("; ", cookies(login)));
    session.add("X-XSRF-TOKEN", csrfToken);
    return new WebSession(login, session);
  }

  private static List<String> cookies(ResponseEntity<String> response) {
    return response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
        .map(cookie -> cookie.split(";", 2)[0])
        .toList();
  }

  @Test
  void rootRedirectsToTheCamundaWebapps() {
    ResponseEntity<String> response = rest.getForEntity("/", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("camunda");
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
