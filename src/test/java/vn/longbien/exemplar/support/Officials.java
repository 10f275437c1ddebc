package vn.longbien.exemplar.support;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/** An official working a task through the Java API, under their own identity as Tasklist would. */
public final class Officials {

  private Officials() {}

  public static void completeAs(IdentityService identities, TaskService tasks, String user, String group, Task task,
      Map<String, Object> variables) {
    identities.setAuthentication(user, List.of(group));
    try {
      tasks.complete(task.getId(), variables);
    } finally {
      identities.clearAuthentication();
    }
  }
}
