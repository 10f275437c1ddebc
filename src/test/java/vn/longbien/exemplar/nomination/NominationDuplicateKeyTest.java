package vn.longbien.exemplar.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.RoundClock;
import vn.longbien.exemplar.support.TestData;

/**
 * The database itself refuses the same nominee twice by a unit in a round (unique index on the duplicate key),
 * so that two submissions at the same moment cannot both pass the application's lookup; a withdrawn nomination
 * no longer counts. The nominees are told apart by name, in one round.
 */
@ApplicationTest
class NominationDuplicateKeyTest {

  /** A round for the nominees told apart by name; {@link NewNominations#store} needs its window. */
  private static final int YEAR = TestData.sharedRound();

  @Autowired private NominationRepository nominations;
  @Autowired private NewNominations newNominations;

  @Test
  void uniqueIndexRefusesTheSameNomineeWrittenPastTheApplicationsLookup() {
    nominations.saveAndFlush(nomination(YEAR, "Nguyễn Thị Trùng", 1970));

    assertThatThrownBy(() -> nominations.saveAndFlush(nomination(YEAR, "nguyen thi trung", 1970)))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void refusalNamesTheNominationStoredFirst() {
    Nomination first = RoundClock.inRound(YEAR, () -> newNominations.store(nomination(YEAR, "Hà Văn Đầu", null)));

    assertThatThrownBy(() -> RoundClock.inRound(YEAR, () -> newNominations.store(nomination(YEAR, "Ha Van Dau", null))))
        .isInstanceOfSatisfying(DuplicateNominationException.class,
            e -> assertThat(e.existingNominationId()).isEqualTo(first.getId()));
  }

  @Test
  void withdrawnNominationNoLongerBlocksTheNominee() {
    Nomination withdrawn = nominations.saveAndFlush(nomination(YEAR, "Lưu Văn Rút", 1968));
    withdrawn.moveTo(NominationStatus.WITHDRAWN, "EndEvent_Withdrawn", "Đơn vị rút hồ sơ");
    nominations.saveAndFlush(withdrawn);

    Nomination again = RoundClock.inRound(YEAR, () -> newNominations.store(nomination(YEAR, "Lưu Văn Rút", 1968)));

    assertThat(newNominations.existing(YEAR, "phuong-bode", "LUU VAN RUT", 1968)).map(Nomination::getId)
        .contains(again.getId());
  }

  private static Nomination nomination(int year, String name, Integer birthYear) {
    return new Nomination(
        "DC-" + year + "-" + UUID.randomUUID().toString().substring(0, 8), year, "phuong-bode",
        new Nomination.Nominee("ca-nhan", name, birthYear, "nam", null, null, null),
        new Nomination.Dossier("chung", "Thành tích tiêu biểu", List.of("tc1", "tc2", "tc3", "tc4"), List.of(), false, false));
  }
}
