package vn.longbien.exemplar.registry;

import java.util.Arrays;
import java.util.Optional;

/** The level that recognised an exemplar, by the decision tables' code; the label is what officials read. */
public enum RecognitionLevel {
  WARD("phuong", "cấp phường"),
  DISTRICT("quan", "cấp quận"),
  CITY("thanh-pho", "cấp thành phố");

  private final String code;
  private final String label;

  RecognitionLevel(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<RecognitionLevel> of(String code) {
    return Arrays.stream(values()).filter(level -> level.code.equals(code)).findFirst();
  }
}
