package vn.longbien.exemplar.campaign;

import vn.longbien.exemplar.policy.PolicyDecisions;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Which round takes nominations, by the engine clock, from the round-deadlines table: round N from 01/12 of
 * N-1, 00:00 Hà Nội time, until 31/01 of N, 00:00 Hà Nội time; a refusal names the round that is open.
 */
@Deployment(resources = "dmn/round-deadlines.dmn")
class RoundWindowsTest {

  @RegisterExtension
  static ProcessEngineExtension extension =
      ProcessEngineExtension.builder().configurationResource("campaign/camunda.cfg.xml").build();

  private static final String HANOI = "+07:00";

  private ProcessEngine engine;
  private RoundWindows rounds;

  @BeforeEach
  void readTheTableOutsideAnyEngineCommand() {
    rounds = new RoundWindows(new RoundDeadlines(PolicyDecisions.of(engine)));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void roundTakesNominationsFromMidnightOfItsOpeningDayInHanoi() {
    now("2025-11-30T23:59:59" + HANOI);
    assertThat(rounds.refusal(2026)).contains("Đợt bình xét năm 2026 chưa mở (mở từ ngày 01/12/2025).");

    now("2025-12-01T00:00" + HANOI); // 30/11 17:00 UTC
    assertThat(rounds.refusal(2026)).isEmpty();
  }

  @Test
  void roundStopsTakingNominationsAtMidnightOfThirtyFirstJanuaryInHanoi() {
    now("2026-01-30T23:59:59" + HANOI);
    assertThat(rounds.refusal(2026)).isEmpty();

    now("2026-01-31T00:00" + HANOI);
    assertThat(rounds.refusal(2026)).contains("Đợt bình xét năm 2026 đã hết hạn nhận hồ sơ (hạn trước ngày 31/01/2026);"
        + " hồ sơ nộp muộn chỉ được nhận khi Phòng Nội vụ chấp nhận. Hiện không có đợt nào đang nhận hồ sơ; đợt năm 2027"
        + " mở từ ngày 01/12/2026.");
  }

  @Test
  void aRefusalNamesTheRoundThatIsOpen() {
    now("2026-12-04T10:00" + HANOI);

    assertThat(rounds.refusal(2026)).contains("Đợt bình xét năm 2026 đã hết hạn nhận hồ sơ; hồ sơ nộp muộn chỉ được nhận"
        + " khi Phòng Nội vụ chấp nhận. Đợt đang nhận hồ sơ là đợt năm 2027 (từ ngày 01/12/2026, hạn trước ngày 31/01/2027).");
  }

  @Test
  void aYearBeforeThePlanIsAClosedRoundNotAnError() {
    now("2026-12-04T10:00" + HANOI);

    assertThat(rounds.refusal(2010)).hasValueSatisfying(reason -> assertThat(reason)
        .startsWith("Đợt bình xét năm 2010 đã hết hạn nhận hồ sơ").contains("đợt năm 2027"));
    assertThat(rounds.hasOpened(2010)).isTrue();
  }

  @Test
  void lateNominationIsPossibleForARoundThatHasOpenedNotForOneThatHasNot() {
    now("2027-03-10T10:00" + HANOI);

    assertThat(rounds.hasOpened(2027)).isTrue();
    assertThat(rounds.hasOpened(2028)).isFalse();
  }

  @Test
  void theYearAFormLeavesEmptyIsTheOpenRoundOrBetweenRoundsTheNextOne() {
    now("2026-12-04T10:00" + HANOI);
    assertThat(rounds.currentRoundYear()).isEqualTo(2027);
    now("2027-01-20T10:00" + HANOI);
    assertThat(rounds.currentRoundYear()).isEqualTo(2027);
    now("2027-06-15T10:00" + HANOI);
    assertThat(rounds.currentRoundYear()).isEqualTo(2028);
  }

  private static void now(String isoDateTime) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(isoDateTime).toInstant()));
  }
}
