package vn.longbien.exemplar.review;

import java.util.List;

/**
 * The name a review task carries in Tasklist: the step's name as the diagram says it ("Hội đồng TĐKT bình
 * xét"), with the reviewing unit after the body that acts for it and the nominee after a colon ("Hội đồng TĐKT
 * Phường Bồ Đề bình xét: Nguyễn Văn A"). The diagram keeps names an administrator reads at a glance; officials
 * see whose dossier and which unit's task it is.
 */
final class TasklistNames {

  /** Bodies that act for the reviewing unit, which the unit's name follows. */
  private static final List<String> UNIT_BODIES = List.of("Hội đồng TĐKT", "Chủ tịch UBND");

  private TasklistNames() {}

  /**
   * @param unitName the reviewing unit's name, or null outside a level's review
   * @return the name for Tasklist; a name that already ends with the nominee (a task of a version deployed
   *     when the diagram wrote the names as expressions) stays as it is
   */
  static String of(String stepName, String unitName, String nomineeName) {
    if (stepName == null || stepName.endsWith(": " + nomineeName)) {
      return stepName;
    }
    String name = stepName;
    if (unitName != null) {
      for (String body : UNIT_BODIES) {
        if (name.startsWith(body + " ")) {
          name = body + " " + unitName + name.substring(body.length());
          break;
        }
      }
    }
    return name + ": " + nomineeName;
  }
}
