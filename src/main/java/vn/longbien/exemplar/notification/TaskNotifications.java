package vn.longbien.exemplar.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.calendar.HanoiCalendar;
import vn.longbien.exemplar.campaign.RoundProperties;
import vn.longbien.exemplar.nomination.NominationQueries;
import vn.longbien.exemplar.notification.Recipients.Recipient;

/**
 * Immediate mails, written to the outbox in the transaction that creates their task (Camunda's Spring event
 * bridge publishes every task event to the application, inside the engine's command): an escalation to Phòng
 * Nội vụ, a return for evidence to the nominating unit, the round's opening notice to each nominating unit
 * ({@link NotificationKind} names the steps). One mail per member of the task's candidate groups (and its
 * assignee). A kind that is not configured as immediate reaches the officials by their digest only. If the
 * engine's transaction rolls back, so does the mail; the mail is sent only after it committed.
 */
@Component
class TaskNotifications {

  /** The nominee's name, from the nomination's record (the process does not carry it). */
  private static final String NOMINEE_NAME = "nomineeName";

  private final Outbox outbox;
  private final Recipients recipients;
  private final MailLinks links;
  private final NotificationProperties properties;
  private final RoundProperties rounds;
  private final NominationQueries nominations;

  TaskNotifications(Outbox outbox, Recipients recipients, MailLinks links, NotificationProperties properties,
      RoundProperties rounds, NominationQueries nominations) {
    this.outbox = outbox;
    this.recipients = recipients;
    this.links = links;
    this.properties = properties;
    this.rounds = rounds;
    this.nominations = nominations;
  }

  @EventListener
  public void taskEvent(DelegateTask task) {
    if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      return;
    }
    Optional<NotificationKind> kind = NotificationKind.ofStep(task.getTaskDefinitionKey())
        .filter(properties::isImmediate);
    kind.ifPresent(k -> notify(k, task));
  }

  private void notify(NotificationKind kind, DelegateTask task) {
    List<String> groups = task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(link -> link.getGroupId())
        .toList();
    List<String> users = task.getAssignee() == null ? List.of() : List.of(task.getAssignee());
    Instant now = ClockUtil.getCurrentTime().toInstant();
    String nominationId = isReview(task) ? task.getExecution().getProcessBusinessKey() : null;
    MailPayload.MailTask line = links.task(task.getId(), task.getName(), task.getDueDate(),
        ClockUtil.getCurrentTime(), nominationId);
    Map<String, String> details = details(kind, task);
    if (nominationId != null && details.containsKey(NOMINEE_NAME)) {
      nominations.findById(nominationId).ifPresent(nomination -> details.put(NOMINEE_NAME, nomination.getNomineeName()));
    }
    for (Recipient recipient : recipients.of(groups, users)) {
      MailPayload payload = new MailPayload(recipient.name(), HanoiCalendar.text(HanoiCalendar.today()), line, details,
          List.of(), properties.dueSoonDays(), links.tasklist(), links.settings());
      outbox.add(kind, recipient.userId(), recipient.address(), MailPayloads.write(payload),
          kind.name() + ":" + task.getId() + ":" + recipient.userId(), now);
    }
  }

  private boolean isReview(DelegateTask task) {
    String definition = task.getProcessDefinitionId();
    return definition != null && rounds.reviewProcesses().stream().anyMatch(key -> definition.startsWith(key + ":"));
  }

  /** The event's facts the templates print, as text. */
  private static Map<String, String> details(NotificationKind kind, DelegateTask task) {
    Map<String, String> details = new LinkedHashMap<>();
    switch (kind) {
      case EVIDENCE_RETURN -> {
        details.put(NOMINEE_NAME, "");
        put(details, "reviewUnitName", task.getVariable("reviewUnitName"));
        put(details, "evidenceRequest", task.getVariable("evidenceRequest"));
        Object due = task.getVariable("evidenceDueDate");
        if (due != null && due.toString().length() >= 10) {
          details.put("evidenceDueDate", HanoiCalendar.text(LocalDate.parse(due.toString().substring(0, 10))));
        }
      }
      case ESCALATION -> {
        put(details, "roundYear", task.getVariable("roundYear"));
        put(details, "reviewDeadlineText", task.getVariable("reviewDeadlineText"));
        put(details, "openWorkSummary", task.getVariable("openWorkSummary"));
        put(details, "leadUnitName", task.getVariable("leadUnitName"));
        put(details, "movementName", task.getVariable("movementName"));
      }
      case ROUND_OPENING -> {
        put(details, "roundYear", task.getVariable("roundYear"));
        put(details, "reviewDeadlineText", task.getVariable("reviewDeadlineText"));
      }
      default -> { }
    }
    return details;
  }

  private static void put(Map<String, String> details, String key, Object value) {
    if (value != null) {
      details.put(key, Objects.toString(value));
    }
  }
}
