package vn.longbien.exemplar.nomination;

/** The result of the entry check of a nomination's criteria; the label is what officials read. */
public enum Eligibility {
  ELIGIBLE("Đủ điều kiện"),
  NOT_ELIGIBLE("Không đủ điều kiện"),
  ON_HOLD("Tạm dừng xét");

  private final String label;

  Eligibility(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** From the decision tables' outputs: on hold first (a pending matter stops the review whatever the criteria). */
  public static Eligibility of(boolean onHold, boolean eligible) {
    return onHold ? ON_HOLD : eligible ? ELIGIBLE : NOT_ELIGIBLE;
  }
}
