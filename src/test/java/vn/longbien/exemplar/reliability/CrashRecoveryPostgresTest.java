package vn.longbien.exemplar.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.longbien.exemplar.support.EmbeddedPostgresServer;
import vn.longbien.exemplar.support.RestNominations;

/**
 * A node killed with SIGKILL while its council completes tasks and its job executor fires deadlines, then
 * restarted: no nomination is lost or stuck, every completion the node had confirmed (204) is there with
 * its decision, every deadline fires exactly once, and no incident is left.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
class CrashRecoveryPostgresTest {

  private static final int NOMINATIONS = 40;
  /** Nominations whose council task is open before the burst; the others' deadlines arrive during it. */
  private static final int AT_COUNCIL = 20;
  /** Shorter than production's 60 s, so that the restarted node takes over the dead node's jobs quickly. */
  private static final String LOCK_TIME = "--camunda.bpm.job-execution.lock-time-in-millis=10000";
  /** The demo accounts (password "demo") exist only with Camunda's password policy off. */
  private static final String[] DEMO_ACCOUNTS = {
    "--exemplar.demo-identity.enabled=true", "--camunda.bpm.generic-properties.properties.enable-password-policy=false"};

  @Test
  void aNodeKilledMidBurstLosesNothingAndFiresEveryDeadlineOnceAfterRestart() throws Exception {
    String url = EmbeddedPostgresServer.createDatabase("exemplars_crash");
    JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, EmbeddedPostgresServer.USER, ""));
    DeadlineLedger ledger = new DeadlineLedger(jdbc);
    ChildNode node = ChildNode.start("crash-node-before", url, withDemoAccounts(LOCK_TIME));
    Queue<String> confirmed = new ConcurrentLinkedQueue<>();
    int firedAtCrash;
    try {
      List<String> ids = submit(node.rest());
      ledger.makeTimersDue(ids.subList(0, AT_COUNCIL));
      await().atMost(Duration.ofSeconds(60)).until(() -> ledger.openTasks(DeadlineLedger.COUNCIL_TASK) == AT_COUNCIL);

      // The burst: the council completes the open tasks, and meanwhile the other deadlines arrive.
      List<String> councilTasks = ledger.openTaskIds(DeadlineLedger.COUNCIL_TASK);
      ExecutorService council = Executors.newFixedThreadPool(2);
      TestRestTemplate rest = node.rest();
      for (String task : councilTasks) {
        council.submit(() -> {
          if (complete(rest, task).getStatusCode().value() == 204) {
            confirmed.add(task);
          }
          return null;
        });
      }
      await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> !confirmed.isEmpty());
      ledger.makeTimersDue(ids.subList(AT_COUNCIL, NOMINATIONS));
      // Killed as soon as the first of those deadlines has fired: the rest are in flight or queued.
      await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
          .until(() -> ledger.levelsWithTimerFired() > AT_COUNCIL);
      node.kill();
      firedAtCrash = ledger.levelsWithTimerFired();
      council.shutdownNow();
      council.awaitTermination(30, TimeUnit.SECONDS);
      System.out.printf("RELIABILITY crash: node killed (SIGKILL) with %d of %d completions confirmed and %d of %d"
              + " deadlines fired; %d jobs still locked by the dead node%n",
          confirmed.size(), councilTasks.size(), firedAtCrash, NOMINATIONS, lockedJobs(jdbc));
    } finally {
      node.kill();
    }

    ChildNode restarted = ChildNode.start("crash-node-after", url, withDemoAccounts(LOCK_TIME));
    try {
      long start = System.nanoTime();
      await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
          .until(() -> ledger.waitingTimers() == 0 && ledger.levelsWithTimerFired() == NOMINATIONS);
      long recovery = Duration.ofNanos(System.nanoTime() - start).toSeconds();
      List<String> confirmedCompletions = List.copyOf(confirmed);
      assertThat(confirmedCompletions).allSatisfy(task -> assertThat(councilVotesFor(jdbc, task)).isEqualTo(1));
      List<String> leftOpen = ledger.openTaskIds(DeadlineLedger.COUNCIL_TASK);
      TestRestTemplate rest = restarted.rest();
      assertThat(leftOpen).allSatisfy(task -> assertThat(complete(rest, task).getStatusCode().value()).isEqualTo(204));

      int councilVotes = jdbc.queryForObject(
          "SELECT count(*) FROM nomination_decision WHERE kind = 'COUNCIL_VOTE'", Integer.class);
      int votedTwice = jdbc.queryForObject("SELECT count(*) FROM (SELECT nomination_id FROM nomination_decision"
          + " WHERE kind = 'COUNCIL_VOTE' GROUP BY nomination_id HAVING count(*) > 1) twice", Integer.class);
      System.out.printf("RELIABILITY crash: after restart all %d deadlines fired within %d s (%d fired twice);"
              + " %d confirmed completions all present; %d council tasks completed after restart; %d council votes"
              + " recorded, %d twice; %d nominations at the chairman; %d incidents, %d failed jobs%n",
          ledger.levelsWithTimerFired(), recovery, ledger.timersFiredTwice(), confirmedCompletions.size(),
          leftOpen.size(), councilVotes, votedTwice, ledger.openTasks("Task_ChairmanDecision"), ledger.incidents(),
          ledger.failedJobs());
      assertThat(ledger.timersFiredTwice()).isZero();
      assertThat(ledger.councilTasksCreated()).isEqualTo(NOMINATIONS);
      assertThat(ledger.duplicateCouncilTasks()).isZero();
      assertThat(councilVotes).isEqualTo(NOMINATIONS);
      assertThat(votedTwice).isZero();
      assertThat(ledger.openTasks("Task_ChairmanDecision")).isEqualTo(NOMINATIONS);
      assertThat(ledger.openTasks(DeadlineLedger.COUNCIL_TASK)).isZero();
      assertThat(jdbc.queryForObject("SELECT count(*) FROM nomination", Integer.class)).isEqualTo(NOMINATIONS);
      assertThat(ledger.incidents()).isZero();
      assertThat(ledger.failedJobs()).isZero();
    } finally {
      restarted.kill();
    }
  }

  private static String[] withDemoAccounts(String... arguments) {
    List<String> all = new ArrayList<>(List.of(arguments));
    all.addAll(List.of(DEMO_ACCOUNTS));
    return all.toArray(String[]::new);
  }

  private static List<String> submit(TestRestTemplate rest) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < NOMINATIONS; i++) {
      ResponseEntity<Map> submitted = rest.withBasicAuth("bode.donvi", "demo")
          .postForEntity("/api/nominations", Nominees.eligible(Nominees.name("Người qua sự cố", i)), Map.class);
      assertThat(submitted.getStatusCode().is2xxSuccessful()).as("%s", submitted).isTrue();
      ids.add((String) submitted.getBody().get("id"));
    }
    return ids;
  }

  private static ResponseEntity<Map> complete(TestRestTemplate rest, String taskId) {
    return rest.withBasicAuth("bode.hoidong", "demo")
        .postForEntity("/engine-rest/task/" + taskId + "/complete", RestNominations.councilVote(), Map.class);
  }

  /** The council's votes recorded for the nomination of this (completed) task. */
  private static int councilVotesFor(JdbcTemplate jdbc, String taskId) {
    return jdbc.queryForObject("SELECT count(*) FROM nomination_decision d JOIN act_hi_procinst p"
        + " ON p.business_key_ = d.nomination_id JOIN act_hi_taskinst t ON t.proc_inst_id_ = p.id_"
        + " WHERE t.id_ = ? AND t.end_time_ IS NOT NULL AND d.kind = 'COUNCIL_VOTE'", Integer.class, taskId);
  }

  private static int lockedJobs(JdbcTemplate jdbc) {
    return jdbc.queryForObject("SELECT count(*) FROM act_ru_job WHERE lock_owner_ IS NOT NULL", Integer.class);
  }
}
