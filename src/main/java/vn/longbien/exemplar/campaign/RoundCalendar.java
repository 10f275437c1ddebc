package vn.longbien.exemplar.campaign;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Calendar dates of the round, always in Asia/Ho_Chi_Minh whatever the server's time zone. A deadline
 * "before 31/01" is the first instant of that day, as for the review tasks.
 */
final class RoundCalendar {

  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private RoundCalendar() {}

  static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(ZONE).toInstant());
  }

  static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ZONE).toLocalDate();
  }

  /** "31/01/2026", as officials write dates. */
  static String text(LocalDate day) {
    return DAY.format(day);
  }
}
