package vn.longbien.exemplar.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Wrong passwords slow the guesser down, never lock the official out. */
class LoginThrottleTest {

  private final MovingClock clock = new MovingClock();
  private final LoginThrottle throttle = new LoginThrottle(clock);

  @Test
  void fourWrongPasswordsCostNothing() {
    fail("bode.donvi", "10.0.0.9", 4);

    assertThat(throttle.waitBeforeAttempt("bode.donvi", "10.0.0.9")).isZero();
  }

  @Test
  void theSameClientAndAccountWaitLongerAfterEachFurtherFailure() {
    fail("bode.donvi", "10.0.0.9", 5);
    Duration afterFive = throttle.waitBeforeAttempt("bode.donvi", "10.0.0.9");
    fail("bode.donvi", "10.0.0.9", 1);
    Duration afterSix = throttle.waitBeforeAttempt("bode.donvi", "10.0.0.9");

    assertThat(afterFive).isEqualTo(Duration.ofSeconds(2));
    assertThat(afterSix).isEqualTo(Duration.ofSeconds(4));
  }

  @Test
  void aClientGuessingManyAccountsWaitsForEveryAccount() {
    for (int account = 0; account < 12; account++) {
      fail("tai-khoan-" + account, "203.0.113.5", 1);
    }

    assertThat(throttle.waitBeforeAttempt("bode.hoidong", "203.0.113.5")).isPositive();
    assertThat(throttle.waitBeforeAttempt("bode.hoidong", "10.0.0.9")).isZero();
  }

  @Test
  void anOfficialAtTheirOwnComputerWaitsSecondsAtWorstWhileOthersGuessTheirName() {
    for (int client = 0; client < 200; client++) {
      fail("bode.donvi", "198.51.100." + client, 1);
    }

    Duration wait = throttle.waitBeforeAttempt("bode.donvi", "10.0.0.9");

    assertThat(wait).isPositive().isLessThanOrEqualTo(LoginThrottle.ACCOUNT_CEILING);
    clock.advance(LoginThrottle.ACCOUNT_CEILING);
    assertThat(throttle.waitBeforeAttempt("bode.donvi", "10.0.0.9")).isZero();
  }

  @Test
  void theWaitPassesWithTime() {
    fail("bode.donvi", "10.0.0.9", 6);

    clock.advance(Duration.ofSeconds(4));

    assertThat(throttle.waitBeforeAttempt("bode.donvi", "10.0.0.9")).isZero();
  }

  @Test
  void signingInClearsTheAccountsCountsForThatClient() {
    fail("bode.donvi", "10.0.0.9", 6);

    throttle.succeeded("bode.donvi", "10.0.0.9");

    assertThat(throttle.waitBeforeAttempt("bode.donvi", "10.0.0.9")).isZero();
  }

  private void fail(String account, String client, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(account, client);
    }
  }

  /** A clock the test moves by hand. */
  private static final class MovingClock extends Clock {
    private Instant now = Instant.parse("2027-01-10T02:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
