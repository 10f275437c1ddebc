package vn.longbien.exemplar.audit;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the engine keeps the history of finished nominations, and when it removes what is older.
 *
 * @param historyTimeToLiveDays history time to live of every process and decision definition, in days
 *     (default 3650, ten years), whatever the models say
 * @param historyCleanup the nightly window in which the engine's history cleanup runs
 */
@ConfigurationProperties("exemplar.audit")
public record RetentionProperties(
    @DefaultValue("3650") int historyTimeToLiveDays, @DefaultValue HistoryCleanup historyCleanup) {

  public RetentionProperties {
    if (historyTimeToLiveDays < 1) {
      throw new IllegalArgumentException("exemplar.audit.history-time-to-live-days must be at least 1 day");
    }
  }

  /**
   * @param windowStart local time the cleanup may start ("22:00")
   * @param windowEnd local time it must stop ("05:00", the next morning when before the start)
   * @param zone the zone of both times (default Asia/Ho_Chi_Minh)
   */
  public record HistoryCleanup(
      @DefaultValue("22:00") String windowStart, @DefaultValue("05:00") String windowEnd,
      @DefaultValue("Asia/Ho_Chi_Minh") String zone) {

    private static final DateTimeFormatter ENGINE_TIME = DateTimeFormatter.ofPattern("HH:mmxx");

    public HistoryCleanup {
      LocalTime.parse(windowStart);
      LocalTime.parse(windowEnd);
      ZoneId.of(zone);
    }

    /**
     * The engine reads "HH:mm" in the server's default zone, or "HH:mm+hhmm" at that offset: the window is
     * given with the zone's current offset, so it does not move with the server's zone (Việt Nam has no
     * daylight saving time).
     */
    String engineStart() {
      return engineTime(windowStart);
    }

    String engineEnd() {
      return engineTime(windowEnd);
    }

    private String engineTime(String time) {
      return LocalTime.parse(time).atDate(java.time.LocalDate.now()).atZone(ZoneId.of(zone)).format(ENGINE_TIME);
    }
  }
}
