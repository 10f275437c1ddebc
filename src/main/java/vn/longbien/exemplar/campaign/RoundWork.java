package vn.longbien.exemplar.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.calendar.HanoiCalendar;
import vn.longbien.exemplar.organisation.OrganisationCatalog;
import vn.longbien.exemplar.organisation.OrganisationCatalog.GroupDefinition;

/**
 * What of the round's review work is still open, per unit: the open tasks of the review processes whose
 * {@code roundYear} is the round's, grouped by the unit and role they are offered to, overdue ones marked.
 * Sets {@code openReviews} (review instances not finished), {@code overdueTasks} and {@code openWorkSummary}.
 */
@Component("roundWork")
public class RoundWork {

  private static final int SHOWN_PER_UNIT = 5;
  private static final int MAX_TEXT = 4000;
  private static final String CUT_NOTE = "\n\n… (danh sách còn tiếp: xem các công việc quá hạn trong Tasklist)";

  private final TaskService tasks;
  private final RuntimeService runtime;
  /** Vietnamese names of the unit groups by id, for the lists Phòng Nội vụ reads. */
  private final Map<String, String> groupNames;
  private final RoundProperties properties;

  public RoundWork(
      TaskService tasks, RuntimeService runtime, OrganisationCatalog organisation, RoundProperties properties) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.groupNames = organisation.unitGroups().stream()
        .collect(Collectors.toMap(GroupDefinition::id, GroupDefinition::name));
    this.properties = properties;
  }

  public void collect(DelegateExecution execution) {
    int year = ((Number) execution.getVariable("roundYear")).intValue();
    String[] processes = properties.reviewProcesses().toArray(String[]::new);
    long openReviews =
        runtime.createProcessInstanceQuery()
            .processDefinitionKeyIn(processes)
            .rootProcessInstances()
            .variableValueEquals("roundYear", year)
            .count();
    List<Task> open =
        tasks.createTaskQuery()
            .processDefinitionKeyIn(processes)
            .processVariableValueEquals("roundYear", year)
            .orderByDueDate().asc()
            .list();
    Map<String, List<String>> perUnit = new TreeMap<>();
    long overdue = 0;
    for (Task task : open) {
      boolean late = task.getDueDate() != null && !task.getDueDate().after(ClockUtil.getCurrentTime());
      if (late) {
        overdue++;
      }
      perUnit.computeIfAbsent(offeredTo(task), unit -> new ArrayList<>())
          .add(task.getName() + (late ? " (quá hạn " + dueText(task) + ")" : " (hạn " + dueText(task) + ")"));
    }
    StringBuilder summary = new StringBuilder();
    summary.append("Hồ sơ đề cử năm ").append(year).append(" chưa xét xong: ").append(openReviews)
        .append("; công việc đang mở: ").append(open.size()).append(", trong đó quá hạn: ").append(overdue).append('.');
    perUnit.forEach((unit, lines) -> {
      summary.append("\n\n**").append(unit).append("** (").append(lines.size()).append(" việc)");
      lines.stream().limit(SHOWN_PER_UNIT).forEach(line -> summary.append("\n- ").append(line));
      if (lines.size() > SHOWN_PER_UNIT) {
        summary.append("\n- … và ").append(lines.size() - SHOWN_PER_UNIT).append(" việc khác");
      }
    });
    execution.setVariable("openReviews", openReviews);
    execution.setVariable("overdueTasks", overdue);
    execution.setVariable("openWorkSummary", fitted(summary.toString()));
  }

  /** A text variable holds at most 4000 characters; the full list is in Tasklist, sorted by due date. */
  static String fitted(String text) {
    return text.length() <= MAX_TEXT
        ? text
        : text.substring(0, MAX_TEXT - CUT_NOTE.length()) + CUT_NOTE;
  }

  private String offeredTo(Task task) {
    List<String> groups = new ArrayList<>();
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        groups.add(groupName(link.getGroupId()));
      }
    }
    if (task.getAssignee() != null) {
      groups.add("người nhận việc " + task.getAssignee());
    }
    return groups.isEmpty() ? "Chưa giao cho đơn vị nào" : String.join(", ", groups);
  }

  private String groupName(String groupId) {
    return groupNames.getOrDefault(groupId, groupId);
  }

  private static String dueText(Task task) {
    if (task.getDueDate() == null) {
      return "không đặt";
    }
    LocalDate day = task.getDueDate().toInstant().atZone(HanoiCalendar.ZONE).toLocalDate();
    return HanoiCalendar.text(day);
  }
}
