package vn.longbien.exemplar.registry;

import java.util.Arrays;

/** Who an exemplar is, by the nomination's nominee kind code; the label is what officials read. */
public enum ExemplarKind {
  PERSON("ca-nhan", "Cá nhân"),
  COLLECTIVE("tap-the", "Tập thể"),
  HOUSEHOLD("ho-gia-dinh", "Hộ gia đình");

  private final String code;
  private final String label;

  ExemplarKind(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** The kind of a nominee kind code; an unknown code is a person (the nomination refuses unknown codes). */
  public static ExemplarKind of(String code) {
    return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst().orElse(PERSON);
  }
}
