package vn.longbien.exemplar.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.BrowserSession;

/** The audit trail is for inspectors and administrators, and it only reads. */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("rawtypes")
class AuditAccessApplicationTest {

  @Autowired private TestRestTemplate rest;
  @Autowired private AuthorizationService authorizationService;
  @Autowired private AuditedChain auditedChain;

  private String boDeNomination;

  @BeforeAll
  void aBoDeNominationInPublicPosting() {
    boDeNomination = auditedChain
        .submit("bode.donvi", "phuong-bode-donvi", "phuong-bode", "Trần Thị Quyền");
  }

  @Test
  void anotherWardsOfficialIsRefusedTheAuditApiAndPage() {
    ResponseEntity<Map> timeline = rest.withBasicAuth("viethung.hoidong", "demo")
        .getForEntity("/api/audit/nominations/" + boDeNomination, Map.class);
    assertThat(timeline.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(timeline.getBody()).containsEntry("type", "Forbidden");

    assertThat(status("viethung.hoidong", "/api/audit/nominations?year=" + AuditedChain.ROUND)).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status("viethung.hoidong", "/audit/")).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status("viethung.hoidong", "/audit/nominations/" + boDeNomination)).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status("viethung.hoidong", "/audit/rounds/" + AuditedChain.ROUND)).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aWardOfficialGetsTheVietnameseRefusalPageNotTheAudit() {
    java.net.http.HttpResponse<String> page =
        new BrowserSession(rest.getRootUri()).signedInAs("bode.donvi", "demo").get("/audit/nominations/" + boDeNomination);

    assertThat(page.statusCode()).isEqualTo(HttpStatus.FORBIDDEN.value());
    assertThat(page.body()).contains("Không có quyền truy cập").doesNotContain("Trần Thị Quyền");
  }

  @Test
  void theNominationsOwnWardCouncilIsRefusedTooTheAuditIsNotAWorkingTool() {
    assertThat(status("bode.hoidong", "/api/audit/nominations/" + boDeNomination)).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void phongNoiVuReadsTheNominationButNotItsAudit() {
    assertThat(status("quan.noivu", "/api/nominations/" + boDeNomination)).isEqualTo(HttpStatus.OK);
    assertThat(status("quan.noivu", "/api/audit/nominations/" + boDeNomination)).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status("quan.noivu", "/audit/")).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void inspectorReadsTheSearchTheTimelineAndThePage() {
    ResponseEntity<List> found = rest.withBasicAuth("thanhtra", "demo")
        .getForEntity("/api/audit/nominations?year=" + AuditedChain.ROUND + "&unit=phuong-bode&name=thị quyền", List.class);
    assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(found.getBody()).extracting(n -> ((Map) n).get("id")).containsExactly(boDeNomination);

    assertThat(status("thanhtra", "/api/audit/nominations/" + boDeNomination)).isEqualTo(HttpStatus.OK);
    assertThat(status("thanhtra", "/audit/")).isEqualTo(HttpStatus.OK);
  }

  @Test
  void administratorReadsTheAuditToo() {
    assertThat(status("demo", "/api/audit/nominations/" + boDeNomination)).isEqualTo(HttpStatus.OK);
    assertThat(status("demo", "/audit/")).isEqualTo(HttpStatus.OK);
  }

  @Test
  void inspectorFindsANomineeByNameTypedWithoutAccents() {
    ResponseEntity<List> found = rest.withBasicAuth("thanhtra", "demo")
        .getForEntity("/api/audit/nominations?year=" + AuditedChain.ROUND + "&unit=phuong-bode&name=THI QUYEN", List.class);
    assertThat(found.getBody()).extracting(n -> ((Map) n).get("id")).containsExactly(boDeNomination);
  }

  @Test
  void anonymousCallerIsAskedToSignIn() {
    java.net.http.HttpResponse<String> page = new BrowserSession(rest.getRootUri()).get("/audit/");
    assertThat(page.statusCode()).isEqualTo(HttpStatus.FOUND.value());
    assertThat(page.headers().firstValue(HttpHeaders.LOCATION)).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
    ResponseEntity<String> api = rest.getForEntity("/api/audit/nominations", String.class);
    assertThat(api.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(api.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
  }

  @Test
  void unknownNominationIsNotFound() {
    assertThat(status("thanhtra", "/api/audit/nominations/khong-co")).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
  void theAuditApiAcceptsOnlyReading(String method) {
    ResponseEntity<Map> response = rest.withBasicAuth("thanhtra", "demo").exchange(
        "/api/audit/nominations/" + boDeNomination, HttpMethod.valueOf(method), new HttpEntity<>(Map.of()), Map.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
  }

  @Test
  void inspectorHoldsNoAuthorizationToChangeAnything() {
    List<String> groups = List.of("thanhtra");
    Map<Resource, List<Permission>> writes = Map.of(
        Resources.PROCESS_DEFINITION, List.of(ProcessDefinitionPermissions.CREATE_INSTANCE,
            ProcessDefinitionPermissions.UPDATE_INSTANCE, ProcessDefinitionPermissions.DELETE_INSTANCE,
            ProcessDefinitionPermissions.DELETE_HISTORY, ProcessDefinitionPermissions.UPDATE_INSTANCE_VARIABLE,
            ProcessDefinitionPermissions.SUSPEND, ProcessDefinitionPermissions.UPDATE, ProcessDefinitionPermissions.DELETE),
        Resources.PROCESS_INSTANCE, List.of(Permissions.CREATE, Permissions.UPDATE, Permissions.DELETE),
        Resources.TASK, List.of(Permissions.CREATE, Permissions.UPDATE, Permissions.DELETE, Permissions.TASK_WORK,
            Permissions.TASK_ASSIGN),
        Resources.DEPLOYMENT, List.of(Permissions.CREATE, Permissions.DELETE),
        Resources.DECISION_DEFINITION, List.of(Permissions.UPDATE, Permissions.CREATE_INSTANCE, Permissions.DELETE_HISTORY),
        Resources.AUTHORIZATION, List.of(Permissions.CREATE, Permissions.UPDATE, Permissions.DELETE),
        Resources.USER, List.of(Permissions.CREATE, Permissions.UPDATE, Permissions.DELETE),
        Resources.GROUP, List.of(Permissions.CREATE, Permissions.UPDATE, Permissions.DELETE));

    writes.forEach((resource, permissions) -> permissions.forEach(permission ->
        assertThat(authorizationService.isUserAuthorized("thanhtra", groups, permission, resource, Authorization.ANY))
            .as("%s on %s", permission.getName(), resource.resourceName()).isFalse()));
    assertThat(authorizationService.isUserAuthorized(
        "thanhtra", groups, ProcessDefinitionPermissions.READ_HISTORY, Resources.PROCESS_DEFINITION, "nomination-review"))
        .as("đọc lịch sử").isTrue();
  }

  /** The API through HTTP Basic; the page as the official's browser opens it, signed in. */
  private HttpStatus status(String user, String path) {
    if (path.startsWith("/api/")) {
      return HttpStatus.valueOf(rest.withBasicAuth(user, "demo").getForEntity(path, String.class).getStatusCode().value());
    }
    return HttpStatus.valueOf(new BrowserSession(rest.getRootUri()).signedInAs(user, "demo").get(path).statusCode());
  }
}
