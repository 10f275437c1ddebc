package vn.longbien.exemplar.meeting;

/** A meeting is corrected while it is a draft; submitted once, it is never changed again. */
public enum MeetingState {
  DRAFT("Dự thảo, chưa gửi"),
  SUBMITTED("Đã gửi kết quả");

  private final String label;

  MeetingState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
