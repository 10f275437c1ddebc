package vn.longbien.exemplar.support;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one allocator of test data for the scenarios that share a Spring context (and so one database): each
 * scenario takes from here what must be its own, so that no scenario counts another's nominations, and no year
 * is picked by hand.
 *
 * <ul>
 *   <li>{@link #ownRound()}: a round year nothing else in this JVM records nominations in, for a scenario that
 *       counts by year (a report, a target, a cap, a round opened or closed);</li>
 *   <li>{@link #ownRounds(int)}: consecutive round years of the scenario's own (a period, an exemplar's earlier
 *       rounds);</li>
 *   <li>{@link #sharedRound()}: the one round of every scenario that counts nothing by year and tells its
 *       nominations apart by their nominees; it saves the years, which end at {@value #LAST_YEAR};</li>
 *   <li>{@link #nominee(String)}: a nominee's name no other scenario uses, so that the exemplar registry never
 *       matches one scenario's nominee to another's.</li>
 * </ul>
 *
 * <p>Rounds are future years (from three years ahead), so that the timers of a submission stay ahead of the real
 * clock; {@link RoundClock} moves the engine clock into a round's window.
 */
public final class TestData {

  private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
  /** The last round year a nomination may name. */
  public static final int LAST_YEAR = 2100;
  private static final AtomicInteger NEXT_YEAR = new AtomicInteger(LocalDate.now(HANOI).getYear() + 3);
  private static final AtomicInteger NEXT_NOMINEE = new AtomicInteger();
  private static final Object LOCK = new Object();
  private static Integer shared;

  private TestData() {}

  /** A round year no other scenario in this JVM uses. */
  public static int ownRound() {
    return ownRounds(1);
  }

  /** The first of {@code count} consecutive round years no other scenario in this JVM uses. */
  public static int ownRounds(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1");
    }
    int first = NEXT_YEAR.getAndAdd(count);
    if (first + count - 1 > LAST_YEAR) {
      throw new IllegalStateException("No round years left for test scenarios (the last is " + LAST_YEAR
          + "): use sharedRound() with nominees of the scenario's own where the scenario counts nothing by year");
    }
    return first;
  }

  /** The round of every scenario that counts nothing by year. */
  public static int sharedRound() {
    synchronized (LOCK) {
      if (shared == null) {
        shared = ownRound();
      }
      return shared;
    }
  }

  /**
   * The name with a suffix of letters no other call gets ("Nguyễn Thị Hằng" becomes "Nguyễn Thị Hằng AC"):
   * a nominee of the scenario's own, also across rounds.
   */
  public static String nominee(String name) {
    // Bijective base 26 (A…Z, AA…ZZ, AAA…), starting at the first two-letter suffix: every number its own letters.
    int n = NEXT_NOMINEE.getAndIncrement() + 26;
    StringBuilder suffix = new StringBuilder();
    do {
      suffix.insert(0, (char) ('A' + n % 26));
      n = n / 26 - 1;
    } while (n >= 0);
    return name + " " + suffix;
  }
}
