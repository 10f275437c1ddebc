package vn.longbien.exemplar.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.organisation.Role;
import vn.longbien.exemplar.nomination.CodeListConverter;
import vn.longbien.exemplar.nomination.DuplicateNominationException;
import vn.longbien.exemplar.nomination.NewNominations;
import vn.longbien.exemplar.nomination.Nomination;
import vn.longbien.exemplar.nomination.NominationRepository;
import vn.longbien.exemplar.nomination.RoundCalendar;
import vn.longbien.exemplar.nomination.RoundNotOpenException;
import vn.longbien.exemplar.organisation.OrganisationCatalog;
import vn.longbien.exemplar.organisation.OrganisationCatalog.UnitDefinition;
import vn.longbien.exemplar.policy.PolicyDecisions;

/**
 * Takes a nomination into the review: from the application's record when the API created it (business key
 * = its id), or from the Tasklist start form's fields, which then move into a new record. A start form left
 * without a year is for the round open today; one for a round that is closed or not yet open is refused, and
 * then nothing is stored. Where the review starts (a ward's nominations at the ward council, a district
 * department's at the district council) and which units may nominate under the chain is the {@code entry-level}
 * table's answer.
 */
@Component("nominationIntake")
public class NominationIntake {

  /** Start form fields that live in the record, not as process variables (see {@link ModelContract}). */
  static final String ENTRY_LEVEL = "entry-level";

  static final List<String> FORM_FIELDS =
      List.of(
          "nomineeName", "movement", "nomineeKind", "birthYear", "gender", "positionTitle", "workplace", "wardOrUnit", "achievements",
          "criterionTc1", "criterionTc2", "criterionTc3", "criterionTc4", "specificCriteria",
          "disciplinePending", "complaintPending");

  private final NominationRepository nominations;
  private final NewNominations newNominations;
  private final NominationRecorder records;
  private final OrganisationCatalog organisation;
  private final ReviewChainProperties chain;
  private final IdentityService identities;
  private final RoundCalendar rounds;
  private final PolicyDecisions decisions;

  public NominationIntake(
      NominationRepository nominations,
      NewNominations newNominations,
      NominationRecorder records,
      OrganisationCatalog organisation,
      ReviewChainProperties chain,
      IdentityService identities,
      RoundCalendar rounds,
      PolicyDecisions decisions) {
    this.nominations = nominations;
    this.newNominations = newNominations;
    this.records = records;
    this.organisation = organisation;
    this.chain = chain;
    this.identities = identities;
    this.rounds = rounds;
    this.decisions = decisions;
  }

  public void register(DelegateExecution execution) {
    Nomination nomination =
        Optional.ofNullable(execution.getProcessBusinessKey())
            .flatMap(nominations::findById)
            .map(stored -> reviewOf(stored, execution))
            .orElseGet(() -> store(fromStartForm(execution)));
    UnitDefinition unit =
        organisation
            .unit(nomination.getNominatingUnit())
            .orElseThrow(() -> new BadUserRequestException("Đơn vị đề cử không tồn tại: " + nomination.getNominatingUnit()));
    execution.removeVariables(FORM_FIELDS);
    execution.setVariable("nominationId", nomination.getId());
    execution.setVariable("nominatingUnit", unit.code());
    execution.setVariable("roundYear", nomination.getRoundYear());
    execution.setVariable("entryLevel", entryLevel(unit));
    execution.setVariable("districtUnit", unit.parent());
    execution.setVariable("twoTier", chain.twoTier());
    execution.setVariable("secretariatGroup", organisation.secretariatGroup());
  }

  /** The nominating unit resubmits with corrected achievements and criteria. */
  public void applyCorrection(DelegateExecution execution) {
    Nomination nomination = records.update(execution, n -> n.correct(claims(execution, n.getMovement())));
    execution.removeVariables(FORM_FIELDS);
  }

  /** The secretariat has recorded that the pending discipline, inspection or complaint is settled. */
  public void settlePendingMatters(DelegateExecution execution) {
    records.update(execution, Nomination::settlePendingMatters);
  }

  /** At a level, the secretariat found the pending matter upheld: the proposal does not go upward. */
  public void stopProposal(DelegateExecution execution) {
    String note = (String) execution.getVariable("pendingMatterNote");
    execution.setVariable("levelOutcome", "disciplined");
    execution.setVariable("levelOutcomeReason", note);
  }

