package vn.longbien.exemplar.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.forms.DecisionOptions;
import vn.longbien.exemplar.nomination.Eligibility;
import vn.longbien.exemplar.nomination.Nomination;

/**
 * Glue of the business rule tasks that check a nomination against the general criteria
 * ({@code general-eligibility}) and its movement's specific criteria ({@code movement-eligibility}).
 *
 * <p>The engine evaluates the decisions inside the process instance, so each evaluation is in history under
 * the nomination's instance and task. Their inputs come from the record as transient variables: the
 * criteria lists would need a serialization format to be stored (Java serialization is disabled), and the
 * pending flags must be read afresh from the record at every check. The outputs arrive as the engine's
 * transient {@code decisionResult} in the tasks' end listeners.
 */
@Component("eligibilityCheck")
public class EligibilityCheck {

  private final NominationRecorder records;

  public EligibilityCheck(NominationRecorder records) {
    this.records = records;
  }

  /**
   * Start listener of a business rule task: the record's claims and pending flags as the decisions' inputs.
   * Every check needs its own: the transient inputs end with the task that received them, so the movement
   * check right after the general one would find none.
   */
  public void supplyInputs(DelegateExecution execution) {
    Nomination nomination = records.nomination(execution);
    transientInput(execution, "nomineeKind", nomination.getNomineeKind());
    transientInput(execution, "generalCriteriaMet", nomination.getGeneralCriteria());
    transientInput(execution, "disciplinePending", nomination.isDisciplinePending());
    transientInput(execution, "complaintPending", nomination.isComplaintPending());
    transientInput(execution, "specificCriteriaMet", nomination.getSpecificCriteria());
    transientInput(execution, "movement", nomination.getMovement());
  }

  /**
   * Start listener of a business rule task whose table reads the movement ({@code round-deadlines},
   * {@code movement-specific-criteria}; the eligibility checks get it with {@link #supplyInputs}): the record's movement as a transient input, since the process does not
   * carry it. The decision's history still shows it as evaluated.
   */
  public void supplyMovement(DelegateExecution execution) {
    transientInput(execution, "movement", records.nomination(execution).getMovement());
  }

  /**
   * End listener of {@code general-eligibility}: sets {@code onHold}, {@code eligible}, {@code eligibilityReasons},
   * and writes them to the record (the movement check, when it follows, completes them).
   */
  public void generalChecked(DelegateExecution execution, DmnDecisionResult result) {
    DecisionOutputs general = new DecisionOutputs("general-eligibility", result);
    execution.setVariable("onHold", general.anyTrue("onHold"));
    execution.setVariable("eligible", general.allTrue("eligible"));
    execution.setVariable("eligibilityReasons", general.text("reasons"));
    records.recordEligibility(execution, Eligibility.of(general.anyTrue("onHold"), general.allTrue("eligible")),
        general.texts("reasons"));
  }

  /**
   * End listener of {@code movement-eligibility}: completes {@code eligible} and the reasons, writes them to the
   * record and the dossier.
   */
  public void movementChecked(DelegateExecution execution, DmnDecisionResult result) {
    DecisionOutputs movement = new DecisionOutputs("movement-eligibility", result);
    boolean onHold = Boolean.TRUE.equals(execution.getVariable("onHold"));
    boolean eligible = Boolean.TRUE.equals(execution.getVariable("eligible")) && movement.allTrue("eligible");
    String reasons = join((String) execution.getVariable("eligibilityReasons"), movement.text("reasons"));
    execution.setVariable("eligible", eligible);
    execution.setVariable("eligibilityReasons", reasons);
    List<String> allReasons = new ArrayList<>(records.nomination(execution).getEligibilityReasons());
    allReasons.addAll(movement.texts("reasons"));
    records.recordEligibility(execution, Eligibility.of(onHold, eligible), allReasons);
  }

  /**
   * End listener of {@code movement-specific-criteria} before the nominating unit corrects its dossier:
   * the movement's criteria as the options of the correction form's checklist
   * ({@code specificCriteriaOptions}), ticked as the record claims them ({@code specificCriteria}). Both are
   * JSON variables, never Java-serialized.
   */
  public void criteriaOffered(DelegateExecution execution, DmnDecisionResult result) {
    List<Map<String, String>> options = new ArrayList<>();
    for (Map<String, Object> criterion : result.getResultList()) {
      DecisionOptions.Option option = DecisionOptions.option(criterion);
      options.add(Map.of("value", option.value(), "label", option.label()));
    }
    execution.setVariable("specificCriteriaOptions", SpinValues.jsonValue(Spin.JSON(options)).create());
    execution.setVariable(
        "specificCriteria", SpinValues.jsonValue(Spin.JSON(records.nomination(execution).getSpecificCriteria())).create());
  }

  /**
   * End listener of the check before a proposal goes upward: sets {@code onHold} from the current record
   * (an objection during public posting may have lodged a complaint since the entry check).
   */
  public void pendingMattersChecked(DelegateExecution execution, DmnDecisionResult result) {
    boolean onHold = new DecisionOutputs("general-eligibility", result).anyTrue("onHold");
    execution.setVariable("onHold", onHold);
    if (onHold) {
    }
  }

  static void transientInput(DelegateExecution execution, String name, Object value) {
    execution.setVariableLocal(name, Variables.untypedValue(value, true));
  }

  private static String join(String first, String second) {
    if (first == null || first.isEmpty()) {
      return second;
    }
    return second.isEmpty() ? first : first + "; " + second;
  }
}
