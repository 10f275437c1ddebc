package vn.longbien.exemplar.nomination.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.security.ApplicationEngineCalls;

/**
 * A movement's specific criteria (code, text, mandatory) as the {@code movement-specific-criteria} decision table
 * lists them: what the lead unit wrote, never a copy in code. Read once per deployed version of the table and
 * movement, so that reading dossiers adds no decision history beyond that.
 */
@Component
class MovementCriteria {

  static final String DECISION = "movement-specific-criteria";

  record Criterion(String code, String label, boolean mandatory) {}

  private final DecisionService decisions;
  private final RepositoryService repository;
  private final ApplicationEngineCalls engine;
  private final Map<String, List<Criterion>> byVersionAndMovement = new ConcurrentHashMap<>();

  MovementCriteria(DecisionService decisions, RepositoryService repository, ApplicationEngineCalls engine) {
    this.decisions = decisions;
    this.repository = repository;
    this.engine = engine;
  }

  List<Criterion> of(String movement) {
    return engine.run(() -> {
      DecisionDefinition latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION)
          .latestVersion().singleResult();
      if (latest == null || movement == null) {
        return List.of();
      }
      return byVersionAndMovement.computeIfAbsent(latest.getId() + "|" + movement, key ->
          decisions.evaluateDecisionTableById(latest.getId(), Variables.createVariables().putValue("movement", movement))
              .getResultList().stream()
              .map(row -> new Criterion((String) row.get("criterionCode"), (String) row.get("criterionLabel"),
                  Boolean.TRUE.equals(row.get("criterionMandatory"))))
              .toList());
    });
  }
}
