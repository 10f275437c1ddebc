package vn.longbien.exemplar.notification;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Officials' e-mail notifications ({@code exemplar.notifications}); docs/NOTIFICATIONS.md.
 *
 * @param delivery {@code outbox}: mails stay in the outbox, listed on the administrator's page (default profile);
 *     {@code smtp}: the scheduled sender sends them through Spring Boot's mail sender ({@code spring.mail.*})
 * @param scheduling whether this node runs the scheduled sender and composes the daily digest (off in the tests,
 *     which drive both themselves)
 * @param from the sender's address
 * @param baseUrl the application's address as officials open it, for the links in the mails
 * @param digestTime when the daily digest is composed, Hà Nội time
 * @param dueSoonDays a task due within this many days is listed as due soon in the digest (the review's reminder
 *     lead time, {@code reminderDaysBefore} of round-deadlines)
 * @param immediate the events that are mailed at once; the others reach officials by the digest only
 * @param sendInterval how often the sender looks for mails to send
 * @param batchSize mails claimed per look
 * @param lease how long a claimed mail is a node's own; a node that dies while sending leaves it to another after this
 * @param backoff the wait after the first failed attempt; doubled after each further one
 * @param maxBackoff the longest wait between attempts
 * @param maxAttempts attempts before a mail is given up (state FAILED, shown on the outbox page)
 * @param keepSent how long a sent mail stays in the outbox (its list on the pages); then it is deleted
 * @param templateDir a directory whose mail templates ({@code mail/*.html}, {@code mail/*.txt}) replace those
 *     shipped in {@code templates/mail/}, read at every mail
 */
@ConfigurationProperties("exemplar.notifications")
public record NotificationProperties(
    @DefaultValue("outbox") Delivery delivery,
    @DefaultValue("true") boolean scheduling,
    @DefaultValue("thidua@longbien.example") String from,
    @DefaultValue("http://localhost:8080") String baseUrl,
    @DefaultValue("07:00") LocalTime digestTime,
    @DefaultValue("7") int dueSoonDays,
    @DefaultValue({"escalation", "evidence-return", "round-opening"}) Set<NotificationKind> immediate,
    @DefaultValue("30s") Duration sendInterval,
    @DefaultValue("20") int batchSize,
    @DefaultValue("5m") Duration lease,
    @DefaultValue("1m") Duration backoff,
    @DefaultValue("6h") Duration maxBackoff,
    @DefaultValue("10") int maxAttempts,
    @DefaultValue("180d") Duration keepSent,
    String templateDir) {

  public enum Delivery { OUTBOX, SMTP }

  public boolean isImmediate(NotificationKind kind) {
    return immediate.contains(kind);
  }

  /** The wait before the attempt after {@code attempts} failed ones: backoff, doubled each time, at most maxBackoff. */
  public Duration backoffAfter(int attempts) {
    Duration wait = backoff;
    for (int i = 1; i < attempts && wait.compareTo(maxBackoff) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }

  public String link(String path) {
    String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    return base + path;
  }
}
