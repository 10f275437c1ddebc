package vn.longbien.exemplar.notification;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Whether an official receives the daily digest ({@code notification_preference}; on unless they switched it off). */
@Repository
public class NotificationPreferences {

  private final NamedParameterJdbcTemplate jdbc;

  public NotificationPreferences(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public boolean digestEnabled(String userId) {
    List<Boolean> stored = jdbc.queryForList(
        "SELECT digest_enabled FROM notification_preference WHERE user_id = :user", Map.of("user", userId), Boolean.class);
    return stored.isEmpty() || stored.get(0);
  }

  @Transactional
  public void setDigestEnabled(String userId, boolean enabled) {
    MapSqlParameterSource row = new MapSqlParameterSource("user", userId).addValue("enabled", enabled)
        .addValue("now", Instant.now().atOffset(ZoneOffset.UTC));
    if (jdbc.update("UPDATE notification_preference SET digest_enabled = :enabled, updated_at = :now"
        + " WHERE user_id = :user", row) == 0) {
      jdbc.update("INSERT INTO notification_preference (user_id, digest_enabled, updated_at)"
          + " VALUES (:user, :enabled, :now)", row);
    }
  }
}
