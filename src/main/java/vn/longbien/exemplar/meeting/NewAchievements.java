package vn.longbien.exemplar.meeting;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.review.ExemplarHistory;
import vn.longbien.exemplar.review.ModelContract;
import vn.longbien.exemplar.security.ApplicationEngineCalls;
import vn.longbien.exemplar.web.InvalidInputException;

/**
 * A meeting's nominees already recognised in an earlier round for the same movement (the registry's warning, decided
 * once, when the nominee's council task was created, and carried by the task as {@code repeatWarned} and
 * {@code repeatWarning}): the meeting page shows the warning and their earlier rounds, and a vote that would pass such
 * a nominee without the council's confirmation of a new achievement refuses the whole submission before anything is
 * stored (400), as the council's form refuses it in Tasklist. A recognition recorded after the task was created asks
 * nothing, at a meeting as in Tasklist.
 */
@Component
public class NewAchievements {

  private final ExemplarHistory history;
  private final DecisionService decisions;
  private final TaskService tasks;
  private final ApplicationEngineCalls engineCalls;

  NewAchievements(ExemplarHistory history, DecisionService decisions, TaskService tasks,
      ApplicationEngineCalls engineCalls) {
    this.history = history;
    this.decisions = decisions;
    this.tasks = tasks;
    this.engineCalls = engineCalls;
  }

  /** The warning the council reads for the nominee, if any: the one its open council task carries. */
  public Optional<String> warning(String nominationId) {
    return engineCalls.run(() -> councilTask(nominationId)
        .map(task -> tasks.getVariables(task.getId(), List.of(ModelContract.REPEAT_WARNED, ModelContract.REPEAT_WARNING)))
        .filter(carried -> Boolean.TRUE.equals(carried.get(ModelContract.REPEAT_WARNED)))
        .map(carried -> (String) carried.get(ModelContract.REPEAT_WARNING)));
  }

  private Optional<Task> councilTask(String nominationId) {
    return tasks.createTaskQuery().processInstanceBusinessKey(nominationId)
        .taskDefinitionKey(CouncilMeetings.COUNCIL_TASK).active().list().stream().findFirst();
  }

  /** The nominee's earlier nominations and outcomes, one line each. */
  public List<String> earlierNominations(String nominationId) {
    return history.earlierNominations(nominationId);
  }

  /** Refuses a meeting that would pass a warned nominee without the confirmation. */
  void check(CouncilMeeting meeting) {
    for (AgendaLine line : meeting.getLines()) {
      if (line.getAction() != AgendaAction.VOTE || line.isNewAchievementConfirmed()) {
        continue;
      }
      Optional<String> warning = warning(line.getNominationId());
      if (warning.isPresent() && wouldPass(meeting, line)) {
        throw new InvalidInputException("NewAchievementNotConfirmed", "Dòng " + line.getPosition()
            + " của chương trình: " + warning.get() + " Biểu quyết thông qua cần Hội đồng xác nhận hồ sơ là cho thành"
            + " tích mới (newAchievementConfirmed); chưa gửi kết quả phiên họp.");
      }
    }
  }

  /** The vote's outcome by the table {@code council-vote-outcome}, as the council's task would compute it. */
  private boolean wouldPass(CouncilMeeting meeting, AgendaLine line) {
    return engineCalls.run(() -> {
      Task task = councilTask(line.getNominationId()).orElse(null);
      if (task == null) {
        return false;
      }
      DmnDecisionResult result = decisions.evaluateDecisionByKey("council-vote-outcome")
          .variables(Variables.createVariables()
              .putValue("level", meeting.getLevel())
              .putValue("awardSought", tasks.getVariable(task.getId(), "awardSought"))
              .putValue("membersTotal", meeting.getMembersTotal())
              .putValue("membersPresent", meeting.getMembersPresent())
              .putValue("votesInFavour", line.getVotesInFavour()))
          .evaluate();
      return result.stream().anyMatch(row -> Boolean.TRUE.equals(row.getEntry("passed")));
    });
  }
}
