package vn.longbien.exemplar.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.longbien.exemplar.decision.ChairmanDecisions;
import vn.longbien.exemplar.decision.DecisionSubmission;
import vn.longbien.exemplar.meeting.CouncilMeetings;
import vn.longbien.exemplar.meeting.MeetingSubmission;
import vn.longbien.exemplar.nomination.api.NominationService;
import vn.longbien.exemplar.organisation.OrganisationCatalog;
import vn.longbien.exemplar.organisation.UnitKind;
import vn.longbien.exemplar.support.EmbeddedPostgresServer;
import vn.longbien.exemplar.support.RoundClock;

/**
 * Issue #11: a city-sized round on the production profile and PostgreSQL 16, against the bare engine; and
 * (issue #18) the same chain with the councils and chairmen working by meeting and decision ({@link ListedChains}).
 * Not a unit test: the default build does not run it (the class name does not match Surefire's test
 * patterns); {@code ./mvnw -B -Pbenchmark verify} runs only this. Parameters are system properties, see
 * {@link Parameters}. Writes its results into docs/BENCHMARKS.md and fails when a nomination did not reach
 * the end of the chain.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext
@ActiveProfiles("postgres")
class CityRoundBenchmark {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgresServer.configure(registry, "exemplars_benchmark", "default");
    // No yearly-round instance: its tasks would mix with the measured ones.
    registry.add("exemplar.round.automatic-opening", () -> "false");
  }

  @Autowired private NominationService nominationService;
  @Autowired private RuntimeService runtimeService;
  @Autowired private TaskService taskService;
  @Autowired private ManagementService managementService;
  @Autowired private IdentityService identityService;
  @Autowired private RepositoryService repositoryService;
  @Autowired private AuthorizationService authorizationService;
  @Autowired private CouncilMeetings councilMeetings;
  @Autowired private MeetingSubmission meetingSubmission;
  @Autowired private ChairmanDecisions chairmanDecisions;
  @Autowired private DecisionSubmission decisionSubmission;
  @Autowired private OrganisationCatalog catalog;
  @Autowired private JdbcTemplate jdbc;
  @LocalServerPort private int port;

  /**
   * The whole run on the engine clock of a day inside its round's window (December 2024, running on from
   * there): only the open round takes nominations.
   */
  @Test
  void cityRound() {
    ClockUtil.offset(RoundClock.insideWindowOf(ReviewChains.ROUND).toEpochMilli() - System.currentTimeMillis());
    try {
      runCityRound();
    } finally {
      ClockUtil.reset();
    }
  }

  private void runCityRound() {
    Parameters parameters = Parameters.fromSystemProperties();
    String loadBefore = Machine.currentLoadAverage();
    List<String> wards = catalog.units().stream()
        .filter(unit -> unit.kind() == UnitKind.WARD).map(OrganisationCatalog.UnitDefinition::code).toList();
    Officials officials = new Officials(identityService);
    officials.create(wards);
    deployBareModel(wards);
    ReviewChains chains = new ReviewChains(
        nominationService, runtimeService, taskService, managementService, officials, wards);
    ListedChains listed = new ListedChains(
        chains, officials, councilMeetings, meetingSubmission, chairmanDecisions, decisionSubmission);

    // Warm-up (JIT, connection pool, caches), not measured: one nomination per ward on each model, and one list
    // of one nominee per ward and level by meeting and decision.
    drive("warmup", wards.size(), parameters.threads(), chains::fullChain, chains::bareChain);
    if (parameters.byList()) {
      byList(listed, "warmup-m", wards.size(), wards.size(), parameters);
    }

    TableScans scans = new TableScans(jdbc);
    List<TableScans.SeqScan> chainScans = List.of();
    List<Results.Run> runs = new ArrayList<>();
    for (int run = 1; run <= parameters.runs(); run++) {
      String batch = "r" + run;
      scans.reset();
      Duration ours = timed(parameters.nominations(), parameters.threads(), i -> chains.fullChain(batch, i));
      if (run == 1) {
        chainScans = scans.sinceReset();
      }
      assertEveryNominationRecognisedByTheCity(batch, parameters.nominations());
      // The same N through the same chain, the councils and chairmen working by meeting and decision.
      Duration byList = null;
      if (parameters.byList()) {
        String listedBatch = "m" + run;
        byList = byList(listed, listedBatch, parameters.nominations(), wards.size(), parameters);
        assertEveryNominationRecognisedByTheCity(listedBatch, parameters.nominations());
        assertEveryReviewRecordedByList(listedBatch, parameters.nominations());
      }
      Duration bare = timed(parameters.nominations(), parameters.threads(), i -> chains.bareChain(batch, i));
      assertEveryBareInstanceFinished(batch, parameters.nominations());
      runs.add(new Results.Run(run, ours, byList, bare));
      System.out.printf("benchmark run %d: ours %s, by meeting and decision %s, bare %s%n", run, ours,
          byList == null ? "not run" : byList, bare);
    }

    long open = taskService.createTaskQuery().count();
    int toOpen = (int) Math.max(0, parameters.openTasks() - open);
    Duration seeding = timed(toOpen, parameters.threads(), i -> chains.submitToWardCouncil("open", i));
    long openTasks = taskService.createTaskQuery().count();
    assertThat(openTasks).as("open tasks before the queries").isGreaterThanOrEqualTo(parameters.openTasks());

    QueryLatencies queries = new QueryLatencies(new Latency(port), scans, parameters);
    List<String> finished = jdbc.queryForList(
        "SELECT id FROM nomination WHERE workplace = ? AND status = 'RECOGNISED_CITY' ORDER BY id",
        String.class, "Đợt đo r1");
    QueryLatencies.Measured groupTasks = queries.groupTasks(wards);
    QueryLatencies.Measured timeline = queries.timeline(finished);

    Machine.Memory memory = Machine.Memory.now();
    Results results = new Results(
        parameters, Machine.current(), loadBefore, jdbc.queryForObject("SHOW server_version", String.class),
        runs, chainScans, toOpen, seeding, openTasks, groupTasks, timeline, memory);
    results.print();
    results.writeInto(parameters.report());
  }

  /** Five user tasks in a row, offered to the same groups as the real chain; nothing else. */
  private void deployBareModel(List<String> wards) {
    BpmnModelInstance bare = Bpmn.createExecutableProcess(ReviewChains.BARE_PROCESS)
        .name("Năm bước xét tối giản (đối chứng)").camundaHistoryTimeToLive(3650)
        // The same forms as the review's tasks, so that every completion passes the same checks (security/
        // GuardedTaskService); the start takes its one variable through a generated form field.
        .startEvent().name("Bắt đầu").camundaFormField().camundaId("ward").camundaType("string").camundaFormFieldDone()
        .userTask("Task_WardCouncil").name("Hội đồng phường").camundaCandidateGroups("${ward}-hoidong")
        .camundaFormRef("council-review").camundaFormRefBinding("latest")
        .userTask("Task_WardChairman").name("Chủ tịch phường").camundaCandidateGroups("${ward}-chutich")
        .camundaFormRef("chairman-decision").camundaFormRefBinding("latest").camundaInputParameter("upperLevel", "quan")
        .userTask("Task_DistrictCouncil").name("Hội đồng quận").camundaCandidateGroups(Officials.DISTRICT + "-hoidong")
        .camundaFormRef("council-review").camundaFormRefBinding("latest")
        .userTask("Task_DistrictChairman").name("Chủ tịch quận").camundaCandidateGroups(Officials.DISTRICT + "-chutich")
        .camundaFormRef("chairman-decision").camundaFormRefBinding("latest").camundaInputParameter("upperLevel", "thanh-pho")
        .userTask("Task_CityOutcome").name("Thành phố").camundaCandidateGroups(Officials.CITY_BOARD)
        .camundaFormRef("city-outcome").camundaFormRefBinding("latest")
        .endEvent().name("Kết thúc")
        .done();
    repositoryService.createDeployment().name("benchmark-bare").addModelInstance("bare-review.bpmn", bare).deploy();
    // The wards' nominating units may start it, as they may start nomination-review.
    for (String ward : wards) {
      Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId(ward + "-donvi");
      grant.setResource(Resources.PROCESS_DEFINITION);
      grant.setResourceId(ReviewChains.BARE_PROCESS);
      grant.addPermission(ProcessDefinitionPermissions.READ);
      grant.addPermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
      authorizationService.saveAuthorization(grant);
    }
  }

  /** Wall-clock time of {@code count} nominations in cohorts of one ward, taken in turn by the worker threads. */
  private static Duration byList(ListedChains listed, String batch, int count, int wards, Parameters parameters) {
    List<List<Integer>> cohorts = ListedChains.cohorts(count, wards, parameters.listSize());
    return timed(cohorts.size(), parameters.threads(), c -> listed.cohortChain(batch, cohorts.get(c)));
  }

  private static void drive(String batch, int count, int threads, BatchWork... works) {
    for (BatchWork work : works) {
      timed(count, threads, i -> work.drive(batch, i));
    }
  }

  interface BatchWork {
    void drive(String batch, int index);
  }

  /**
   * Wall-clock time of {@code count} pieces of work taken in turn by {@code threads} workers, as that many
   * officials work at once. The first failure stops every worker and fails the benchmark.
   */
  static Duration timed(int count, int threads, IntConsumer work) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger next = new AtomicInteger();
    long start = System.nanoTime();
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
            try {
              work.accept(i);
            } catch (RuntimeException e) {
              next.set(count);
              throw e;
            }
          }
        }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
      return Duration.ofNanos(System.nanoTime() - start);
    } catch (ExecutionException e) {
      throw new AssertionError("A worker failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private void assertEveryNominationRecognisedByTheCity(String batch, int count) {
    List<Map<String, Object>> statuses = jdbc.queryForList(
        "SELECT status, count(*) AS n FROM nomination WHERE workplace = ? GROUP BY status", "Đợt đo " + batch);
    assertThat(statuses).as("statuses of batch " + batch)
        .containsExactly(Map.of("status", "RECOGNISED_CITY", "n", (long) count));
  }

  /** Each nomination's two council votes were recorded by a meeting and its two chairman's decisions by a decision. */
  private void assertEveryReviewRecordedByList(String batch, int count) {
    Map<String, Object> recorded = jdbc.queryForMap(
        "SELECT count(*) FILTER (WHERE d.kind = 'COUNCIL_VOTE' AND d.meeting_id IS NOT NULL) AS by_meeting,"
            + " count(*) FILTER (WHERE d.kind = 'CHAIRMAN_DECISION' AND d.chairman_decision_id IS NOT NULL) AS by_decision"
            + " FROM nomination_decision d JOIN nomination n ON n.id = d.nomination_id WHERE n.workplace = ?",
        "Đợt đo " + batch);
    assertThat(recorded).as("council votes and chairman's decisions of batch " + batch + " recorded by list")
        .containsExactlyInAnyOrderEntriesOf(Map.of("by_meeting", 2L * count, "by_decision", 2L * count));
  }

  private void assertEveryBareInstanceFinished(String batch, int count) {
    Long finished = jdbc.queryForObject(
        "SELECT count(*) FROM act_hi_procinst WHERE business_key_ LIKE ? AND end_time_ IS NOT NULL AND state_ = 'COMPLETED'",
        Long.class, "BARE-" + batch + "-%");
    assertThat(finished).as("finished bare instances of batch " + batch).isEqualTo(count);
  }
}
