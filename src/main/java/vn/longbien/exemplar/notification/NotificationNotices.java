package vn.longbien.exemplar.notification;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.notification.NotificationConfiguration.Delivery;
import vn.longbien.exemplar.notification.Recipients.Recipient;
import vn.longbien.exemplar.security.CurrentOfficial;
import vn.longbien.exemplar.security.CurrentOfficial.Official;

/**
 * What the pages say about notifications to the signed-in official ({@code @notificationNotices} in the home
 * page): their own address and digest, and, for Phòng Nội vụ and administrators, the officials without an
 * address and the way to the outbox.
 */
@Component("notificationNotices")
public class NotificationNotices {

  /**
   * @param address the official's own address, or null
   * @param digestEnabled whether they receive the daily digest
   * @param digestTime "07:00"
   * @param followsOutbox whether they may read the outbox (Phòng Nội vụ, administrators)
   * @param withoutAddress officials without an address (listed only to those who follow the outbox)
   */
  public record Notice(String address, boolean digestEnabled, String digestTime, boolean followsOutbox,
      List<Recipient> withoutAddress) {}

  private final CurrentOfficial currentOfficial;
  private final IdentityService identities;
  private final NotificationPreferences preferences;
  private final Recipients recipients;
  private final NotificationProperties properties;
  private final Delivery delivery;

  NotificationNotices(CurrentOfficial currentOfficial, IdentityService identities, NotificationPreferences preferences,
      Recipients recipients, NotificationProperties properties, Delivery delivery) {
    this.currentOfficial = currentOfficial;
    this.identities = identities;
    this.preferences = preferences;
    this.recipients = recipients;
    this.properties = properties;
    this.delivery = delivery;
  }

  public Notice forCurrentOfficial() {
    Official official = currentOfficial.get();
    User user = identities.createUserQuery().userId(official.userId()).singleResult();
    String address = user == null || user.getEmail() == null || user.getEmail().isBlank() ? null : user.getEmail();
    boolean follows = followsOutbox(official);
    return new Notice(address, preferences.digestEnabled(official.userId()), properties.digestTime().toString(), follows,
        follows ? recipients.withoutAddress() : List.of());
  }

  /** Phòng Nội vụ and administrators read the outbox and the list of officials without an address. */
  public static boolean followsOutbox(Official official) {
    return official.isSecretariat() || official.isAdministrator();
  }

  public boolean sends() {
    return delivery.sends();
  }

  public boolean missingServer() {
    return delivery.missingServer();
  }
}
