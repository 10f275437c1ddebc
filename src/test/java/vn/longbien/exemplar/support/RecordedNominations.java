package vn.longbien.exemplar.support;

import java.util.List;
import java.util.UUID;
import vn.longbien.exemplar.nomination.Nomination;
import vn.longbien.exemplar.nomination.NominationRepository;
import vn.longbien.exemplar.nomination.NominationStatus;

/**
 * Nominations stored with their outcome already recorded, without running their review: what the reports count.
 * Each scenario records them in a round year of its own ({@link TestData#ownRound()}).
 */
public final class RecordedNominations {

  private final NominationRepository repository;

  public RecordedNominations(NominationRepository repository) {
    this.repository = repository;
  }

  /** An individual of the unit recognised by its ward's chairman. */
  public void recognisedByTheWard(int year, String unit) {
    save(year, unit, NominationStatus.RECOGNISED_WARD, "phuong");
  }

  /** An individual of the unit recognised by the district's chairman (the highest level it reached). */
  public void recognisedByTheDistrict(int year, String unit) {
    save(year, unit, NominationStatus.RECOGNISED_DISTRICT, "quan");
  }

  /** An individual of the unit recognised by the city. */
  public void recognisedByTheCity(int year, String unit) {
    save(year, unit, NominationStatus.RECOGNISED_CITY, "thanh-pho");
  }

  /** An individual of the unit that its ward's council did not pass. */
  public void notPassedByTheWard(int year, String unit) {
    save(year, unit, NominationStatus.NOT_PASSED_WARD, null);
  }

  private void save(int year, String unit, NominationStatus status, String level) {
    Nomination nomination = new Nomination(UUID.randomUUID().toString(), year, unit,
        new Nomination.Nominee("ca-nhan", "Đặng Thị Báo Cáo " + UUID.randomUUID(), 1980, null, null, null, null),
        new Nomination.Dossier("chung", "Thành tích tiêu biểu", List.of("tc1", "tc2"), List.of(), false, false));
    nomination.moveTo(status, null, null);
    if (level != null) {
      nomination.recognise(level);
    }
    repository.save(nomination);
  }
}
