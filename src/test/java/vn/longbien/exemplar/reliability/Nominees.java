package vn.longbien.exemplar.reliability;

import java.util.List;
import vn.longbien.exemplar.nomination.api.NominationRequest;

/** Eligible individuals of Bồ Đề ward for the reliability runs, one distinct nominee per number. */
final class Nominees {

  private Nominees() {}

  static String name(String prefix, int number) {
    return prefix + " " + String.format("%04d", number);
  }

  static NominationRequest eligible(String name) {
    return new NominationRequest(
        2027, "phuong-bode", "ca-nhan", name, 1980, "nu", "Tổ trưởng tổ dân phố", "Tổ dân phố 5", "Phường Bồ Đề",
        "chung", "Vận động nhân dân hiến đất mở đường ngõ.", List.of("tc1", "tc2", "tc3", "tc4"), List.of(), false,
        false);
  }
}
