package vn.longbien.exemplar.review;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The dossier as the reviewers read it in their forms: a Markdown text in the process variable
 * {@code dossier}, to which every step adds what it decided.
 */
final class DossierText {

  static final String VARIABLE = "dossier";

  private DossierText() {}

  static void append(VariableScope scope, String heading, String... lines) {
    StringBuilder text = new StringBuilder();
    Object current = scope.getVariable(VARIABLE);
    if (current != null) {
      text.append(current).append("\n\n");
    }
    text.append("#### ").append(heading);
    for (String line : lines) {
      if (line != null && !line.isBlank()) {
        text.append("\n- ").append(line);
      }
    }
    scope.setVariable(VARIABLE, text.toString());
  }
}
