package vn.longbien.exemplar.decision;

/** A decision is corrected while it is a draft; submitted once, it is never changed again. */
public enum DecisionState {
  DRAFT("Dự thảo, chưa gửi"),
  SUBMITTED("Đã gửi, đã ghi nhận");

  private final String label;

  DecisionState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
