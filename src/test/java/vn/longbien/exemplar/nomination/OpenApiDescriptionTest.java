package vn.longbien.exemplar.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.longbien.exemplar.support.ApplicationTest;

/**
 * The OpenAPI description documents the application's API, and Swagger UI shows it. The description holds no
 * records, so it is readable without logging in; the API it describes is not.
 */
@ApplicationTest
class OpenApiDescriptionTest {

  @Autowired private TestRestTemplate rest;

  @Test
  void descriptionDocumentsNominationsImportAndReports() {
    ResponseEntity<JsonNode> response = rest.withBasicAuth("bode.donvi", "demo").getForEntity("/v3/api-docs", JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType()).isNotNull()
        .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue());
    JsonNode paths = response.getBody().get("paths");
    assertThat(paths.has("/api/nominations")).isTrue();
    assertThat(paths.get("/api/nominations").has("post")).isTrue();
    assertThat(paths.get("/api/nominations").has("get")).isTrue();
    assertThat(paths.has("/api/nominations/{id}")).isTrue();
    assertThat(paths.get("/api/nominations/import").has("post")).isTrue();
    assertThat(paths.get("/api/reports/targets").has("get")).isTrue();
    assertThat(paths.get("/api/reports/yearly").has("get")).isTrue();
    assertThat(paths.get("/api/reports/period").has("get")).isTrue();
  }

  @Test
  void swaggerUiOpensFromItsShortAddress() {
    ResponseEntity<String> page = rest.withBasicAuth("bode.donvi", "demo").getForEntity("/swagger-ui.html", String.class);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("Swagger UI");
  }

  @Test
  void descriptionIsPublicButTheApiItDescribesIsNot() {
    assertThat(rest.getForEntity("/v3/api-docs", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.getForEntity("/api/nominations", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}
