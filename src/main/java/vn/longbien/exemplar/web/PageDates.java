package vn.longbien.exemplar.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.calendar.HanoiCalendar;

/** Dates in the pages, in Hà Nội time whatever the server's zone ({@code @dates.dateTime(...)} in the templates). */
@Component("dates")
public class PageDates {

  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(HanoiCalendar.ZONE);
  private static final DateTimeFormatter DATE_TIME_SECONDS =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(HanoiCalendar.ZONE);

  public String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant);
  }

  /** With the seconds, where the order of events matters (the audit). */
  public String dateTimeSeconds(Instant instant) {
    return instant == null ? "" : DATE_TIME_SECONDS.format(instant);
  }
}
