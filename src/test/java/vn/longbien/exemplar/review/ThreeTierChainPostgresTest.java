package vn.longbien.exemplar.review;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.longbien.exemplar.nomination.NominationDecisionRepository;
import vn.longbien.exemplar.nomination.NominationRepository;
import vn.longbien.exemplar.support.EmbeddedPostgresServer;

/**
 * The same three-tier chain on the production profile and a real PostgreSQL 16 (its own database), with
 * the demo accounts switched on for the test only. The context closes after the class.
 */
@SpringBootTest
@DirtiesContext
@ActiveProfiles("postgres")
class ThreeTierChainPostgresTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgresServer.configure(registry, "exemplars_review", "postgresreview");
    // The demo accounts (password "demo") exist only with Camunda's password policy off.
    registry.add("exemplar.demo-identity.enabled", () -> "true");
    registry.add("camunda.bpm.generic-properties.properties.enable-password-policy", () -> "false");
  }

  @Autowired private RuntimeService runtimeService;
  @Autowired private TaskService taskService;
  @Autowired private IdentityService identityService;
  @Autowired private ManagementService managementService;
  @Autowired private NominationRepository nominations;
  @Autowired private NominationDecisionRepository decisions;

  @Test
  void boDeNominationGoesWardDistrictCityOnPostgresql() {
    new ThreeTierChainAsOfficials(runtimeService, taskService, identityService, managementService, nominations, decisions)
        .run("Nguyễn Thị Hồng Nhung");
  }
}
