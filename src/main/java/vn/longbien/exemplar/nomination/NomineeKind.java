package vn.longbien.exemplar.nomination;

import java.util.Optional;
import vn.longbien.exemplar.text.Coded;

/** Who is nominated, by the code the forms, the import and the records use, with its Vietnamese name. */
public enum NomineeKind implements Coded {
  GROUP("tap-the", "Tập thể"),
  INDIVIDUAL("ca-nhan", "Cá nhân"),
  HOUSEHOLD("ho-gia-dinh", "Hộ gia đình");

  private final Words words;

  NomineeKind(String code, String label) {
    this.words = new Words(code, label);
  }

  @Override
  public Words words() {
    return words;
  }

  public static Optional<NomineeKind> of(String code) {
    return Coded.of(NomineeKind.class, code);
  }

  /** The name of a recorded code; an unknown or missing code reads as an individual, as the forms default. */
  public static String labelOf(String code) {
    return of(code).orElse(INDIVIDUAL).label();
  }
}
