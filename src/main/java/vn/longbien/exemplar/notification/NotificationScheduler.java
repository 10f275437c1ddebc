package vn.longbien.exemplar.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.calendar.HanoiCalendar;
import vn.longbien.exemplar.notification.NotificationConfiguration.Delivery;

/**
 * This node's clock for notifications, every {@code send-interval}: once a day, from the digest time on, composes
 * the digests (again after a restart that day: the outbox keeps one per official and day) and deletes mails sent
 * more than {@code keep-sent} ago; then, when this node
 * sends ({@code delivery: smtp} with a mail server), sends what is due. One thread of its own; nothing else of
 * the application is scheduled through it. Off with {@code exemplar.notifications.scheduling=false} (the tests).
 */
@Component
@ConditionalOnProperty(name = "exemplar.notifications.scheduling", havingValue = "true", matchIfMissing = true)
class NotificationScheduler implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationScheduler.class);

  private final Digests digests;
  private final Outbox outbox;
  private final Delivery delivery;
  private final NotificationProperties properties;
  private ScheduledExecutorService executor;
  private LocalDate digestsComposed;

  NotificationScheduler(Digests digests, Outbox outbox, Delivery delivery, NotificationProperties properties) {
    this.digests = digests;
    this.outbox = outbox;
    this.delivery = delivery;
    this.properties = properties;
  }

  void tick() {
    try {
      ZonedDateTime now = ZonedDateTime.now(HanoiCalendar.ZONE);
      if (!now.toLocalDate().equals(digestsComposed) && !now.toLocalTime().isBefore(properties.digestTime())) {
        digests.compose(Instant.now());
        outbox.deleteSentBefore(Instant.now().minus(properties.keepSent()));
        digestsComposed = now.toLocalDate();
      }
      if (delivery.sends()) {
        delivery.sender().sendDue();
      }
    } catch (RuntimeException e) {
      // The next tick tries again; a database that is away for a while must not end the schedule.
      LOG.warn("Notifications: {}", e.toString());
    }
  }

  @Override
  public synchronized void start() {
    if (delivery.missingServer()) {
      LOG.warn("exemplar.notifications.delivery is smtp but spring.mail.host is not set: mails stay in the outbox");
    }
    executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "notifications");
      thread.setDaemon(true);
      return thread;
    });
    long interval = properties.sendInterval().toMillis();
    executor.scheduleWithFixedDelay(this::tick, interval, interval, TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void stop() {
    if (executor != null) {
      executor.shutdownNow();
      executor = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return executor != null;
  }
}
