package vn.longbien.exemplar.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.calendar.HanoiCalendar;
import vn.longbien.exemplar.campaign.RoundProperties;
import vn.longbien.exemplar.notification.MailPayload.MailTask;
import vn.longbien.exemplar.notification.MailPayload.UnitSection;
import vn.longbien.exemplar.notification.Recipients.Recipient;

/**
 * The daily digest: one mail per official and day with the open tasks of each of their groups (a unit and role)
 * and those assigned to them: overdue, due within {@code due-soon-days}, and new since the day before. An
 * official with none of these gets no mail; one who switched the digest off gets none either. Composed by every
 * node at the digest time; the outbox keeps one digest per official and day ({@code DIGEST:<user>:<day>}), so a
 * second node, or a restart, adds nothing. Written outside any transaction, one row at a time.
 */
@Component
public class Digests {

  private static final Logger LOG = LoggerFactory.getLogger(Digests.class);
  /** Tasks listed per group and list; the rest are counted and are in Tasklist. */
  static final int LISTED = 30;

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final Recipients recipients;
  private final NotificationPreferences preferences;
  private final Outbox outbox;
  private final MailLinks links;
  private final NotificationProperties properties;
  private final RoundProperties rounds;

  public Digests(TaskService tasks, RuntimeService runtime, Recipients recipients, NotificationPreferences preferences,
      Outbox outbox, MailLinks links, NotificationProperties properties, RoundProperties rounds) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.recipients = recipients;
    this.preferences = preferences;
    this.outbox = outbox;
    this.links = links;
    this.properties = properties;
    this.rounds = rounds;
  }

  /** Composes the digests of the day {@code now} falls on in Hà Nội; returns how many were added to the outbox. */
  public int compose(Instant now) {
    LocalDate day = now.atZone(HanoiCalendar.ZONE).toLocalDate();
    int added = 0;
    for (Recipient official : recipients.officials()) {
      String key = NotificationKind.DIGEST.name() + ":" + official.userId() + ":" + day;
      if (!preferences.digestEnabled(official.userId()) || outbox.exists(key)) {
        continue;
      }
      MailPayload digest = digest(official, now);
      if (digest.units().stream().mapToInt(UnitSection::size).sum() > 0
          && outbox.add(NotificationKind.DIGEST, official.userId(), official.address(), MailPayloads.write(digest), key, now)) {
        added++;
      }
    }
    LOG.info("Daily digests of {}: {} added to the outbox", day, added);
    return added;
  }

  /** The official's digest as of {@code now} (empty sections when nothing is due or new). */
  public MailPayload digest(Recipient official, Instant now) {
    List<UnitSection> sections = new ArrayList<>();
    Set<String> listed = new HashSet<>();
    for (String group : official.groups()) {
      section(recipients.groupName(group), () -> tasks.createTaskQuery().active().taskCandidateGroup(group)
          .includeAssignedTasks(), now, Set.of()).ifPresent(section -> {
            sections.add(section);
            listed.addAll(section.ids());
          });
    }
    // Tasks assigned to the official that none of their groups' lists has already named.
    section("Công việc giao riêng cho bạn", () -> tasks.createTaskQuery().active().taskAssignee(official.userId()), now,
        listed).ifPresent(sections::add);
    return new MailPayload(official.name(), HanoiCalendar.text(now.atZone(HanoiCalendar.ZONE).toLocalDate()), null,
        Map.of(), sections, properties.dueSoonDays(), links.tasklist(), links.settings());
  }

  private Optional<UnitSection> section(String unit, Supplier<TaskQuery> query, Instant now, Set<String> skip) {
    Date at = Date.from(now);
    Date soon = Date.from(now.plus(Duration.ofDays(properties.dueSoonDays())));
    Date since = Date.from(now.minus(Duration.ofDays(1)));
    List<Task> overdue = query.get().dueBefore(at).orderByDueDate().asc().listPage(0, LISTED);
    long overdueCount = query.get().dueBefore(at).count();
    List<Task> dueSoon = query.get().dueAfter(new Date(at.getTime() - 1)).dueBefore(soon).orderByDueDate().asc()
        .listPage(0, LISTED);
    long dueSoonCount = query.get().dueAfter(new Date(at.getTime() - 1)).dueBefore(soon).count();
    // New tasks not already listed as overdue or due soon.
    List<Task> fresh = query.get().taskCreatedAfter(since).orderByTaskCreateTime().desc().listPage(0, LISTED * 2)
        .stream().filter(task -> task.getDueDate() == null || !task.getDueDate().before(soon)).limit(LISTED).toList();
    overdue = overdue.stream().filter(task -> !skip.contains(task.getId())).toList();
    dueSoon = dueSoon.stream().filter(task -> !skip.contains(task.getId())).toList();
    fresh = fresh.stream().filter(task -> !skip.contains(task.getId())).toList();
    if (overdue.isEmpty() && dueSoon.isEmpty() && fresh.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> nominations = nominationIds(overdue, dueSoon, fresh);
    int more = skip.isEmpty() ? (int) (overdueCount - overdue.size() + dueSoonCount - dueSoon.size()) : 0;
    return Optional.of(new UnitSection(unit, lines(overdue, at, nominations), lines(dueSoon, at, nominations),
        lines(fresh, at, nominations), more));
  }

  private List<MailTask> lines(List<Task> list, Date now, Map<String, String> nominations) {
    return list.stream()
        .map(task -> links.task(task.getId(), task.getName(), task.getDueDate(), now,
            task.getProcessInstanceId() == null ? null : nominations.get(task.getProcessInstanceId())))
        .toList();
  }

  /** Process instance id → nomination id, for the tasks of the review processes. */
  @SafeVarargs
  private Map<String, String> nominationIds(List<Task>... lists) {
    Set<String> instances = Arrays.stream(lists).flatMap(List::stream).map(Task::getProcessInstanceId)
        .filter(Objects::nonNull).collect(Collectors.toSet());
    if (instances.isEmpty()) {
      return Map.of();
    }
    Map<String, String> ids = new HashMap<>();
    for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceIds(instances)
        .processDefinitionKeyIn(rounds.reviewProcesses().toArray(String[]::new)).list()) {
      ids.put(instance.getId(), instance.getBusinessKey());
    }
    return ids;
  }
}
