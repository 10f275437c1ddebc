package vn.longbien.exemplar.registry;

import vn.longbien.exemplar.organisation.ReviewLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.nomination.Nomination;
import vn.longbien.exemplar.organisation.FormerUnits;
import vn.longbien.exemplar.organisation.OrganisationCatalog;
import vn.longbien.exemplar.review.ExemplarHistory;
import vn.longbien.exemplar.review.ModelContract;
import vn.longbien.exemplar.security.ApplicationEngineCalls;

/**
 * What the council reads of a nominee's earlier rounds (the registry's entry of the nominee), and the warning when an
 * earlier recognition counts: decided by the table {@code repeat-recognition} (how many years back, which levels,
 * same movement), evaluated through the engine's {@link DecisionService} once per earlier recognition.
 */
@Component
public class EarlierRecognitions implements ExemplarHistory {

  private final ExemplarRegistry registry;
  private final DecisionService decisions;
  private final ConfirmationRepository confirmations;
  private final FormerUnits units;
  private final OrganisationCatalog organisation;
  private final ApplicationEngineCalls engineCalls;

  EarlierRecognitions(ExemplarRegistry registry, DecisionService decisions, ConfirmationRepository confirmations,
      FormerUnits units, OrganisationCatalog organisation, ApplicationEngineCalls engineCalls) {
    this.engineCalls = engineCalls;
    this.registry = registry;
    this.decisions = decisions;
    this.confirmations = confirmations;
    this.units = units;
    this.organisation = organisation;
  }

  @Override
  public List<String> earlierNominations(String nominationId) {
    return registry.earlierNominationsOf(nominationId).stream().map(this::line).toList();
  }

  @Override
  public Optional<String> repeatWarning(String nominationId) {
    List<Nomination> earlierNominations = registry.earlierNominationsOf(nominationId);
    if (earlierNominations.isEmpty()) {
      return Optional.empty();
    }
    Optional<Nomination> current = registry.byId(List.of(nominationId)).values().stream().findFirst();
    if (current.isEmpty()) {
      return Optional.empty();
    }
    List<String> counted = new ArrayList<>();
    for (Nomination earlier : earlierNominations) {
      Optional<ReviewLevel> level = ReviewLevel.of(earlier.getRecognitionLevel());
      if (level.isPresent() && warns(current.get(), earlier, level.get())) {
        counted.add(level.get().levelName() + " năm " + earlier.getRoundYear());
      }
    }
    if (counted.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(current.get().getNomineeName() + " đã được công nhận " + String.join(", ", counted)
        + " cho cùng phong trào " + movementName(current.get().getMovement()) + ".");
  }

  @Override
  public void confirmNewAchievement(String nominationId, String level, String confirmedBy, String warning) {
    confirmations.save(new NewAchievementConfirmation(nominationId, level == null ? "" : level, warning, confirmedBy,
        ClockUtil.getCurrentTime().toInstant()));
  }

  /** The table's answer for one earlier recognition. */
  boolean warns(Nomination current, Nomination earlier, ReviewLevel level) {
    // The registry's own reading of a table, on any official's behalf (who holds no permission on decisions).
    DmnDecisionResult result = engineCalls.run(() -> decisions.evaluateDecisionByKey(ModelContract.REPEAT_RECOGNITION)
        .variables(Variables.createVariables()
            .putValue("yearsSince", current.getRoundYear() - earlier.getRoundYear())
            .putValue("earlierLevel", level.code())
            .putValue("sameMovement", current.getMovement().equals(earlier.getMovement())))
        .evaluate());
    return result.size() == 1 && Boolean.TRUE.equals(result.getSingleResult().getEntry("warn"));
  }

  /** "2024 — Phường Bồ Đề — phong trào …: công nhận cấp phường". */
  String line(Nomination n) {
    return n.getRoundYear() + " — " + units.name(n.getNominatingUnit()) + " — " + movementName(n.getMovement())
        + ": " + Outcomes.of(n);
  }

  String movementName(String code) {
    return organisation.movement(code).map(OrganisationCatalog.MovementDefinition::name).orElse(code);
  }

  /** When the confirmation was recorded, for the history. */
  List<NewAchievementConfirmation> confirmationsOf(String nominationId) {
    return confirmations.findByNominationIdOrderByConfirmedAtAsc(nominationId);
  }
}
