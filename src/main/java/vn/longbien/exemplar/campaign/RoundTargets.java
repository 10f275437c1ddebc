package vn.longbien.exemplar.campaign;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** The yearly targets (chỉ tiêu) from the {@code yearly-targets} decision. */
@Component
public class RoundTargets {

  static final String DECISION = "yearly-targets";

  private final DecisionService decisions;

  public RoundTargets(DecisionService decisions) {
    this.decisions = decisions;
  }

  /** A target: {@code comparison} at-least / at-most, {@code measure} count / percent-of-headcount. */
  public record Target(String comparison, String measure, double value, String description) {

    public boolean countable() {
      return "count".equals(measure);
    }

    public boolean metBy(long achieved) {
      return "at-most".equals(comparison) ? achieved <= value : achieved >= value;
    }
  }

  public Target of(String unitType, int year) {
    DmnDecisionResult result =
        decisions
            .evaluateDecisionByKey(DECISION)
            .variables(Variables.createVariables().putValue("unitType", unitType).putValue("year", year))
            .evaluate();
    if (result.size() != 1) {
      throw new ProcessEngineException("Bảng " + DECISION + " phải trả về đúng một chỉ tiêu cho " + unitType);
    }
    Map<String, Object> row = result.getSingleResult().getEntryMap();
    return new Target(
        (String) row.get("comparison"),
        (String) row.get("measure"),
        ((Number) row.get("targetValue")).doubleValue(),
        (String) row.get("description"));
  }
}
