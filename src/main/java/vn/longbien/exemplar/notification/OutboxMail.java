package vn.longbien.exemplar.notification;

import java.time.Instant;

/** One row of the outbox: one mail to one official. */
public record OutboxMail(
    long id,
    NotificationKind kind,
    String recipientUser,
    String recipientAddress,
    String payload,
    String subject,
    State state,
    int attempts,
    Instant nextAttemptAt,
    Instant createdAt,
    Instant sentAt,
    String lastError) {

  /** Where a mail stands, with the label the outbox page shows. */
  public enum State {
    PENDING("Chờ gửi"),
    SENDING("Đang gửi"),
    SENT("Đã gửi"),
    FAILED("Không gửi được"),
    NO_ADDRESS("Người nhận chưa có địa chỉ thư");

    private final String label;

    State(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
