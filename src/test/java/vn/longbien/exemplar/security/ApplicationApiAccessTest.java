package vn.longbien.exemplar.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.longbien.exemplar.support.ApplicationTest;

/** The application's API authenticates like Camunda's REST API and knows each caller's units. */
@ApplicationTest
@SuppressWarnings("unchecked")
class ApplicationApiAccessTest {

  @Autowired
  private TestRestTemplate rest;

  @Test
  void anonymousCallToTheApplicationApiIsRefused() {
    assertThat(rest.getForEntity("/api/me", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void wardCouncilMemberReadsOnlyTheirOwnWard() {
    Map<String, Object> me = me("bode.hoidong");

    assertThat((List<Object>) me.get("ownUnits")).containsExactly("phuong-bode");
    assertThat((List<Object>) me.get("readableUnits")).containsExactly("phuong-bode");
  }

  @Test
  void districtCouncilReadsEveryWardAndDepartmentOfTheDistrict() {
    List<Object> readable = (List<Object>) me("quan.hoidong").get("readableUnits");

    assertThat(readable).contains("quan-longbien", "phuong-bode", "phuong-viethung", "phong-yte")
        .doesNotContain("thanhpho-hanoi");
    assertThat(readable).hasSize(1 + 14 + 14);
  }

  @Test
  void phongNoiVuAsTheCouncilsSecretariatReadsEveryUnitOfTheDistrict() {
    Map<String, Object> me = me("quan.noivu");

    assertThat(me.get("secretariat")).isEqualTo(true);
    assertThat((List<Object>) me.get("readableUnits")).contains("quan-longbien", "phuong-bode", "phuong-viethung", "phong-yte")
        .doesNotContain("thanhpho-hanoi")
        .hasSize(1 + 14 + 14);
  }

  @Test
  void auditorReadsEveryUnit() {
    Map<String, Object> me = me("thanhtra");

    assertThat(me.get("auditor")).isEqualTo(true);
    assertThat((List<Object>) me.get("readableUnits")).contains("thanhpho-hanoi", "phuong-thachban", "phong-noivu");
  }

  @Test
  void apiErrorsAreJsonWithAVietnameseMessage() {
    ResponseEntity<Map> response = rest.withBasicAuth("bode.hoidong", "demo")
        .postForEntity("/api/me", Map.of(), Map.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
    assertThat(response.getBody()).containsEntry("type", "MethodNotAllowed");
    assertThat((String) response.getBody().get("message")).contains("Phương thức");
  }

  private Map<String, Object> me(String user) {
    ResponseEntity<Map> response = rest.withBasicAuth(user, "demo").getForEntity("/api/me", Map.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }
}
