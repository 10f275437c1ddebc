package vn.longbien.exemplar.nomination.web;

import java.util.List;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.policy.PolicyDecisions;

/**
 * A movement's specific criteria (code, text, mandatory) as the {@code movement-specific-criteria} decision table
 * lists them: what the lead unit wrote, never a copy in code. Read once per deployed version of the table and
 * movement ({@link PolicyDecisions#policyRows}), so that reading dossiers adds no decision history beyond that.
 */
@Component
class MovementCriteria {

  static final String DECISION = "movement-specific-criteria";

  record Criterion(String code, String label, boolean mandatory) {}

  private final PolicyDecisions decisions;

  MovementCriteria(PolicyDecisions decisions) {
    this.decisions = decisions;
  }

  List<Criterion> of(String movement) {
    if (movement == null || decisions.latestVersion(DECISION).isEmpty()) {
      return List.of();
    }
    return decisions.policyRows(DECISION, Variables.createVariables().putValue("movement", movement)).stream()
        .map(row -> new Criterion((String) row.get("criterionCode"), (String) row.get("criterionLabel"),
            Boolean.TRUE.equals(row.get("criterionMandatory"))))
        .toList();
  }
}
