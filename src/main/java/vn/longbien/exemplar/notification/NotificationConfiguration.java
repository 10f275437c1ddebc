package vn.longbien.exemplar.notification;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The sender of this node, when there is an SMTP server to send to: Spring Boot creates its mail sender from
 * {@code spring.mail.host} (and the other {@code spring.mail.*} settings); without one, mails stay in the outbox.
 */
@Configuration
class NotificationConfiguration {

  @Bean
  Delivery notificationDelivery(NotificationProperties properties, Outbox outbox, MailTemplates templates,
      ObjectProvider<JavaMailSender> mail, @Value("${spring.mail.host:}") String host) {
    JavaMailSender sender = host.isBlank() ? null : mail.getIfAvailable();
    boolean smtp = properties.delivery() == NotificationProperties.Delivery.SMTP && sender != null;
    return new Delivery(properties.delivery(), smtp ? new OutboxSender(outbox, templates, sender, properties,
        Clock.systemUTC(), ManagementFactory.getRuntimeMXBean().getName()) : null);
  }

  /**
   * How this node delivers mails.
   *
   * @param configured the configured delivery
   * @param sender this node's sender; null when mails stay in the outbox (delivery {@code outbox}, or {@code smtp}
   *     without {@code spring.mail.host})
   */
  record Delivery(NotificationProperties.Delivery configured, OutboxSender sender) {

    boolean sends() {
      return sender != null;
    }

    /** SMTP was asked for, but there is no mail server configured. */
    boolean missingServer() {
      return configured == NotificationProperties.Delivery.SMTP && sender == null;
    }
  }
}
