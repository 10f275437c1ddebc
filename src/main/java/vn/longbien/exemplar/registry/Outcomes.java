package vn.longbien.exemplar.registry;

import vn.longbien.exemplar.organisation.ReviewLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.longbien.exemplar.nomination.Nomination;

/** A nomination's outcome as the registry tells it: "công nhận cấp phường", or where it stands. */
final class Outcomes {

  private Outcomes() {}

  static String of(Nomination n) {
    return ReviewLevel.of(n.getRecognitionLevel())
        .map(level -> "công nhận " + level.levelName())
        .orElseGet(() -> n.getStatus().label().substring(0, 1).toLowerCase() + n.getStatus().label().substring(1));
  }

  /** "công nhận cấp phường 2024, cấp quận 2025": the recognitions of the nominations, by year. */
  static String summary(List<Nomination> nominations) {
    Map<Integer, String> byYear = new TreeMap<>();
    for (Nomination n : nominations) {
      ReviewLevel.of(n.getRecognitionLevel()).ifPresent(level -> byYear.put(n.getRoundYear(), level.levelName()));
    }
    if (byYear.isEmpty()) {
      return "chưa được công nhận";
    }
    List<String> parts = new ArrayList<>();
    byYear.forEach((year, level) -> parts.add(level + " " + year));
    return "công nhận " + String.join(", ", parts);
  }
}
