package vn.longbien.exemplar.notification;

import java.time.LocalDate;
import java.util.Date;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.calendar.HanoiCalendar;
import vn.longbien.exemplar.notification.MailPayload.MailTask;

/** The addresses mails link to (Tasklist's task, the nomination's dossier), from {@code exemplar.notifications.base-url}. */
@Component
public class MailLinks {

  static final String TASKLIST = "/camunda/app/tasklist/default/";

  private final NotificationProperties properties;

  public MailLinks(NotificationProperties properties) {
    this.properties = properties;
  }

  public String tasklist() {
    return properties.link(TASKLIST);
  }

  public String task(String taskId) {
    return properties.link(TASKLIST + "#/?task=" + taskId);
  }

  public String dossier(String nominationId) {
    return nominationId == null ? null : properties.link("/nominations/" + nominationId);
  }

  public String settings() {
    return properties.link("/notifications");
  }

  public MailTask task(String id, String name, Date due, Date now, String nominationId) {
    String dueText = due == null ? null : HanoiCalendar.text(day(due));
    return new MailTask(id, name, dueText, due != null && due.before(now), task(id), nominationId, dossier(nominationId));
  }

  static LocalDate day(Date date) {
    return date.toInstant().atZone(HanoiCalendar.ZONE).toLocalDate();
  }
}
