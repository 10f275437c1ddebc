package vn.longbien.exemplar.organisation;

import java.util.Arrays;
import java.util.Optional;
import vn.longbien.exemplar.text.Coded;

/**
 * A level of the review chain, by the code the models, the decision tables and the records use ({@code phuong},
 * {@code quan}, {@code thanh-pho}), with its Vietnamese name in a sentence ("cấp phường") and the kind of unit
 * whose council and chairman decide there. The one place these codes mean something.
 */
public enum ReviewLevel implements Coded {
  WARD("phuong", "phường", UnitKind.WARD),
  DISTRICT("quan", "quận", UnitKind.DISTRICT),
  CITY("thanh-pho", "Thành phố", UnitKind.CITY);

  private final Words words;
  private final UnitKind unitKind;

  ReviewLevel(String code, String label, UnitKind unitKind) {
    this.words = new Words(code, label);
    this.unitKind = unitKind;
  }

  /** Its code and its name inside a sentence: "phường", "quận", "Thành phố" (as in "bình xét cấp phường"). */
  @Override
  public Words words() {
    return words;
  }

  /** The level as officials name it: "cấp phường", "cấp quận", "cấp Thành phố". */
  public String levelName() {
    return "cấp " + label();
  }

  public UnitKind unitKind() {
    return unitKind;
  }

  public static Optional<ReviewLevel> of(String code) {
    return Coded.of(ReviewLevel.class, code);
  }

  /** The level at which a unit of that kind reviews (a ward's, the district's council), if any. */
  public static Optional<ReviewLevel> of(UnitKind kind) {
    return Arrays.stream(values()).filter(level -> level.unitKind == kind).findFirst();
  }

  /**
   * The level at which the council and chairman of a unit of that kind decide on lists of nominations: a ward's
   * at {@code phuong}, the district's at {@code quan}; none for the city or a department.
   */
  public static Optional<String> councilLevelOf(UnitKind kind) {
    return of(kind).filter(level -> level != CITY).map(ReviewLevel::code);
  }

  /** The level's name for a code, or the code itself when it is none of the levels. */
  public static String labelOf(String code) {
    return of(code).map(ReviewLevel::label).orElse(code);
  }
}
