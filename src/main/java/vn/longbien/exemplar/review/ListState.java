package vn.longbien.exemplar.review;

/** A council meeting or a chairman's decision is corrected while it is a draft; submitted once, never changed again. */
public enum ListState {
  DRAFT("Dự thảo, chưa gửi"),
  SUBMITTED("Đã gửi kết quả");

  private final String label;

  ListState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
