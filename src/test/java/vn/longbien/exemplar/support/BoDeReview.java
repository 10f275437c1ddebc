package vn.longbien.exemplar.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Bồ Đề's review of nominations in one round, as its officials record it: its nominating unit submits (inside the
 * round's window), the public posting ends, its council votes at a meeting (12 of 15 members present) and, when
 * the council passed the nominee, its chairman recognises them under a decision number. What the documents
 * officials sign are made of.
 */
public final class BoDeReview {

  private final RestNominations nominations;
  private final TaskService taskService;
  private final IdentityService identityService;

  public BoDeReview(TestRestTemplate rest, RuntimeService runtimeService, ManagementService managementService,
      TaskService taskService, IdentityService identityService, int year) {
    this.nominations = new RestNominations(rest, runtimeService, managementService, taskService, year);
    this.taskService = taskService;
    this.identityService = identityService;
  }

  /**
   * The nominee voted on at the meeting ({@code yyyy-MM-dd}) with {@code inFavour} of 12 votes, then recognised by
   * the chairman under {@code decisionNumber} (dated five days after the meeting) unless it is null; returns the
   * nomination's id.
   */
  public String reviewed(String nomineeName, String meetingDate, int inFavour, String decisionNumber) {
    String id = nominations.submitByBoDe(nomineeName);
    nominations.afterPublicPosting(id);
    complete(id, "bode.hoidong", "phuong-bode-hoidong", Map.of(
        "councilAction", "vote", "councilMeetingDate", meetingDate, "councilMembersTotal", 15,
        "councilMembersPresent", 12, "councilVotesInFavour", inFavour, "councilVotesAgainst", 12 - inFavour));
    if (decisionNumber != null) {
      Map<String, Object> decision = new HashMap<>(Map.of("recognised", true, "proposeUpward", false,
          "decisionNumber", decisionNumber, "decisionDate", java.time.LocalDate.parse(meetingDate).plusDays(5).toString(),
          "decisionReason", "Thành tích tiêu biểu của phường"));
      complete(id, "bode.chutich", "phuong-bode-chutich", decision);
    }
    return id;
  }

  /** The nomination's open task, completed by an official of the group it is offered to. */
  private void complete(String nominationId, String user, String group, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(nominationId).singleResult();
    identityService.setAuthentication(user, List.of(group));
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
