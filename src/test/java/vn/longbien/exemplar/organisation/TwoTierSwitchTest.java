package vn.longbien.exemplar.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import vn.longbien.exemplar.audit.NominationTimeline;
import vn.longbien.exemplar.audit.TimelineEntry;
import vn.longbien.exemplar.campaign.RoundReport;
import vn.longbien.exemplar.nomination.Nomination;
import vn.longbien.exemplar.nomination.NominationStatus;
import vn.longbien.exemplar.nomination.api.NominationService;
import vn.longbien.exemplar.nomination.api.NominationViews;
import vn.longbien.exemplar.registry.Exemplar;
import vn.longbien.exemplar.registry.ExemplarRegistry;
import vn.longbien.exemplar.reporting.PeriodReportService;
import vn.longbien.exemplar.reporting.PeriodViews;
import vn.longbien.exemplar.reporting.ReportService;
import vn.longbien.exemplar.reporting.ReportViews.YearlyLine;
import vn.longbien.exemplar.security.CurrentOfficial;
import vn.longbien.exemplar.support.RoundClock;
import vn.longbien.exemplar.support.TestData;
import vn.longbien.exemplar.support.StandaloneStart;

/**
 * The switch to the two-tier organisation of 2025 ({@code organisation/units-2025-two-tier.yaml} with the two-tier
 * chain) over a database where a round was recorded under the three-tier organisation ({@code units.yaml}): the
 * application is started once with each file, one after the other, over the same in-memory H2 database. The old
 * round's nomination of Cự Khối, a ward that no longer exists, stays readable under its name: in the nominations
 * list and dossier, in that round's yearly report and in the period report, in the registry of exemplars, and in
 * the audit timeline; new
 * nominations are offered only for the wards of the file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoTierSwitchTest {

  private static final String DATABASE =
      "--spring.datasource.url=jdbc:h2:mem:organisationswitch;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE";
  private static final String NOMINEE = "Trần Thị Cự Khối";

  private final int year = TestData.ownRound();
  private String oldNomination;
  private ConfigurableApplicationContext twoTier;

  @BeforeAll
  void aRoundRecordedUnderTheThreeTierOrganisationThenTheSwitch() {
    try (ConfigurableApplicationContext threeTier =
        RoundClock.inRound(year, () -> StandaloneStart.run("organisationthreetier", DATABASE))) {
      oldNomination = RoundClock.inRound(year, () -> reviewedByCuKhoi(threeTier));
      threeTier.getBean(RoundReport.class).close(year, "Báo cáo trước khi sắp xếp đơn vị hành chính");
    }
    twoTier = StandaloneStart.run("organisationtwotier", DATABASE,
        "--exemplar.organisation-file=classpath:organisation/units-2025-two-tier.yaml",
        "--exemplar.review.chain=two-tier");
  }

  @AfterAll
  void stop() {
    if (twoTier != null) {
      twoTier.close();
    }
  }

  @Test
  void theOldRoundsNominationOfAFormerWardIsListedAndItsDossierReadWithTheWardsName() {
    as("thanhtra", List.of("thanhtra"), () -> {
      NominationService nominations = twoTier.getBean(NominationService.class);
      NominationViews views = twoTier.getBean(NominationViews.class);
      List<Nomination> listed = nominations.search(
          new NominationService.Search(year, null, null, null, NOMINEE), 0, 20).getContent();
      assertThat(listed).extracting(Nomination::getId).containsExactly(oldNomination);
      assertThat(views.summary(listed.get(0)).nominatingUnitName()).isEqualTo("Phường Cự Khối");

      NominationViews.Detail dossier = views.detail(nominations.readable(oldNomination),
          nominations.decisionsOf(oldNomination), List.of(), List.of());
      assertThat(dossier.status()).isEqualTo(NominationStatus.RECOGNISED_WARD);
      assertThat(dossier.decisions()).extracting(NominationViews.Decision::decisionNumber).contains("12/QĐ-UBND");
      return null;
    });
  }

  @Test
  void theCityBoardStillReadsTheFormerWardsNominationAsItDidBelowTheDistrict() {
    as("thanhpho.bantdkt", List.of("thanhpho-hanoi-bantdkt"), () ->
        assertThat(twoTier.getBean(NominationService.class).readable(oldNomination).getNomineeName()).isEqualTo(NOMINEE));
  }

  @Test
  void theOldRoundsYearlyReportKeepsTheFormerWardsLine() {
    List<YearlyLine> lines = as("thanhtra", List.of("thanhtra"),
        () -> twoTier.getBean(ReportService.class).yearly(year).lines());

    assertThat(lines).filteredOn(line -> "phuong-cukhoi".equals(line.unitCode())).singleElement()
        .satisfies(line -> {
          assertThat(line.unitName()).isEqualTo("Phường Cự Khối");
          assertThat(line.nominations()).isEqualTo(1);
          assertThat(line.recognisedWard()).isEqualTo(1);
        });
  }

  @Test
  void theOldRoundStaysInThePeriodReportUnderTheFormerWardsName() {
    PeriodViews.PeriodReport report = as("thanhtra", List.of("thanhtra"), () -> {
      PeriodReportService periods = twoTier.getBean(PeriodReportService.class);
      return periods.report(periods.range(String.valueOf(year), String.valueOf(year)));
    });

    assertThat(report.units()).filteredOn(unit -> "phuong-cukhoi".equals(unit.unitCode())).singleElement()
        .satisfies(unit -> {
          assertThat(unit.unitName()).isEqualTo("Phường Cự Khối");
          PeriodViews.UnitYear round = unit.years().get(0);
          assertThat(round.year()).isEqualTo(year);
          assertThat(round.nominations()).isEqualTo(1);
          assertThat(round.recognisedWard()).isEqualTo(1);
          // its target as the round's report kept it when the round closed: 1 of 2 exemplars
          assertThat(round.targets()).singleElement().satisfies(target -> assertThat(target.achieved()).isEqualTo(1));
          assertThat(round.statusLabel()).isEqualTo("Chưa đạt");
        });
    assertThat(report.years().get(0).nominations()).isEqualTo(1);
  }

  @Test
  void theFormerWardsExemplarStaysInTheRegistryWithItsRecognition() {
    ExemplarRegistry registry = twoTier.getBean(ExemplarRegistry.class);

    Exemplar exemplar = registry.exemplarOf(oldNomination).orElseThrow();

    assertThat(exemplar.getName()).isEqualTo(NOMINEE);
    assertThat(exemplar.getUnitCode()).isEqualTo("phuong-cukhoi");
    assertThat(registry.search("tran thi cu khoi", List.of("phuong-cukhoi"))).extracting(Exemplar::getId)
        .containsExactly(exemplar.getId());
    assertThat(registry.nominationsOf(exemplar.getId())).singleElement().satisfies(nomination -> {
      assertThat(nomination.getRoundYear()).isEqualTo(year);
      assertThat(nomination.getRecognitionLevel()).isEqualTo("phuong");
    });
  }

  @Test
  void theAuditTimelineOfTheOldNominationIsWhole() {
    NominationTimeline.Timeline timeline = as("thanhtra", List.of("thanhtra"),
        () -> twoTier.getBean(NominationTimeline.class).of(oldNomination));

    assertThat(timeline.nomination().nominatingUnitName()).isEqualTo("Phường Cự Khối");
    assertThat(timeline.entries()).extracting(TimelineEntry::actor).contains("cukhoi.hoidong", "cukhoi.chutich");
  }

  @Test
  void theStartFormOffersOnlyTheWardsOfTheTwoTierFile() throws IOException {
    String form = as("bode.donvi", List.of("phuong-bode-donvi"), () -> {
      String definition = twoTier.getBean(RepositoryService.class).createProcessDefinitionQuery()
          .processDefinitionKey("nomination-review").latestVersion().singleResult().getId();
      try (InputStream served = twoTier.getBean(FormService.class).getDeployedStartForm(definition)) {
        return new String(served.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });

    assertThat(form).contains("\"phuong-bode\"", "\"phuong-longbien\"", "\"phuong-phucloi\"", "\"phuong-viethung\"")
        .doesNotContain("\"phuong-cukhoi\"", "\"phong-yte\"", "\"quan-longbien\"");
  }

  @Test
  void aFormerWardCanNoLongerNominateInTasklistOrThroughTheApi() {
    int current = twoTier.getBean(NominationService.class).currentRoundYear();
    assertThatThrownBy(() -> as("cukhoi.donvi", List.of("phuong-cukhoi-donvi"), () ->
        twoTier.getBean(RuntimeService.class).startProcessInstanceByKey("nomination-review",
            startForm("phuong-cukhoi", "Nguyễn Văn Mới", current))))
        .isNotNull();

    assertThat(as("cukhoi.donvi", List.of("phuong-cukhoi-donvi"), () -> twoTier.getBean(NominationService.class)
        .mayNominateFor(twoTier.getBean(CurrentOfficial.class).get(), "phuong-cukhoi"))).isFalse();
    assertThat(as("thanhtra", List.of("thanhtra"), () -> twoTier.getBean(NominationService.class)
        .search(new NominationService.Search(null, null, null, null, "Nguyễn Văn Mới"), 0, 20).getContent())).isEmpty();
  }

  /** Cự Khối's nominating unit submits, its council passes the nominee (12 of 13 present), its chairman recognises. */
  private String reviewedByCuKhoi(ConfigurableApplicationContext application) {
    RuntimeService runtime = application.getBean(RuntimeService.class);
    ManagementService management = application.getBean(ManagementService.class);
    TaskService tasks = application.getBean(TaskService.class);
    IdentityService identities = application.getBean(IdentityService.class);
    for (String role : List.of("donvi", "hoidong", "chutich")) {
      identities.saveUser(identities.newUser("cukhoi." + role));
      identities.createMembership("cukhoi." + role, "phuong-cukhoi-" + role);
    }
    String id = as(application, "cukhoi.donvi", List.of("phuong-cukhoi-donvi"),
        () -> runtime.startProcessInstanceByKey("nomination-review", startForm("phuong-cukhoi", NOMINEE, year))
            .getBusinessKey());
    ProcessInstance level = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id)
        .processDefinitionKey("level-review").singleResult();
    management.executeJob(management.createJobQuery().processInstanceId(level.getId()).timers().singleResult().getId());
    complete(application, tasks, id, "cukhoi.hoidong", "phuong-cukhoi-hoidong", Map.of(
        "councilAction", "vote", "councilMeetingDate", year + "-01-10", "councilMembersTotal", 15,
        "councilMembersPresent", 13, "councilVotesInFavour", 12, "councilVotesAgainst", 1));
    complete(application, tasks, id, "cukhoi.chutich", "phuong-cukhoi-chutich", Map.of(
        "recognised", true, "proposeUpward", false, "decisionNumber", "12/QĐ-UBND",
        "decisionDate", year + "-01-15", "decisionReason", "Thành tích tiêu biểu của phường"));
    return id;
  }

  private static void complete(ConfigurableApplicationContext application, TaskService tasks, String id, String user,
      String group, Map<String, Object> variables) {
    as(application, user, List.of(group), () -> {
      Task task = tasks.createTaskQuery().processInstanceBusinessKey(id).singleResult();
      tasks.complete(task.getId(), variables);
      return null;
    });
  }

  private static VariableMap startForm(String unit, String nomineeName, int year) {
    return Variables.createVariables()
        .putValue("nominatingUnit", unit).putValue("roundYear", (long) year)
        .putValue("nomineeKind", "ca-nhan").putValue("nomineeName", nomineeName)
        .putValue("birthYear", 1978L).putValue("gender", "nu")
        .putValue("movement", "chung").putValue("achievements", "Vận động nhân dân hiến đất mở đường ngõ.")
        .putValue("criterionTc1", true).putValue("criterionTc2", true)
        .putValue("criterionTc3", true).putValue("criterionTc4", true)
        .putValue("disciplinePending", false).putValue("complaintPending", false);
  }

  private <T> T as(String user, List<String> groups, Supplier<T> work) {
    return as(twoTier, user, groups, work);
  }

  private static <T> T as(ConfigurableApplicationContext application, String user, List<String> groups,
      Supplier<T> work) {
    IdentityService identities = application.getBean(IdentityService.class);
    identities.setAuthentication(user, groups);
    try {
      return work.get();
    } finally {
      identities.clearAuthentication();
    }
  }
}
