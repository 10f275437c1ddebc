package vn.longbien.exemplar.campaign;

import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.policy.PolicyDecisions;

/** The yearly targets (chỉ tiêu) from the {@code yearly-targets} decision. */
@Component
public class RoundTargets {

  static final String DECISION = "yearly-targets";

  private final PolicyDecisions decisions;

  public RoundTargets(PolicyDecisions decisions) {
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
    Map<String, Object> row = decisions.singleRow(DECISION,
        Variables.createVariables().putValue("unitType", unitType).putValue("year", year),
        "Bảng " + DECISION + " phải trả về đúng một chỉ tiêu cho " + unitType);
    return new Target(
        (String) row.get("comparison"),
        (String) row.get("measure"),
        ((Number) row.get("targetValue")).doubleValue(),
        (String) row.get("description"));
  }
}
