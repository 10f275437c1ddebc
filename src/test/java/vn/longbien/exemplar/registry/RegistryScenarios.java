package vn.longbien.exemplar.registry;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.nomination.NewNominations;
import vn.longbien.exemplar.nomination.Nomination;
import vn.longbien.exemplar.nomination.NominationRepository;
import vn.longbien.exemplar.nomination.NominationStatus;
import vn.longbien.exemplar.support.RoundClock;
import vn.longbien.exemplar.support.TestData;

/**
 * Nominations of the registry's scenarios, stored as every way of submitting stores them ({@link NewNominations}).
 * A bean of the shared test context (test sources only): a scenario autowires it.
 */
@Component
public final class RegistryScenarios {

  /** The first of two consecutive rounds shared by the registry's scenarios, which tell theirs apart by nominee. */
  private static Integer firstRound;

  public static synchronized int firstRound() {
    if (firstRound == null) {
      firstRound = TestData.ownRounds(2);
    }
    return firstRound;
  }

  private final NewNominations newNominations;
  private final NominationRepository nominations;
  private final ExemplarRegistry registry;

  RegistryScenarios(NewNominations newNominations, NominationRepository nominations, ExemplarRegistry registry) {
    this.newNominations = newNominations;
    this.nominations = nominations;
    this.registry = registry;
  }

  /** An individual of the unit, in the round of the year, for the movement "chung"; returns its id. */
  public String person(int year, String unit, String name, Integer birthYear) {
    return stored(year, unit, "ca-nhan", name, birthYear, "chung");
  }

  String collective(int year, String unit, String name) {
    return stored(year, unit, "tap-the", name, null, "chung");
  }

  String stored(int year, String unit, String kind, String name, Integer birthYear, String movement) {
    Nomination nomination = nomination(year, unit, kind, name, birthYear, movement);
    return RoundClock.inRound(year, () -> newNominations.store(nomination)).getId();
  }

  /**
   * An individual stored as before the registry existed (written straight to its table, not through
   * {@link NewNominations}): the registry has no link for it; returns its id.
   */
  String personStoredWithoutLink(int year, String unit, String name, Integer birthYear) {
    return nominations.save(nomination(year, unit, "ca-nhan", name, birthYear, "chung")).getId();
  }

  private static Nomination nomination(int year, String unit, String kind, String name, Integer birthYear,
      String movement) {
    return new Nomination("DC-" + year + "-" + UUID.randomUUID().toString().substring(0, 8), year,
        unit, new Nomination.Nominee(kind, name, birthYear, null, null, null, null),
        new Nomination.Dossier(movement, "Thành tích tiêu biểu của năm", List.of("tc1", "tc2", "tc3", "tc4"),
            List.of(), false, false));
  }

  /** The registry's entry of the nomination. */
  public long exemplarIdOf(String nominationId) {
    return registry.exemplarOf(nominationId).orElseThrow().getId();
  }

  /** The nomination's review ended with its recognition at the level ("phuong", "quan", "thanh-pho"). */
  public void recognised(String nominationId, String level) {
    Nomination nomination = nominations.findById(nominationId).orElseThrow();
    nomination.moveTo(switch (level) {
      case "phuong" -> NominationStatus.RECOGNISED_WARD;
      case "quan" -> NominationStatus.RECOGNISED_DISTRICT;
      default -> NominationStatus.RECOGNISED_CITY;
    }, null, null);
    nomination.recognise(level);
    nominations.save(nomination);
  }
}
