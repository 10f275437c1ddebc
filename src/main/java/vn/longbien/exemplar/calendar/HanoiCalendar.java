package vn.longbien.exemplar.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Calendar dates of the plan, always in Asia/Ho_Chi_Minh whatever the server's time zone.
 *
 * <p>A deadline "before 31/01" is the first instant of that day: work is due by 31/01 00:00, so the whole
 * of 30 January is still in time and nothing on 31 January is.
 */
public final class HanoiCalendar {

  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private HanoiCalendar() {}

  public static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(ZONE).toInstant());
  }

  /** A time limit given as a date ("2025-01-10") means to the end of that day. */
  public static Date endOf(LocalDate day) {
    return startOf(day.plusDays(1));
  }

  /** Today in Hà Nội by the engine's clock (which tests move). */
  public static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ZONE).toLocalDate();
  }

  /** The day after {@code workingDays} working days (Monday to Friday) counted from tomorrow. */
  public static LocalDate afterWorkingDays(LocalDate from, int workingDays) {
    LocalDate day = from;
    int counted = 0;
    while (counted < workingDays) {
      day = day.plusDays(1);
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        counted++;
      }
    }
    return day.plusDays(1);
  }

  /** "31/01/2026", as officials write dates. */
  public static String text(LocalDate day) {
    return DAY.format(day);
  }
}
