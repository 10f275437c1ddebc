package vn.longbien.exemplar.campaign;

/** Where a yearly round stands; the label is what officials read. */
public enum RoundStatus {
  OPEN("Đang diễn ra"),
  CLOSED("Đã đóng, đã lập báo cáo");

  private final String label;

  RoundStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
