package vn.longbien.exemplar.reliability;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import vn.longbien.exemplar.nomination.api.NominationRequest;

/**
 * Eligible individuals of Bồ Đề ward for the reliability runs, one distinct nominee per number, all of one
 * future round ({@link #ROUND}): the runs submit on a day inside its window (engine clock), so that its timers
 * stay ahead of the real clock, where the runs make them due themselves.
 */
final class Nominees {

  static final int ROUND = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear() + 2;

  private Nominees() {}

  static String name(String prefix, int number) {
    return prefix + " " + String.format("%04d", number);
  }

  static NominationRequest eligible(String name) {
    return new NominationRequest(
        ROUND, "phuong-bode", "ca-nhan", name, 1980, "nu", "Tổ trưởng tổ dân phố", "Tổ dân phố 5", "Phường Bồ Đề",
        "chung", "Vận động nhân dân hiến đất mở đường ngõ.", List.of("tc1", "tc2", "tc3", "tc4"), List.of(), false,
        false);
  }
}
