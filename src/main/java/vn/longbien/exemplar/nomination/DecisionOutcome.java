package vn.longbien.exemplar.nomination;

import java.util.Optional;
import vn.longbien.exemplar.text.Coded;

/**
 * What a recorded decision ({@link NominationDecision#getOutcome()}) came to, by the code the record keeps, with
 * the words officials read in the meetings' and decisions' pages and papers. The one place these codes mean
 * something.
 */
public enum DecisionOutcome implements Coded {
  PASSED("passed", "Thông qua"),
  NOT_PASSED("not-passed", "Không thông qua"),
  NO_QUORUM("no-quorum", "Không đủ số thành viên dự họp"),
  RETURNED("returned", "Trả hồ sơ để bổ sung minh chứng"),
  RECOGNISED("recognised", "Công nhận"),
  PROPOSED("proposed", "Công nhận, đề xuất lên cấp trên"),
  NOT_RECOGNISED("not-recognised", "Không công nhận"),
  UPHELD("upheld", "Kết luận có vi phạm: dừng xét"),
  SETTLED("settled", "Đã giải quyết, không vi phạm: tiếp tục xét");

  private final Words words;

  DecisionOutcome(String code, String label) {
    this.words = new Words(code, label);
  }

  @Override
  public Words words() {
    return words;
  }

  /** A chairman's decision that recognised the nominee (and maybe proposed it upward). */
  public boolean recognises() {
    return this == RECOGNISED || this == PROPOSED;
  }

  public boolean is(String recorded) {
    return code().equals(recorded);
  }

  public static Optional<DecisionOutcome> of(String code) {
    return Coded.of(DecisionOutcome.class, code);
  }

  /** The words for a recorded code; null stays null, an unknown code reads as recorded. */
  public static String labelOf(String code) {
    return code == null ? null : of(code).map(DecisionOutcome::label).orElse(code);
  }

  /** Whether a recorded code is a recognition ({@link #recognises()}). */
  public static boolean recognises(String code) {
    return of(code).map(DecisionOutcome::recognises).orElse(false);
  }
}
