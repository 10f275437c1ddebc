package vn.longbien.exemplar.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import vn.longbien.exemplar.notification.MailTemplates.RenderedMail;

/**
 * Sends the outbox's due mails through SMTP, one claimed row at a time: claim (one UPDATE on state and lease),
 * render the templates, send, mark sent. A failed attempt makes the mail due again after a backoff that doubles
 * each time, up to {@code maxAttempts}; an SMTP server that cannot be reached ends the round of sending (the other
 * mails wait for the next). Each node runs its own sender; a row claimed by one is not due for the others until
 * its lease runs out, so each mail is sent by one node. The one window for a second copy: a node that dies (or
 * whose send outlasts the lease) after the SMTP server accepted the mail and before its row is marked sent; the
 * copy carries the same Message-ID, by which mail systems recognise it.
 */
public class OutboxSender {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

  private final Outbox outbox;
  private final MailTemplates templates;
  private final JavaMailSender mail;
  private final NotificationProperties properties;
  private final Clock clock;
  private final String node;

  public OutboxSender(Outbox outbox, MailTemplates templates, JavaMailSender mail, NotificationProperties properties,
      Clock clock, String node) {
    this.outbox = outbox;
    this.templates = templates;
    this.mail = mail;
    this.properties = properties;
    this.clock = clock;
    this.node = node;
  }

  public String node() {
    return node;
  }

  /** Sends what is due now; returns how many mails this node sent. */
  public int sendDue() {
    int sent = 0;
    for (long id : outbox.due(clock.instant(), properties.batchSize())) {
      Instant now = clock.instant();
      if (!outbox.claim(id, node, now, now.plus(properties.lease()))) {
        continue;
      }
      Optional<OutboxMail> claimed = outbox.find(id);
      if (claimed.isEmpty()) {
        continue;
      }
      Attempt attempt = send(claimed.get());
      if (attempt == Attempt.SENT) {
        sent++;
      } else if (attempt == Attempt.SERVER_DOWN) {
        break;
      }
    }
    return sent;
  }

  private enum Attempt { SENT, FAILED, SERVER_DOWN }

  private Attempt send(OutboxMail row) {
    RenderedMail rendered;
    try {
      rendered = templates.render(row.kind(), MailPayloads.read(row.payload()));
    } catch (RuntimeException e) {
      LOG.warn("Mail {} ({}) cannot be rendered: {}", row.id(), row.kind(), e.toString());
      failed(row, null, "Mẫu thư lỗi: " + e.getMessage());
      return Attempt.FAILED;
    }
    try {
      mail.send(message(row, rendered));
    } catch (MailException | MessagingException e) {
      LOG.warn("Mail {} to {} not sent (attempt {}): {}", row.id(), row.recipientAddress(), row.attempts(), e.toString());
      failed(row, rendered.subject(), "Gửi không được: " + e.getMessage());
      return refusedThisMail(e) ? Attempt.FAILED : Attempt.SERVER_DOWN;
    }
    if (!outbox.markSent(row.id(), node, rendered.subject(), clock.instant())) {
      LOG.warn("Mail {} was sent by {} after its lease ran out", row.id(), node);
    }
    return Attempt.SENT;
  }

  /** The server refused this mail (an address it does not take), rather than being out of reach or refusing us. */
  private static boolean refusedThisMail(Exception e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof jakarta.mail.SendFailedException || cause instanceof jakarta.mail.internet.AddressException) {
        return true;
      }
    }
    return false;
  }

  private void failed(OutboxMail row, String subject, String error) {
    Instant retry = row.attempts() >= properties.maxAttempts() ? null
        : clock.instant().plus(properties.backoffAfter(row.attempts()));
    outbox.markFailed(row.id(), node, subject, error, retry);
  }

  private MimeMessage message(OutboxMail row, RenderedMail rendered) throws MessagingException {
    MimeMessage message = mail.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
        StandardCharsets.UTF_8.name());
    helper.setFrom(properties.from());
    helper.setTo(row.recipientAddress());
    helper.setSubject(rendered.subject());
    helper.setText(rendered.text(), rendered.html());
    message.setHeader("Message-ID", "<notification-" + row.id() + "@" + messageIdDomain() + ">");
    return message;
  }

  private String messageIdDomain() {
    String from = properties.from();
    int at = from.lastIndexOf('@');
    return at < 0 ? "exemplar.local" : from.substring(at + 1).replace(">", "").strip();
  }
}
