package vn.longbien.exemplar.reporting.web;

import java.util.Arrays;

/**
 * The kinds of target of {@code yearly-targets} ({@code unitType}) as the report page groups and names them: the
 * wards, the district's departments, the lead units of the movements, and the district's own targets, whose
 * lines all carry the district's name and are told apart by what they count.
 */
enum TargetKind {
  WARD("phuong", Group.WARDS, null),
  DEPARTMENT("phong-ban", Group.DEPARTMENTS, null),
  LEAD_UNIT("don-vi-chu-tri", Group.LEAD_UNITS, null),
  DISTRICT_EXEMPLARS("quan", Group.DISTRICT, "Cá nhân điển hình cấp quận, Thành phố"),
  PROPOSED_TO_CITY("de-xuat-thanh-pho", Group.DISTRICT, "Cá nhân đề xuất Thành phố"),
  BOOK("sach-bong-hoa", Group.DISTRICT, "Sách “Những bông hoa đẹp”"),
  OUTSTANDING_CITIZEN("cong-dan-thu-do-uu-tu", Group.DISTRICT, "Công dân Thủ đô ưu tú (tối đa)"),
  OTHER("", Group.OTHER, null);

  /** The page's groups of lines, in the report's order. */
  enum Group {
    WARDS("Phường"),
    DEPARTMENTS("Phòng, ban, ngành, đoàn thể của Quận"),
    LEAD_UNITS("Đơn vị chủ trì phong trào thi đua"),
    DISTRICT("Chỉ tiêu chung của Quận"),
    OTHER("Chỉ tiêu khác");

    private final String title;

    Group(String title) {
      this.title = title;
    }

    String title() {
      return title;
    }
  }

  private final String code;
  private final Group group;
  private final String what;

  TargetKind(String code, Group group, String what) {
    this.code = code;
    this.group = group;
    this.what = what;
  }

  Group group() {
    return group;
  }

  /** A line's short name: the unit, or for the district's own targets what the target counts. */
  String name(String unitName) {
    return what == null ? unitName : what;
  }

  static TargetKind of(String targetType) {
    return Arrays.stream(values()).filter(kind -> kind.code.equals(targetType)).findFirst().orElse(OTHER);
  }
}
