package vn.longbien.exemplar.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.RestNominations;
import vn.longbien.exemplar.support.RoundClock;
import vn.longbien.exemplar.support.TestData;

/**
 * The Tasklist filters every official gets list what their names say, for whoever runs them, without any
 * expression in a stored query: Giang Biên ward's council (a ward no other test uses) and its tasks.
 */
@ApplicationTest
@SuppressWarnings({"rawtypes", "unchecked"})
class TasklistFiltersTest {

  private static final String WARD = "phuong-giangbien";
  private static final String NOMINATING_UNIT = "giangbien.donvi";
  private static final String MEMBER = "giangbien.hoidong";
  private static final String COLLEAGUE = "giangbien.hoidong.pho";
  private static final AtomicInteger NOMINEES = new AtomicInteger();

  @Autowired private TestRestTemplate rest;
  @Autowired private RuntimeService runtimeService;
  @Autowired private ManagementService managementService;
  @Autowired private TaskService taskService;
  @Autowired private IdentityService identityService;
  @Autowired private FilterService filterService;

  @BeforeEach
  void giangBienHasANominatingUnitAndTwoCouncilMembers() {
    official(NOMINATING_UNIT, WARD + "-donvi");
    official(MEMBER, WARD + "-hoidong");
    official(COLLEAGUE, WARD + "-hoidong");
  }

  @AfterEach
  void clearJavaApiAuthentication() {
    identityService.clearAuthentication();
  }

  @Test
  void claimedByMeListsTheTasksTheCallerClaimedAndNobodyElses() {
    Task mine = councilTask();
    Task colleagues = councilTask();
    Task unclaimed = councilTask();
    claim(mine, MEMBER);
    claim(colleagues, COLLEAGUE);

    assertThat(listed(MEMBER, TaskFilter.CLAIMED_BY_ME)).contains(mine.getId())
        .doesNotContain(colleagues.getId(), unclaimed.getId());
    assertThat(listed(COLLEAGUE, TaskFilter.CLAIMED_BY_ME)).contains(colleagues.getId())
        .doesNotContain(mine.getId(), unclaimed.getId());
  }

  @Test
  void unclaimedListsTheUnitsTasksNobodyClaimedAndNoOtherUnitsTasks() {
    Task unclaimed = councilTask();
    Task claimed = councilTask();
    claim(claimed, COLLEAGUE);

    assertThat(listed(MEMBER, TaskFilter.UNCLAIMED)).contains(unclaimed.getId()).doesNotContain(claimed.getId());
    assertThat(listed("viethung.hoidong", TaskFilter.UNCLAIMED)).doesNotContain(unclaimed.getId());
    assertThat(listed("viethung.hoidong", TaskFilter.ALL)).doesNotContain(unclaimed.getId(), claimed.getId());
  }

  @Test
  void dueSoonListsTheTasksWhoseReminderFiredAndThatAreNotYetOverdue() {
    Task reminded = councilTask();
    Task notYetReminded = councilTask();
    Task remindedAndLate = councilTask();
    remind(reminded);
    remind(remindedAndLate);
    taskService.setDueDate(remindedAndLate.getId(), hoursFromNow(-1));

    assertThat(taskService.createTaskQuery().taskId(reminded.getId()).singleResult().getDueDate())
        .isAfter(ClockUtil.getCurrentTime());
    assertThat(listed(MEMBER, TaskFilter.DUE_SOON)).contains(reminded.getId())
        .doesNotContain(notYetReminded.getId(), remindedAndLate.getId());
  }

  @Test
  void overdueListsTheTasksPastTheirDueDate() {
    Task late = councilTask();
    Task inTime = councilTask();
    taskService.setDueDate(late.getId(), hoursFromNow(-1));
    taskService.setDueDate(inTime.getId(), hoursFromNow(1));

    assertThat(listed(MEMBER, TaskFilter.OVERDUE)).contains(late.getId()).doesNotContain(inTime.getId());
    assertThat(listed(COLLEAGUE, TaskFilter.OVERDUE)).contains(late.getId());
  }

