package vn.longbien.exemplar.forms;

import java.io.InputStream;

/**
 * The texts a task form shows that are not the official's fields (the dossier, the reviewing unit's name, the
 * number of objections, the eligibility reasons): composed from the application's records when the form is served,
 * so that the process does not carry a copy of them.
 */
public interface TaskFormTexts {

  /** No texts to fill: the form is served as deployed. */
  TaskFormTexts NONE = (nominationId, reviewUnit, deployed) -> deployed;

  /**
   * The deployed form with its text components' placeholders filled for the nomination.
   *
   * @param nominationId the task's business key (null when the task is not a nomination's)
   * @param reviewUnit the unit reviewing at the task's level (null at the city's step)
   */
  InputStream served(String nominationId, String reviewUnit, InputStream deployed);
}