  /**
   * A stored nomination's review starts once, in the transaction that stored it (the application's API and import,
   * after their own checks of who may submit): a second start with the same business key (a REST client naming
   * another unit's nomination, say) is refused.
   */
  private Nomination reviewOf(Nomination stored, DelegateExecution execution) {
    if (stored.getCurrentStep() != null) {
      throw new BadUserRequestException("Hồ sơ đề cử " + stored.getId() + " đã được đưa vào bình xét"
          + " (the review of this nomination has already started)");
    }
    stored.moveTo(stored.getStatus(), execution.getCurrentActivityId(), null);
    return nominations.save(stored);
  }

  /**
   * A duplicate, or a round that is closed or not yet open, refuses the start, so nothing is stored; Tasklist
   * shows the message on the start form.
   */
  private Nomination store(Nomination nomination) {
    try {
      return newNominations.store(nomination);
    } catch (DuplicateNominationException | RoundNotOpenException e) {
      throw new ProcessEngineException(e.getMessage(), e);
    }
  }

  private Nomination fromStartForm(DelegateExecution execution) {
    String unitCode = text(execution, "nominatingUnit");
    checkSubmitterBelongsTo(execution, unitCode);
    // Tasklist's start form opens empty; a year left empty is the round open today (or the next one).
    int year = execution.getVariable("roundYear") == null ? rounds.currentRoundYear() : number(execution, "roundYear");
    String id = "DC-" + year + "-" + UUID.randomUUID().toString().substring(0, 8);
    execution.setProcessBusinessKey(id);
    Nomination.Nominee nominee =
        new Nomination.Nominee(
            text(execution, "nomineeKind"),
            text(execution, "nomineeName"),
            execution.getVariable("birthYear") == null ? null : number(execution, "birthYear"),
            text(execution, "gender"),
            text(execution, "positionTitle"),
            text(execution, "workplace"),
            text(execution, "wardOrUnit"));
    return new Nomination(id, year, unitCode, nominee, claims(execution, text(execution, "movement")));
  }

  /**
   * Only members of the unit's nominating group submit on its behalf from Tasklist. The submitter is the
   * authenticated caller (the instance's start user in history), not a process variable.
   */
  private void checkSubmitterBelongsTo(DelegateExecution execution, String unitCode) {
    Authentication caller = identities.getCurrentAuthentication();
    String submitter = caller == null ? null : caller.getUserId();
    String group = Role.NOMINATING.groupOf(unitCode);
    if (submitter != null && identities.createGroupQuery().groupMember(submitter).groupId(group).count() == 0) {
      throw new BadUserRequestException("Người dùng " + submitter + " không thuộc đơn vị đề cử " + unitCode);
    }
  }

  private static Nomination.Dossier claims(DelegateExecution execution, String movement) {
    List<String> general = new ArrayList<>();
    for (int criterion = 1; criterion <= 4; criterion++) {
      if (Boolean.TRUE.equals(execution.getVariable("criterionTc" + criterion))) {
        general.add("tc" + criterion);
      }
    }
    return new Nomination.Dossier(
        movement,
        text(execution, "achievements"),
        general,
        specificCriteria(execution),
        Boolean.TRUE.equals(execution.getVariable("disciplinePending")),
        Boolean.TRUE.equals(execution.getVariable("complaintPending")));
  }

  /** Ticked in the correction form's checklist (a JSON array), or typed as codes in the start form. */
  private static List<String> specificCriteria(DelegateExecution execution) {
    if (execution.getVariable("specificCriteria") instanceof SpinJsonNode json && json.isArray()) {
      return json.elements().stream().map(SpinJsonNode::stringValue).toList();
    }
    return CodeListConverter.parse(text(execution, "specificCriteria"));
  }

  /**
   * The {@code entry-level} table's level for the unit under the chain, or its refusal (400). Evaluated for each
   * nomination, in its register step, so its history shows the auditors where it started and by which version.
   */
  private String entryLevel(UnitDefinition unit) {
    Map<String, Object> row = decisions.singleRow(ENTRY_LEVEL,
        Variables.createVariables().putValue("unitKind", unit.kind().name()).putValue("chain", chain.chain().code()),
        "Bảng " + ENTRY_LEVEL + " phải trả về đúng một cấp cho " + unit.kind().name() + ", " + chain.chain().code());
    String level = (String) row.get("entryLevel");
    if (level == null) {
      throw new BadUserRequestException(row.get("refusal") + ": " + unit.name());
    }
    return level;
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  private static int number(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (value instanceof Number number) {
      return number.intValue();
    }
    throw new BadUserRequestException("Thiếu hoặc sai giá trị số: " + name);
  }
}
