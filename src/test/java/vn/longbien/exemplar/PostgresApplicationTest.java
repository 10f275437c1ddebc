package vn.longbien.exemplar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.longbien.exemplar.support.EmbeddedPostgresServer;

/**
 * The production profile on a real PostgreSQL 16: schema, identity, deployment and a stored instance.
 * The context is closed after the class, before the embedded server stops at JVM exit.
 */
@SpringBootTest
@DirtiesContext
@ActiveProfiles("postgres")
class PostgresApplicationTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgresServer.configure(registry, "exemplars_app", "postgrescheck");
  }

  @Autowired
  private JdbcTemplate jdbc;

  @Autowired
  private Environment environment;

  @Autowired
  private IdentityService identityService;

  @Autowired
  private RepositoryService repositoryService;

  @Autowired
  private RuntimeService runtimeService;

  @Autowired
  private HistoryService historyService;

  @Test
  void runsOnPostgresql16() {
    String version = jdbc.queryForObject("SHOW server_version", String.class);

    assertThat(version).startsWith("16.");
  }

  @Test
  void flywayMigrationsAreAppliedToTheApplicationSchema() {
    Integer failed = jdbc.queryForObject(
        "SELECT count(*) FROM flyway_schema_history WHERE success = false", Integer.class);
    Integer applied = jdbc.queryForObject(
        "SELECT count(*) FROM flyway_schema_history WHERE version = '1' AND success = true", Integer.class);

    assertThat(failed).isZero();
    assertThat(applied).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM org_unit WHERE kind = 'WARD'", Integer.class))
        .isEqualTo(14);
  }

  @Test
  void camundaCreatesItsOwnSchema() {
    Integer camundaTables = jdbc.queryForObject(
        "SELECT count(*) FROM information_schema.tables WHERE table_name IN ('act_ru_task', 'act_hi_procinst')",
        Integer.class);

    assertThat(camundaTables).isEqualTo(2);
  }

  @Test
  void administratorFromTheEnvironmentIsDirectMemberOfCamundaAdmin() {
    assertThat(identityService.checkPassword(EmbeddedPostgresServer.ADMIN_USERNAME, EmbeddedPostgresServer.ADMIN_PASSWORD)).isTrue();
    assertThat(identityService.createUserQuery().userId(EmbeddedPostgresServer.ADMIN_USERNAME).memberOfGroup("camunda-admin").count())
        .isEqualTo(1);
  }

  @Test
  void productionMarksSessionAndCsrfCookiesSecure() {
    assertThat(environment.getProperty("server.servlet.session.cookie.secure", Boolean.class)).isTrue();
    assertThat(environment.getProperty("camunda.bpm.webapp.csrf.enable-secure-cookie", Boolean.class)).isTrue();
  }

  @Test
  void productionSessionCookieAttributesHaveOneWriterTheContainer() {
    assertThat(environment.getProperty("server.servlet.session.cookie.same-site")).isEqualToIgnoringCase("strict");
    assertThat(environment.getProperty("server.servlet.session.cookie.http-only", Boolean.class)).isTrue();
    assertThat(environment.getProperty("camunda.bpm.webapp.session-cookie.enable-same-site-cookie", Boolean.class))
        .isFalse();
    assertThat(environment.getProperty("camunda.bpm.webapp.session-cookie.enable-secure-cookie", Boolean.class))
        .isFalse();
  }

  @Test
  void anOfficialsPasswordMustMeetCamundasPasswordPolicy() {
    User weak = identityService.newUser("bode.canbo");
    weak.setPassword("demo");

    assertThatThrownBy(() -> identityService.saveUser(weak)).hasMessageContaining("Password does not match policy");
    assertThat(identityService.createUserQuery().userId("bode.canbo").count()).isZero();

    User strong = identityService.newUser("bode.canbo");
    strong.setPassword("Bo-De-2026-an-toan");
    identityService.saveUser(strong);
    assertThat(identityService.checkPassword("bode.canbo", "Bo-De-2026-an-toan")).isTrue();
  }

  @Test
  void productionHasNoDemoAccounts() {
    assertThat(identityService.createUserQuery().userId("demo").count()).isZero();
    assertThat(identityService.createUserQuery().userId("bode.donvi").count()).isZero();
  }

  @Test
  void modelDeploysAndItsProcessInstanceIsStored() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("postgres-smoke")
        .name("Kiểm tra lưu trữ")
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("Task_Review").name("Xem xét hồ sơ")
        .endEvent()
        .done();
    repositoryService.createDeployment().name("postgres-smoke").addModelInstance("smoke.bpmn", model).deploy();

    ProcessInstance instance = runtimeService.startProcessInstanceByKey("postgres-smoke", "HS-2026-0001");

    Integer stored = jdbc.queryForObject(
        "SELECT count(*) FROM act_ru_execution WHERE proc_inst_id_ = ? AND business_key_ = 'HS-2026-0001'",
        Integer.class, instance.getId());
    assertThat(stored).isEqualTo(1);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).count())
        .isEqualTo(1);
  }
}
