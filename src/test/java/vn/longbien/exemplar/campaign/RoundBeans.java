package vn.longbien.exemplar.campaign;

import vn.longbien.exemplar.policy.PolicyDecisions;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.springframework.core.io.ClassPathResource;
import vn.longbien.exemplar.organisation.OrganisationCatalog;
import vn.longbien.exemplar.review.ReviewReminder;

/** Registers the round's beans on a test engine, as the application wires them, with in-memory tables. */
final class RoundBeans {

  static final String SECRETARIAT = "phong-noivu-thuongtruc";

  private RoundBeans() {}

  static InMemoryRoundRecords register(ProcessEngine engine) {
    decisionsFirst(engine);
    InMemoryRoundRecords records = new InMemoryRoundRecords();
    OrganisationCatalog organisation = OrganisationCatalog.load(new ClassPathResource("organisation/units.yaml"));
    RoundProperties properties = new RoundProperties(true, List.of("review-work"));
    RoundDeadlines deadlines = new RoundDeadlines(PolicyDecisions.of(engine));
    RoundTargets targets = new RoundTargets(PolicyDecisions.of(engine));
    ReviewReminder reminders = new ReviewReminder();
    Mocks.register("reviewReminder", reminders);
    Mocks.register("roundOpening", new RoundOpening(deadlines, records.rounds, organisation));
    Mocks.register("roundNotice", new RoundNotice(organisation));
    Mocks.register("roundWork", new RoundWork(engine.getTaskService(), engine.getRuntimeService(), organisation, properties));
    Mocks.register("roundReport", new RoundReport(
        records.outcomes, records.rounds, records.report, new TargetAttainment(targets, deadlines, organisation, PolicyDecisions.of(engine)), organisation));
    Mocks.register(
        "introductionTracking",
        new IntroductionTracking(
            organisation, deadlines, targets, records.outcomes, engine.getRuntimeService(), engine.getHistoryService(),
            engine.getTaskService(), reminders));
    return records;
  }

  /**
   * The round's tables deployed before the processes that read them, as the application deploys them
   * (policy/DecisionsFirst): the opening timer asks {@code round-deadlines} for its date while yearly-round deploys.
   */
  static void decisionsFirst(ProcessEngine engine) {
    engine.getRepositoryService().createDeployment().name("decisions first").enableDuplicateFiltering(true)
        .addClasspathResource("dmn/round-deadlines.dmn")
        .addClasspathResource("dmn/yearly-targets.dmn")
        .addClasspathResource("dmn/target-counting.dmn")
        .deploy();
  }
}
