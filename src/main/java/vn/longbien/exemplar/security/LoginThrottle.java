package vn.longbien.exemplar.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting anyone lock an official out. Failures are counted per
 * client (its address) and per account and client together, and, with a low ceiling, per account alone:
 * <ul>
 *   <li>one client that keeps failing waits longer and longer between attempts (up to 15 minutes), for any
 *       account;
 *   <li>the same client and account: from the 5th failure, 2, 4, 8 … seconds (up to 15 minutes);
 *   <li>one account from many clients: from the 10th failure, at most {@link #ACCOUNT_CEILING} between attempts,
 *       so guessing across many addresses stays slow while the official, from their own computer, waits seconds
 *       at worst, never indefinitely.
 * </ul>
 * A successful sign-in clears the account's counts for that client. Counts live in this node's memory and lapse
 * after an hour without failures; Camunda's own per-account lock is switched off (login-max-attempts) because it
 * locks an account for good after ten failures from anyone.
 */
@Component
public class LoginThrottle {

  static final Duration ACCOUNT_CEILING = Duration.ofSeconds(10);
  private static final Duration CLIENT_CEILING = Duration.ofMinutes(15);
  private static final Duration FORGET_AFTER = Duration.ofHours(1);

  private record Failures(int count, Instant last) {}

  private final Map<String, Failures> byClient = new ConcurrentHashMap<>();
  private final Map<String, Failures> byAccountAndClient = new ConcurrentHashMap<>();
  private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();
  private final Clock clock;

  @Autowired
  LoginThrottle() {
    this(Clock.systemUTC());
  }

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long the client must still wait before it may try this account again; zero when it may try now. */
  public Duration waitBeforeAttempt(String account, String client) {
    Instant now = clock.instant();
    Duration wait = remaining(byClient.get(client), 10, CLIENT_CEILING, now);
    wait = max(wait, remaining(byAccountAndClient.get(key(account, client)), 4, CLIENT_CEILING, now));
    return max(wait, remaining(byAccount.get(normal(account)), 9, ACCOUNT_CEILING, now));
  }

  public void failed(String account, String client) {
    Instant now = clock.instant();
    count(byClient, client, now);
    count(byAccountAndClient, key(account, client), now);
    count(byAccount, normal(account), now);
    if (byClient.size() > 100_000) {
      forgetOld(now);
    }
  }

  public void succeeded(String account, String client) {
    byAccountAndClient.remove(key(account, client));
    byAccount.remove(normal(account));
  }

  private void count(Map<String, Failures> counts, String key, Instant now) {
    counts.merge(key, new Failures(1, now), (before, one) ->
        expired(before, now) ? one : new Failures(before.count() + 1, now));
  }

  /** From the failure after {@code free}, the wait doubles from 2 seconds, up to the ceiling. */
  private static Duration remaining(Failures failures, int free, Duration ceiling, Instant now) {
    if (failures == null || failures.count() <= free || expired(failures, now)) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures.count() - free, 20);
    Duration wait = Duration.ofSeconds(1L << doublings);
    if (wait.compareTo(ceiling) > 0) {
      wait = ceiling;
    }
    Duration left = Duration.between(now, failures.last().plus(wait));
    return left.isNegative() ? Duration.ZERO : left;
  }

  private static boolean expired(Failures failures, Instant now) {
    return failures.last().plus(FORGET_AFTER).isBefore(now);
  }

  private void forgetOld(Instant now) {
    byClient.values().removeIf(f -> expired(f, now));
    byAccountAndClient.values().removeIf(f -> expired(f, now));
    byAccount.values().removeIf(f -> expired(f, now));
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static String key(String account, String client) {
    return normal(account) + "|" + client;
  }

  private static String normal(String account) {
    return account == null ? "" : account.trim().toLowerCase(java.util.Locale.ROOT);
  }
}
