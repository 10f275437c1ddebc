package vn.longbien.exemplar.notification;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a mail is about, with its Vietnamese label and its templates ({@code templates/mail/<template>.html} and
 * {@code .txt}). Which review steps cause which immediate mail is decided here, once.
 */
public enum NotificationKind {
  /** The daily digest of an official's groups' tasks. */
  DIGEST("digest", "Bản tin công việc hằng ngày"),
  /** Open work escalated to Phòng Nội vụ: the round's overdue work, a movement's introduction shortfall. */
  ESCALATION("escalation", "Chuyển Phòng Nội vụ xử lý", "Task_HandleOverdueWork", "Task_HandleShortfall"),
  /** The council returned a dossier to its nominating unit for evidence. */
  EVIDENCE_RETURN("evidence-return", "Trả hồ sơ để bổ sung", "Task_ProvideEvidence"),
  /** The round's opening notice to a nominating unit. */
  ROUND_OPENING("round-opening", "Thông báo mở đợt bình xét", "Task_AcknowledgeRoundOpening");

  private final String template;
  private final String label;
  private final String[] steps;

  NotificationKind(String template, String label, String... steps) {
    this.template = template;
    this.label = label;
    this.steps = steps;
  }

  public String template() {
    return template;
  }

  public String label() {
    return label;
  }

  /** The immediate kind a user task of this definition key causes, if any. */
  public static Optional<NotificationKind> ofStep(String taskDefinitionKey) {
    return Arrays.stream(values()).filter(kind -> Arrays.asList(kind.steps).contains(taskDefinitionKey)).findFirst();
  }
}
