package vn.longbien.exemplar.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.longbien.exemplar.support.RestNominations.typed;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.BrowserSession;

/** The holes a community Camunda 7.24 leaves open are closed by the application itself. */
@ApplicationTest
class SecurityHardeningTest {

  private static final String EXPRESSION_ERROR = "ExpressionNotAllowed";

  @Autowired
  private TestRestTemplate rest;

  @Autowired
  private IdentityService identityService;

  @Autowired
  private FilterService filterService;

  @Autowired
  private TaskService taskService;

  @Autowired
  private RuntimeService runtimeService;

  @Test
  void wardOfficialCannotDeployAModel() {
    ResponseEntity<String> response = deploy("bode.chutich", "quy-trinh-tu-trien-khai");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void auditorCannotDeployAModel() {
    ResponseEntity<String> response = deploy("thanhtra", "quy-trinh-thanh-tra-trien-khai");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void administratorDeploysAModelAsCamundaModelerDoes() {
    ResponseEntity<String> response = deploy("demo", "quy-trinh-quan-tri-trien-khai");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("quy-trinh-quan-tri-trien-khai");
  }

  @Test
  void repeatedWrongPasswordsMakeThatClientWaitEvenWithTheRightPassword() {
    // A throw-away account and a client address of its own, so that no other test is slowed down.
    User user = identityService.newUser("kiemthu.thuchan");
    user.setPassword("mat-khau-dung");
    identityService.saveUser(user);
    HttpHeaders fromOneClient = new HttpHeaders();
    fromOneClient.add("X-Forwarded-For", "198.51.100.7");

    for (int attempt = 0; attempt < 5; attempt++) {
      assertThat(rest.withBasicAuth("kiemthu.thuchan", "mat-khau-sai").exchange("/engine-rest/task?maxResults=1",
          HttpMethod.GET, new HttpEntity<>(fromOneClient), String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    ResponseEntity<String> rightAfter = rest.withBasicAuth("kiemthu.thuchan", "mat-khau-dung").exchange(
        "/engine-rest/task?maxResults=1", HttpMethod.GET, new HttpEntity<>(fromOneClient), String.class);
    ResponseEntity<String> fromItsOwnComputer = rest.withBasicAuth("kiemthu.thuchan", "mat-khau-dung")
        .getForEntity("/engine-rest/task?maxResults=1", String.class);

    assertThat(rightAfter.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(rightAfter.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
    assertThat(rightAfter.getBody()).contains("Đăng nhập sai nhiều lần");
    assertThat(fromItsOwnComputer.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void firstRunSetupCannotCreateAnAdministrator() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    Map<String, Object> user = Map.of(
        "profile", Map.of("id", "ke.gian", "firstName", "Kẻ", "lastName", "Gian"),
        "credentials", Map.of("password", "mat-khau-bat-ky"));

    ResponseEntity<String> response = rest.postForEntity(
        "/camunda/api/admin/setup/default/user/create", new HttpEntity<>(user, headers), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getBody()).contains("SetupDisabled");
    assertThat(identityService.createUserQuery().userId("ke.gian").count()).isZero();
  }

  @Test
  void taskQueryWithAnExpressionInOrQueriesIsRefused() {
    Map<String, Object> query = Map.of("orQueries", List.of(
        Map.of("candidateGroupExpression", "${identityService.createUserQuery().list()}")));

    ResponseEntity<String> response =
        rest.withBasicAuth("demo", "demo").postForEntity("/engine-rest/task?maxResults=10", query, String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains(EXPRESSION_ERROR).contains("biểu thức");
  }

  @Test
  void theSameTaskQueryWithoutTheExpressionIsAnswered() {
    Map<String, Object> query = Map.of("orQueries", List.of(Map.of("candidateGroup", "phuong-bode-hoidong")));

    ResponseEntity<String> response =
        rest.withBasicAuth("demo", "demo").postForEntity("/engine-rest/task?maxResults=10", query, String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void deferredExpressionInAQueryParameterIsRefused() {
    ResponseEntity<String> response = rest.withBasicAuth("demo", "demo")
        .getForEntity("/engine-rest/task?maxResults=10&assigneeExpression={expression}", String.class,
            "#{currentUser()}");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains(EXPRESSION_ERROR);
  }

  @Test
  void expressionHiddenInJsonEscapesIsRefused() {
    String body = "{\"candidateGroupExpression\":\"\\u0024{currentUserGroups()}\"}";
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);

    ResponseEntity<String> response = rest.withBasicAuth("demo", "demo")
        .postForEntity("/engine-rest/task?maxResults=10", new HttpEntity<>(body, headers), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains(EXPRESSION_ERROR);
  }

  @Test
  void savedFilterWithAnExpressionIsRefused() {
    Map<String, Object> filter = Map.of("resourceType", "Task", "name", "Bộ lọc có biểu thức",
        "query", Map.of("candidateGroupsExpression", "${currentUserGroups()}"));

    ResponseEntity<String> response =
        rest.withBasicAuth("demo", "demo").postForEntity("/engine-rest/filter/create", filter, String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(filterService.createFilterQuery().filterName("Bộ lọc có biểu thức").count()).isZero();
  }

  @Test
  void engineRefusesToEvaluateAnExpressionStoredInAFilter() {
    // A filter saved before the guards existed, or through the Java API.
    Filter stored = filterService.newTaskFilter("Bộ lọc cũ có biểu thức")
        .setQuery(taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"));

    assertThatThrownBy(() -> filterService.list(filterService.saveFilter(stored).getId()))
        .isInstanceOf(ProcessEngineException.class);
  }

  @Test
  void javaSerializedVariableIsRefusedAndNothingStarts() {
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("nomination-review").count();
    Map<String, Object> serialized = Map.of(
        "value", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA==", "type", "Object",
        "valueInfo", Map.of("objectTypeName", "java.util.HashMap",
            "serializationDataFormat", "application/x-java-serialized-object"));

    ResponseEntity<String> response = rest.withBasicAuth("bode.donvi", "demo").postForEntity(
        "/engine-rest/process-definition/key/nomination-review/start",
        Map.of("variables", Map.of("payload", serialized, "nomineeName", typed("Ai đó", "String"))), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("JavaSerializationNotAllowed");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("nomination-review").count())
        .isEqualTo(before);
  }

  @Test
  void restPageOfMoreThanAThousandResultsIsRefused() {
    ResponseEntity<String> response =
        rest.withBasicAuth("demo", "demo").getForEntity("/engine-rest/task?maxResults=5000", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("MaxResultsTooLarge");
  }

  @Test
  void errorAnswersCarryNoStackTrace() {
    ResponseEntity<String> camundaError =
        rest.withBasicAuth("demo", "demo").getForEntity("/engine-rest/task/khong-ton-tai", String.class);
    java.net.http.HttpResponse<String> applicationError =
        new BrowserSession(rest.getRootUri()).signedInAs("demo", "demo").get("/khong-co-trang-nay");

    assertThat(camundaError.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(applicationError.statusCode()).isEqualTo(HttpStatus.NOT_FOUND.value());
    assertThat(camundaError.getBody()).doesNotContain("\tat ", "Exception.java", "org.camunda.bpm.engine.impl");
    assertThat(applicationError.body()).contains("Không tìm thấy trang").doesNotContain("\tat ", "trace", "Exception");
  }

  @Test
  void webappPagesSendSecurityHeadersAndStrictCookies() {
    BrowserSession browser = new BrowserSession(rest.getRootUri());
    java.net.http.HttpResponse<String> signIn = browser.signIn("bode.hoidong", "demo");
    java.net.http.HttpResponse<String> page = browser.get("/camunda/app/tasklist/default/");

    assertThat(page.statusCode()).isEqualTo(HttpStatus.OK.value());
    assertThat(page.headers().allValues("Content-Security-Policy")).singleElement().asString()
        .contains("frame-ancestors 'none'");
    assertThat(page.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
    assertThat(page.headers().allValues(HttpHeaders.SET_COOKIE))
        .anySatisfy(cookie -> assertThat(cookie).startsWith("XSRF-TOKEN=").contains("SameSite=Strict"));
    assertThat(signIn.headers().allValues(HttpHeaders.SET_COOKIE))
        .anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Strict"));
  }

  private ResponseEntity<String> deploy(String user, String processKey) {
    String bpmn = Bpmn.convertToString(Bpmn.createExecutableProcess(processKey)
        .name("Quy trình thử triển khai").camundaHistoryTimeToLive(1)
        .startEvent().endEvent().done());
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("deployment-name", processKey);
    form.add("deployment-source", "Camunda Modeler");
    form.add("data", new ByteArrayResource(bpmn.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return processKey + ".bpmn";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(user, "demo")
        .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(form, headers), String.class);
  }
}
