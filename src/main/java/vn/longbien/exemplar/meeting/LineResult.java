package vn.longbien.exemplar.meeting;

/** What submitting the meeting did with an agenda line. */
public enum LineResult {
  /** The nominee's council task was completed with the meeting's data. */
  COMPLETED("Đã ghi nhận"),
  /** The task could not be completed (done in Tasklist meanwhile, withdrawn, refused): the reason is kept. */
  NOT_COMPLETED("Không ghi nhận được"),
  /** Not reviewed at this meeting: the task stays open for a later meeting or the task form. */
  LEFT_OPEN("Để lại, chưa xét");

  private final String label;

  LineResult(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
