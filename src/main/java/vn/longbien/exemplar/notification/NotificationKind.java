package vn.longbien.exemplar.notification;

import java.util.Arrays;
import java.util.Optional;
import vn.longbien.exemplar.review.ModelContract;
import vn.longbien.exemplar.review.ModelContract.TaskPurpose;

/**
 * What a mail is about, with its Vietnamese label and its templates ({@code templates/mail/<template>.html} and
 * {@code .txt}). Which kind of step causes which immediate mail is decided here, once; which of the models' tasks
 * is of that kind, by {@link ModelContract} (whose deployment check refuses a model that renames one).
 */
public enum NotificationKind {
  /** The daily digest of an official's groups' tasks. */
  DIGEST("digest", "Bản tin công việc hằng ngày", null),
  /** Open work escalated to Phòng Nội vụ: the round's overdue work, a movement's introduction shortfall. */
  ESCALATION("escalation", "Chuyển Phòng Nội vụ xử lý", TaskPurpose.ESCALATION),
  /** The council returned a dossier to its nominating unit for evidence. */
  EVIDENCE_RETURN("evidence-return", "Trả hồ sơ để bổ sung", TaskPurpose.EVIDENCE_REQUEST),
  /** The round's opening notice to a nominating unit. */
  ROUND_OPENING("round-opening", "Thông báo mở đợt bình xét", TaskPurpose.ROUND_OPENING);

  private final String template;
  private final String label;
  private final TaskPurpose step;

  NotificationKind(String template, String label, TaskPurpose step) {
    this.template = template;
    this.label = label;
    this.step = step;
  }

  public String template() {
    return template;
  }

  public String label() {
    return label;
  }

  /** The immediate kind a user task of this definition key causes, if any. */
  public static Optional<NotificationKind> ofStep(String taskDefinitionKey) {
    return ModelContract.purposeOf(taskDefinitionKey)
        .flatMap(purpose -> Arrays.stream(values()).filter(kind -> kind.step == purpose).findFirst());
  }
}
