package vn.longbien.exemplar.review;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.longbien.exemplar.nomination.NominationDecisionRepository;
import vn.longbien.exemplar.nomination.NominationRepository;
import vn.longbien.exemplar.support.ApplicationTest;

/** The whole application (H2, demo accounts): the three-tier chain as the officials of each level work it. */
@ApplicationTest
class ThreeTierChainApplicationTest {

  @Autowired private RuntimeService runtimeService;
  @Autowired private TaskService taskService;
  @Autowired private IdentityService identityService;
  @Autowired private ManagementService managementService;
  @Autowired private NominationRepository nominations;
  @Autowired private NominationDecisionRepository decisions;

  @Test
  void boDeNominationGoesWardDistrictCityAndOnlyBoDeOfficialsWorkItsWardTasks() {
    new ThreeTierChainAsOfficials(runtimeService, taskService, identityService, managementService, nominations, decisions)
        .run("Lê Quang Trung");
  }
}
