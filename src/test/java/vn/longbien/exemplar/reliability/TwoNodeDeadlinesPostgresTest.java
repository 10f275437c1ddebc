package vn.longbien.exemplar.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.longbien.exemplar.nomination.api.NominationService;
import vn.longbien.exemplar.support.EmbeddedPostgresServer;
import vn.longbien.exemplar.support.StandaloneStart;
import vn.longbien.exemplar.support.RoundClock;

/**
 * Two application nodes on one PostgreSQL database, each with its job executor on and the production
 * profile's job executor settings: 500 nominations reach their public-posting deadline at once, and each
 * deadline fires exactly once — one council task per nomination, never two — within a bounded time.
 */
class TwoNodeDeadlinesPostgresTest {

  private static final int NOMINATIONS = 500;
  private static final Duration BOUND = Duration.ofSeconds(180);

  private static ConfigurableApplicationContext nodeOne;
  private static ConfigurableApplicationContext nodeTwo;
  private static DeadlineLedger ledger;

  @BeforeAll
  static void startTwoNodes() {
    String[] production = EmbeddedPostgresServer.productionArguments(
        EmbeddedPostgresServer.createDatabase("exemplars_twonodes")).toArray(String[]::new);
    // One after the other, as an operator rolls out: the first creates the schema and deploys the models.
    nodeOne = StandaloneStart.node("nodeone", production);
    nodeTwo = StandaloneStart.node("nodetwo", production);
    ledger = new DeadlineLedger(nodeOne.getBean(JdbcTemplate.class));
  }

  @AfterAll
  static void stopNodes() {
    if (nodeTwo != null) {
      nodeTwo.close();
    }
    if (nodeOne != null) {
      nodeOne.close();
    }
  }

  @Test
  void everyDeadlineFiresExactlyOnceWhenTwoNodesRunJobs() throws Exception {
    submitOnBothNodes();
    assertThat(ledger.waitingTimers()).isEqualTo(NOMINATIONS);

    long start = System.nanoTime();
    ledger.makeTimersDue();
    await().atMost(BOUND).pollInterval(Duration.ofMillis(250))
        .until(() -> ledger.waitingTimers() == 0 && ledger.councilTasksCreated() >= NOMINATIONS);
    long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();

    Map<String, Integer> perNode = ledger.firingsPerNode();
    System.out.printf("RELIABILITY two nodes: %d deadlines due at once, %d fired (per node %s) in %d s,"
            + " %d fired twice, %d council tasks created, %d duplicate council tasks, %d failed firings retried,"
            + " %d incidents%n",
        NOMINATIONS, ledger.levelsWithTimerFired(), perNode, seconds, ledger.timersFiredTwice(),
        ledger.councilTasksCreated(), ledger.duplicateCouncilTasks(), ledger.failedFirings(), ledger.incidents());
    assertThat(ledger.levelsWithTimerFired()).isEqualTo(NOMINATIONS);
    assertThat(ledger.timersFiredTwice()).isZero();
    assertThat(ledger.councilTasksCreated()).isEqualTo(NOMINATIONS);
    assertThat(ledger.duplicateCouncilTasks()).isZero();
    assertThat(ledger.incidents()).isZero();
    assertThat(perNode.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(NOMINATIONS);
    // Both executors compete for the jobs; how the work splits depends on which one polls first.
    assertThat(List.of(nodeOne, nodeTwo)).allMatch(node -> node.getBean(ProcessEngine.class)
        .getProcessEngineConfiguration() instanceof ProcessEngineConfigurationImpl configuration
        && configuration.getJobExecutor().isActive());
  }

  /**
   * Half the nominations through each node's service, as two officials' browsers would reach two nodes, on a
   * day inside their round's window.
   */
  private static void submitOnBothNodes() {
    List<NominationService> services =
        List.of(nodeOne.getBean(NominationService.class), nodeTwo.getBean(NominationService.class));
    ExecutorService submitters = Executors.newFixedThreadPool(2);
    try {
      RoundClock.inRound(Nominees.ROUND, () -> {
        List<Future<?>> submissions = new ArrayList<>();
        for (int i = 0; i < NOMINATIONS; i++) {
          NominationService node = services.get(i % 2);
          String name = Nominees.name("Người đến hạn", i);
          submissions.add(submitters.submit(() -> node.start(Nominees.eligible(name))));
        }
        for (Future<?> submission : submissions) {
          try {
            submission.get();
          } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("A submission failed", e);
          }
        }
      });
    } finally {
      submitters.shutdown();
    }
  }
}