  @Test
  void restCountsAndListsFollowTheCallerAndTheFiltersMeaningWinsOverTheRequest() {
    Task task = councilTask();
    String claimedByMe = filterId(TaskFilter.CLAIMED_BY_ME);
    long membersBefore = restCount(MEMBER, claimedByMe);
    long colleaguesBefore = restCount(COLLEAGUE, claimedByMe);

    claim(task, MEMBER);

    assertThat(restCount(MEMBER, claimedByMe)).isEqualTo(membersBefore + 1);
    assertThat(restCount(COLLEAGUE, claimedByMe)).isEqualTo(colleaguesBefore);
    ResponseEntity<List> asColleague = rest.withBasicAuth(COLLEAGUE, "demo").postForEntity(
        "/engine-rest/filter/" + claimedByMe + "/list", Map.of("assignee", MEMBER), List.class);
    assertThat(asColleague.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(asColleague.getBody()).extracting(found -> ((Map) found).get("id")).doesNotContain(task.getId());
  }

  @Test
  void everyFilterIsReadableByEveryoneAndHoldsNoExpression() {
    for (TaskFilter filter : TaskFilter.values()) {
      identityService.setAuthentication("viethung.chutich", List.of("phuong-viethung-chutich"));
      assertThat(filterService.createTaskFilterQuery().filterName(filter.filterName()).count())
          .as("filters named %s that a ward chairman may read", filter.filterName()).isOne();
      identityService.clearAuthentication();
    }
    ResponseEntity<String> stored = rest.withBasicAuth(MEMBER, "demo").getForEntity("/engine-rest/filter", String.class);
    assertThat(stored.getBody()).contains(TaskFilter.OVERDUE.filterName()).doesNotContain("${", "#{");
  }

  // The ward and its tasks.

  private void official(String userId, String group) {
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      User user = identityService.newUser(userId);
      user.setFirstName("Cán bộ");
      user.setLastName("Giang Biên");
      user.setPassword("demo");
      identityService.saveUser(user);
      identityService.createMembership(userId, group);
    }
  }

  /** A nomination of Giang Biên started as its nominating unit, after public posting: its council's task. */
  private Task councilTask() {
    int year = TestData.sharedRound();
    ResponseEntity<Map> started = RoundClock.inRound(year, () -> rest.withBasicAuth(NOMINATING_UNIT, "demo").postForEntity(
        "/engine-rest/process-definition/key/nomination-review/start",
        Map.of("variables", RestNominations.startForm(WARD, "Ngô Thị Bộ Lọc " + NOMINEES.incrementAndGet(), year)),
        Map.class));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    return new RestNominations(rest, runtimeService, managementService, taskService)
        .afterPublicPosting((String) started.getBody().get("businessKey"));
  }

  private void claim(Task task, String userId) {
    identityService.setAuthentication(userId, List.of(WARD + "-hoidong"));
    try {
      taskService.claim(task.getId(), userId);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** Fires the task's reminder timer, as the job executor does reminderDaysBefore days before the due date. */
  private void remind(Task task) {
    managementService.executeJob(managementService.createJobQuery().processInstanceId(task.getProcessInstanceId())
        .activityId("Timer_RemindCouncilReview").singleResult().getId());
  }

  private static Date hoursFromNow(int hours) {
    return new Date(ClockUtil.getCurrentTime().getTime() + TimeUnit.HOURS.toMillis(hours));
  }

  // Running the filters.

  private String filterId(TaskFilter filter) {
    return filterService.createTaskFilterQuery().filterName(filter.filterName()).singleResult().getId();
  }

  /** The ids of the tasks the filter lists for the user, through the Java API under their identity. */
  private List<String> listed(String userId, TaskFilter filter) {
    String id = filterId(filter);
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(group -> group.getId()).toList();
    identityService.setAuthentication(userId, groups);
    try {
      List<Task> tasks = filterService.list(id);
      assertThat(filterService.count(id)).as("count of %s for %s", filter, userId).isEqualTo(tasks.size());
      return tasks.stream().map(Task::getId).toList();
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** The count Tasklist reads for every filter: GET /filter?itemCount=true. */
  private long restCount(String userId, String filterId) {
    ResponseEntity<List> filters = rest.withBasicAuth(userId, "demo")
        .getForEntity("/engine-rest/filter?resourceType=Task&itemCount=true", List.class);
    assertThat(filters.getStatusCode()).isEqualTo(HttpStatus.OK);
    return ((List<Map>) filters.getBody()).stream()
        .filter(filter -> filterId.equals(filter.get("id")))
        .mapToLong(filter -> ((Number) filter.get("itemCount")).longValue())
        .findFirst().orElseThrow();
  }
}
