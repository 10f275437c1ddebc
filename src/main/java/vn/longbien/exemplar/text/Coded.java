package vn.longbien.exemplar.text;

import java.util.Arrays;
import java.util.Optional;

/**
 * A code that means something (a review level, a decision's outcome, a nominee's kind), with the Vietnamese words
 * officials read for it: each is an enum constant holding its {@link Words}, so a code and its words are written
 * once, and every page, document, report and audit entry asks the constant.
 */
public interface Coded {

  /** The code as the records, models and tables keep it, and its words in Vietnamese. */
  record Words(String code, String label) {}

  Words words();

  default String code() {
    return words().code();
  }

  default String label() {
    return words().label();
  }

  /** The constant of a coded enum for a recorded code, if it is one. */
  static <E extends Enum<E> & Coded> Optional<E> of(Class<E> type, String code) {
    return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.code().equals(code)).findFirst();
  }
}
