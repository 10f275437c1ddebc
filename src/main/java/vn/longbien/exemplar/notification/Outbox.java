package vn.longbien.exemplar.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.longbien.exemplar.notification.OutboxMail.State;

/**
 * The outbox table ({@code notification_outbox}, migration V15) in plain SQL that PostgreSQL and H2 both run.
 * A mail is added in the caller's transaction (the engine's, for a task's event). A sender claims a due mail
 * with one UPDATE whose WHERE repeats the state and lease it read: of two nodes claiming the same row, the
 * second's UPDATE waits for the first's commit, then finds the row no longer due and changes nothing.
 */
@Repository
public class Outbox {

  private static final String DUE = "(state = 'PENDING' AND next_attempt_at <= :now)"
      + " OR (state = 'SENDING' AND lease_until < :now)";
  private static final String COLUMNS = "id, kind, recipient_user, recipient_address, payload, subject, state,"
      + " attempts, next_attempt_at, created_at, sent_at, last_error";

  private final NamedParameterJdbcTemplate jdbc;

  public Outbox(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Adds a mail, due now, unless a mail with the same key exists (then nothing: {@code false}). A recipient
   * without an address gets a row too, in state NO_ADDRESS, never sent but listed for Phòng Nội vụ.
   */
  public boolean add(NotificationKind kind, String user, String address, String payload, String dedupKey, Instant now) {
    MapSqlParameterSource row = new MapSqlParameterSource()
        .addValue("kind", kind.name())
        .addValue("user", user)
        .addValue("address", address)
        .addValue("payload", payload)
        .addValue("key", dedupKey)
        .addValue("state", (address == null ? State.NO_ADDRESS : State.PENDING).name())
        .addValue("now", time(now));
    if (exists(dedupKey)) {
      return false;
    }
    try {
      jdbc.update("INSERT INTO notification_outbox (kind, recipient_user, recipient_address, payload, dedup_key, state,"
          + " attempts, next_attempt_at, created_at) VALUES (:kind, :user, :address, :payload, :key, :state, 0, :now, :now)",
          row);
      return true;
    } catch (DuplicateKeyException raced) {
      return false;
    }
  }

  public boolean exists(String dedupKey) {
    return Boolean.TRUE.equals(jdbc.queryForObject(
        "SELECT COUNT(*) > 0 FROM notification_outbox WHERE dedup_key = :key", Map.of("key", dedupKey), Boolean.class));
  }

  /** Ids of mails due for sending (oldest first), or whose sender's lease ran out. */
  public List<Long> due(Instant now, int limit) {
    return jdbc.queryForList("SELECT id FROM notification_outbox WHERE " + DUE
            + " ORDER BY id FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY",
        Map.of("now", time(now)), Long.class);
  }

  /** Takes the mail for this node until {@code leaseUntil} and counts the attempt; false when another node has it. */
  public boolean claim(long id, String node, Instant now, Instant leaseUntil) {
    return jdbc.update("UPDATE notification_outbox SET state = 'SENDING', claimed_by = :node, lease_until = :lease,"
        + " attempts = attempts + 1 WHERE id = :id AND (" + DUE + ")",
        new MapSqlParameterSource("id", id).addValue("node", node).addValue("now", time(now))
            .addValue("lease", time(leaseUntil))) == 1;
  }

  public boolean markSent(long id, String node, String subject, Instant sentAt) {
    return jdbc.update("UPDATE notification_outbox SET state = 'SENT', subject = :subject, sent_at = :sent,"
        + " lease_until = NULL, last_error = NULL WHERE id = :id AND state = 'SENDING' AND claimed_by = :node",
        new MapSqlParameterSource("id", id).addValue("node", node).addValue("subject", cut(subject, 500))
            .addValue("sent", time(sentAt))) == 1;
  }

  /** A failed attempt: due again at {@code retryAt}, or given up (FAILED) when that is null. */
  public void markFailed(long id, String node, String subject, String error, Instant retryAt) {
    jdbc.update("UPDATE notification_outbox SET state = :state, next_attempt_at = COALESCE(:retry, next_attempt_at),"
        + " subject = COALESCE(:subject, subject), lease_until = NULL, last_error = :error"
        + " WHERE id = :id AND state = 'SENDING' AND claimed_by = :node",
        new MapSqlParameterSource("id", id).addValue("node", node)
            .addValue("state", (retryAt == null ? State.FAILED : State.PENDING).name())
            .addValue("retry", retryAt == null ? null : time(retryAt), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
            .addValue("subject", subject == null ? null : cut(subject, 500), java.sql.Types.VARCHAR)
            .addValue("error", cut(error, 1000)));
  }

  /** A mail given up, due again now (the outbox page's "send again"). */
  public boolean retry(long id, Instant now) {
    return jdbc.update("UPDATE notification_outbox SET state = 'PENDING', attempts = 0, next_attempt_at = :now"
        + " WHERE id = :id AND state = 'FAILED'", new MapSqlParameterSource("id", id).addValue("now", time(now))) == 1;
  }

  /** Forgets mails sent before the instant; mails not sent (waiting, failed, without address) stay. */
  public int deleteSentBefore(Instant before) {
    return jdbc.update("DELETE FROM notification_outbox WHERE state = 'SENT' AND sent_at < :before",
        Map.of("before", time(before)));
  }

  public Optional<OutboxMail> find(long id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM notification_outbox WHERE id = :id", Map.of("id", id), Outbox::mail)
        .stream().findFirst();
  }

  /** The latest mails, newest first, of one state or all. */
  public List<OutboxMail> latest(State state, int limit) {
    return jdbc.query("SELECT " + COLUMNS + " FROM notification_outbox"
            + (state == null ? "" : " WHERE state = :state") + " ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY",
        new MapSqlParameterSource("state", state == null ? null : state.name()), Outbox::mail);
  }

  /** The latest mails to one official, newest first. */
  public List<OutboxMail> latestTo(String user, int limit) {
    return jdbc.query("SELECT " + COLUMNS + " FROM notification_outbox WHERE recipient_user = :user"
        + " ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY", Map.of("user", user), Outbox::mail);
  }

  public Map<State, Long> countByState() {
    Map<State, Long> counts = new EnumMap<>(State.class);
    jdbc.query("SELECT state, COUNT(*) AS n FROM notification_outbox GROUP BY state", Map.of(),
        rs -> { counts.put(State.valueOf(rs.getString("state")), rs.getLong("n")); });
    return counts;
  }

  private static OutboxMail mail(ResultSet rs, int row) throws SQLException {
    return new OutboxMail(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")), rs.getString("recipient_user"),
        rs.getString("recipient_address"), rs.getString("payload"), rs.getString("subject"),
        State.valueOf(rs.getString("state")), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
        instant(rs, "created_at"), instant(rs, "sent_at"), rs.getString("last_error"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime time(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
