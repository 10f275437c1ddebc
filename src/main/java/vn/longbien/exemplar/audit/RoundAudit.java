package vn.longbien.exemplar.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import vn.longbien.exemplar.nomination.Nomination;
import vn.longbien.exemplar.organisation.OrganisationCatalog;
import vn.longbien.exemplar.organisation.OrganisationCatalog.UnitDefinition;

/**
 * A round's audit: per deciding unit, who decided what and when (votes, decisions, returns for evidence), and
 * every review task of the round that missed its due date, finished late or still open. Built from the
 * nominations' timelines.
 */
@Service
public class RoundAudit {

  private static final Set<EntryKind> DECISIONS = Set.of(EntryKind.VOTE, EntryKind.DECISION, EntryKind.RETURN_FOR_EVIDENCE);

  private final AuditNominations nominations;
  private final NominationTimeline timelines;
  private final ProcessHistorySource processHistory;
  private final OrganisationCatalog catalog;
  /** Group id → its unit ("phuong-bode-hoidong" → "phuong-bode"). */
  private final Map<String, String> unitOfGroup = new HashMap<>();

  RoundAudit(
      AuditNominations nominations, NominationTimeline timelines, ProcessHistorySource processHistory,
      OrganisationCatalog catalog) {
    this.nominations = nominations;
    this.timelines = timelines;
    this.processHistory = processHistory;
    this.catalog = catalog;
    for (UnitDefinition unit : catalog.units()) {
      unit.roles().forEach(role -> unitOfGroup.put(OrganisationCatalog.groupId(unit.code(), role), unit.code()));
    }
  }

  public record DecisionLine(
      String nominationId, String nomineeName, Instant time, String actor, EntryKind kind, String step,
      String stepName, String description) {}

  public record UnitDecisions(String unitCode, String unitName, List<DecisionLine> decisions) {}

  /** @param completedAt {@code null} while the task is still open */
  public record OverdueTask(
      String nominationId, String nomineeName, String unitCode, String taskName, String step, String candidateGroups,
      Instant dueDate, Instant completedAt, String completedBy) {}

  public record RoundView(int year, int nominations, List<UnitDecisions> units, List<OverdueTask> overdueTasks) {}

  public RoundView of(int year) {
    List<Nomination> round = nominations.ofYear(year);
    Map<String, List<DecisionLine>> byUnit = new LinkedHashMap<>();
    List<OverdueTask> overdue = new ArrayList<>();
    Instant now = ClockUtil.getCurrentTime().toInstant();
    for (Nomination nomination : round) {
      // Tasks from the process history, each with the votes and decisions the record says it carried: the
      // other sources are not needed here.
      List<TimelineEntry> entries = processHistory.entriesFor(timelines.scope(nomination.getId()));
      Set<String> finishedTasks = new HashSet<>();
      for (TimelineEntry entry : entries) {
        String unit = unitOf(entry.details().get("candidateGroups")).orElse("");
        if (DECISIONS.contains(entry.kind())) {
          byUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(new DecisionLine(
              nomination.getId(), nomination.getNomineeName(), entry.time(), entry.actor(), entry.kind(), entry.step(),
              entry.stepName(), entry.description()));
        }
        if (entry.kind() == EntryKind.TASK_COMPLETED) {
          finishedTasks.add(entry.details().get("taskId"));
          if ("true".equals(entry.details().get("overdue"))) {
            overdue.add(overdueTask(nomination, unit, entry, entry.time(), entry.actor()));
          }
        }
      }
      for (TimelineEntry entry : entries) {
        String due = entry.details().get("dueDate");
        if (entry.kind() == EntryKind.TASK_CREATED && !finishedTasks.contains(entry.details().get("taskId"))
            && due != null && Instant.parse(due).isBefore(now)) {
          overdue.add(overdueTask(nomination, unitOf(entry.details().get("candidateGroups")).orElse(""), entry, null, null));
        }
      }
    }
    List<UnitDecisions> units = new ArrayList<>();
    for (UnitDefinition unit : catalog.units()) {
      List<DecisionLine> lines = byUnit.remove(unit.code());
      if (lines != null) {
        lines.sort(Comparator.comparing(DecisionLine::time));
        units.add(new UnitDecisions(unit.code(), unit.name(), lines));
      }
    }
    byUnit.forEach((code, lines) -> units.add(new UnitDecisions(code, code.isEmpty() ? "(không rõ đơn vị)" : code, lines)));
    overdue.sort(Comparator.comparing(OverdueTask::dueDate).thenComparing(OverdueTask::nominationId));
    return new RoundView(year, round.size(), units, overdue);
  }

  private static OverdueTask overdueTask(
      Nomination nomination, String unit, TimelineEntry entry, Instant completedAt, String completedBy) {
    return new OverdueTask(nomination.getId(), nomination.getNomineeName(), unit, entry.stepName(), entry.step(),
        entry.details().get("candidateGroups"), Instant.parse(entry.details().get("dueDate")), completedAt, completedBy);
  }

  /** The unit whose officials a task was offered to: its first candidate group, "phuong-bode-hoidong". */
  private Optional<String> unitOf(String candidateGroups) {
    if (candidateGroups == null || candidateGroups.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(unitOfGroup.get(candidateGroups.split(",\\s*")[0]));
  }
}
