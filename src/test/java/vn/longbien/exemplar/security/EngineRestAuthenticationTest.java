package vn.longbien.exemplar.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.longbien.exemplar.support.ApplicationTest;

@ApplicationTest
class EngineRestAuthenticationTest {

  @Autowired
  private TestRestTemplate rest;


  @Test
  void anonymousCallToEngineRestIsRefused() {
    ResponseEntity<String> response = rest.getForEntity("/engine-rest/task", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void administratorWithBasicAuthenticationSeesEveryDeployedDecision() {
    ResponseEntity<String> response = rest.withBasicAuth("demo", "demo")
        .getForEntity("/engine-rest/decision-definition?maxResults=10&key=council-vote-outcome", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("\"key\":\"council-vote-outcome\"");
  }

  @Test
  void wardOfficialWithBasicAuthenticationDoesNotSeeTheDecisionTables() {
    ResponseEntity<String> response = rest.withBasicAuth("bode.hoidong", "demo")
        .getForEntity("/engine-rest/decision-definition?maxResults=10&key=council-vote-outcome", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).isEqualTo("[]");
  }

  @Test
  void anonymousDeploymentFromModelerIsRefused() {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("deployment-name", "thu-nghiem");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);

    ResponseEntity<String> response = rest.postForEntity(
        "/engine-rest/deployment/create", new HttpEntity<>(form, headers), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}
