package vn.longbien.exemplar.review;

import java.util.stream.Stream;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.nomination.Nomination;

/**
 * Checks a nomination against the general criteria ({@code general-eligibility}) and its movement's
 * specific criteria ({@code movement-eligibility}). The criteria lists come from the record and reach the
 * decisions directly, never as process variables. Sets {@code onHold}, {@code eligible} (Boolean) and
 * {@code eligibilityReasons} (String).
 */
@Component("eligibilityCheck")
public class EligibilityCheck {

  static final String GENERAL = "general-eligibility";
  static final String MOVEMENT = "movement-eligibility";

  private final DecisionService decisions;
  private final NominationRecorder records;

  public EligibilityCheck(DecisionService decisions, NominationRecorder records) {
    this.decisions = decisions;
    this.records = records;
  }

  public void evaluate(DelegateExecution execution) {
    Nomination nomination = records.nomination(execution);
    DecisionOutputs general =
        evaluate(
            GENERAL,
            Variables.createVariables()
                .putValue("nomineeKind", nomination.getNomineeKind())
                .putValue("generalCriteriaMet", nomination.getGeneralCriteria())
                .putValue("disciplinePending", nomination.isDisciplinePending())
                .putValue("complaintPending", nomination.isComplaintPending()));
    DecisionOutputs movement =
        evaluate(
            MOVEMENT,
            Variables.createVariables()
                .putValue("movement", nomination.getMovement())
                .putValue("specificCriteriaMet", nomination.getSpecificCriteria()));
    boolean onHold = general.anyTrue("onHold");
    boolean eligible = general.allTrue("eligible") && movement.allTrue("eligible");
    String reasons = String.join("; ", concat(general.text("reasons"), movement.text("reasons")));
    execution.setVariable("onHold", onHold);
    execution.setVariable("eligible", eligible);
    execution.setVariable("eligibilityReasons", reasons);
    DossierText.append(
        execution,
        "Kiểm tra điều kiện, tiêu chuẩn",
        "Kết quả: " + (onHold ? "tạm dừng xét" : eligible ? "đủ điều kiện" : "không đủ điều kiện"),
        reasons.isEmpty() ? null : "Lý do: " + reasons);
  }

  private DecisionOutputs evaluate(String key, VariableMap inputs) {
    return new DecisionOutputs(key, decisions.evaluateDecisionByKey(key).variables(inputs).evaluate());
  }

  private static String[] concat(String first, String second) {
    return Stream.of(first, second).filter(text -> !text.isEmpty()).toArray(String[]::new);
  }
}
