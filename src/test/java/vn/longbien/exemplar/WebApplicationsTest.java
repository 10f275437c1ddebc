package vn.longbien.exemplar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
  void rootRedirectsToTheCamundaWebapps() {
    ResponseEntity<String> response = rest.getForEntity("/", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("camunda");
  }

  @Test
  void healthReportsProcessEngineAndJobExecutor() throws Exception {
    ResponseEntity<String> response = rest.getForEntity("/actuator/health", String.class);

    JsonNode health = new ObjectMapper().readTree(response.getBody());
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(health.path("status").asText()).isEqualTo("UP");
    assertThat(health.path("components").has("processEngine")).isTrue();
    assertThat(health.path("components").has("jobExecutor")).isTrue();
  }
}
