package vn.longbien.exemplar.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import vn.longbien.exemplar.support.RoundClock;
import vn.longbien.exemplar.support.TestData;
import vn.longbien.exemplar.support.StandaloneStart;

/**
 * The application itself, started on a new database on a day inside a round's window (engine clock): the
 * round that was never opened is open when the start is over, as its timer would have opened it, unless
 * rounds are opened by hand only.
 */
class RoundOpenedAtStartTest {

  @Test
  void aNewInstallationStartedInsideARoundsWindowOpensThatRound() {
    int year = TestData.ownRound();

    try (ConfigurableApplicationContext application = RoundClock.inRound(year, () -> StandaloneStart.run(
        "roundatstart", "--spring.datasource.url=jdbc:h2:mem:roundatstart;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE"))) {
      assertThat(application.getBean(ReviewRoundRepository.class).findById(year)).get()
          .extracting(ReviewRound::getStatus).isEqualTo(RoundStatus.OPEN);
      assertThat(application.getBean(RuntimeService.class).createProcessInstanceQuery()
          .processDefinitionKey("yearly-round").processInstanceBusinessKey(String.valueOf(year)).count()).isEqualTo(1);
    }
  }

  @Test
  void withAutomaticOpeningOffAStartInsideTheWindowOpensNoRoundAndSuspendsTheOpeningTimer() {
    int year = TestData.ownRound();

    try (ConfigurableApplicationContext application = RoundClock.inRound(year, () -> StandaloneStart.run(
        "roundbyhand", "--spring.datasource.url=jdbc:h2:mem:roundbyhand;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE",
        "--exemplar.round.automatic-opening=false"))) {
      assertThat(application.getBean(ReviewRoundRepository.class).findById(year)).isEmpty();
      assertThat(application.getBean(ManagementService.class).createJobDefinitionQuery()
          .processDefinitionKey("yearly-round").jobType("timer-start-event").singleResult().isSuspended()).isTrue();
    }
  }
}
