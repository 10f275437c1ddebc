package vn.longbien.exemplar.home;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.calendar.HanoiCalendar;
import vn.longbien.exemplar.campaign.RoundDeadlines;
import vn.longbien.exemplar.campaign.RoundWindows;
import vn.longbien.exemplar.nomination.NominationStatus;
import vn.longbien.exemplar.nomination.api.NominationService;
import vn.longbien.exemplar.security.CurrentOfficial;
import vn.longbien.exemplar.security.CurrentOfficial.Official;

/**
 * What the signed-in official's home page shows: the round, their groups' work in Tasklist and their units'
 * nominations.
 */
@Component
class HomeView {

  /** Tasks listed on the page; the rest are in Tasklist. */
  static final int LISTED_TASKS = 10;

  private final TaskService tasks;
  private final NominationService nominations;
  private final CurrentOfficial currentOfficial;
  private final RoundWindows rounds;
  private final RoundDeadlines deadlines;

  HomeView(TaskService tasks, NominationService nominations, CurrentOfficial currentOfficial, RoundWindows rounds,
      RoundDeadlines deadlines) {
    this.tasks = tasks;
    this.nominations = nominations;
    this.currentOfficial = currentOfficial;
    this.rounds = rounds;
    this.deadlines = deadlines;
  }

  record TaskLine(String id, String name, String due, boolean overdue, String assignee) {}

  record StatusLine(NominationStatus status, String label, long count) {}

  /** The round open today (its window and how many days are left), or the next one to open. */
  record Round(int year, boolean open, String opens, String deadline, long daysLeft) {}

  record Home(String userId, Round round, long openTasks, long overdueTasks, List<TaskLine> firstTasks, Integer year,
      List<StatusLine> statuses, long nominationsTotal) {}

  Home forCurrentOfficial() {
    Official official = currentOfficial.get();
    Date now = Date.from(Instant.now());
    List<TaskLine> first = mine(official).orderByDueDate().asc().listPage(0, LISTED_TASKS).stream()
        .map(task -> line(task, now)).toList();
    long open = mine(official).count();
    long overdue = mine(official).dueBefore(now).count();
    Integer year = nominations.latestYear().orElse(null);
    Map<NominationStatus, Long> counts = year == null ? Map.of() : nominations.countByStatus(year);
    List<StatusLine> statuses = counts.entrySet().stream()
        .map(entry -> new StatusLine(entry.getKey(), entry.getKey().label(), entry.getValue())).toList();
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    return new Home(official.userId(), round(), open, overdue, first, year, statuses, total);
  }

  private Round round() {
    LocalDate today = HanoiCalendar.today();
    return rounds.openToday()
        .map(window -> new Round(window.year(), true, HanoiCalendar.text(window.opens()),
            HanoiCalendar.text(window.deadline()), daysBetween(today, window.deadline())))
        .orElseGet(() -> {
          RoundDeadlines.Window next = deadlines.window(rounds.currentRoundYear());
          return new Round(next.year(), false, HanoiCalendar.text(next.opens()), HanoiCalendar.text(next.deadline()),
              daysBetween(today, next.opens()));
        });
  }

  /** Tasks offered to the official's groups, or assigned to them; the engine shows only those they may see. */
  private TaskQuery mine(Official official) {
    TaskQuery query = tasks.createTaskQuery().active();
    if (official.groupIds().isEmpty()) {
      return query.taskAssignee(official.userId());
    }
    return query.or().taskCandidateGroupIn(official.groupIds()).includeAssignedTasks().taskAssignee(official.userId())
        .endOr();
  }

  private static TaskLine line(Task task, Date now) {
    String due = task.getDueDate() == null ? null
        : HanoiCalendar.text(task.getDueDate().toInstant().atZone(HanoiCalendar.ZONE).toLocalDate());
    boolean overdue = task.getDueDate() != null && task.getDueDate().before(now);
    return new TaskLine(task.getId(), task.getName(), due, overdue, task.getAssignee());
  }

  static long daysBetween(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to);
  }
}
