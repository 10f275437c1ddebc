package vn.longbien.exemplar.nomination.api;

import java.util.Arrays;
import java.util.Optional;
import vn.longbien.exemplar.nomination.SearchKey;

/**
 * The columns of the bulk import template, in order: the Vietnamese heading an official reads and the
 * request field it fills. Files are read by heading (accents and case ignored), so columns may be moved.
 */
enum ImportColumn {
  ROUND_YEAR("Năm bình xét", "roundYear", "2025"),
  NOMINATING_UNIT("Mã đơn vị đề cử", "nominatingUnit", "phuong-bode"),
  NOMINEE_KIND("Loại đối tượng", "nomineeKind", "ca-nhan | tap-the | ho-gia-dinh"),
  NOMINEE_NAME("Họ và tên / Tên tập thể", "nomineeName", "Nguyễn Thị Hồng Nhung"),
  BIRTH_YEAR("Năm sinh", "birthYear", "1978 (cá nhân)"),
  GENDER("Giới tính", "gender", "nam | nu (cá nhân)"),
  POSITION_TITLE("Chức vụ", "positionTitle", "Tổ trưởng tổ dân phố"),
  WORKPLACE("Nơi công tác", "workplace", "Tổ dân phố 5"),
  WARD_OR_UNIT("Phường / đơn vị", "wardOrUnit", "Phường Bồ Đề"),
  MOVEMENT("Mã phong trào", "movement", "chung"),
  ACHIEVEMENTS("Thành tích", "achievements", "Tóm tắt thành tích"),
  GENERAL_CRITERIA("Tiêu chuẩn chung", "generalCriteria", "tc1, tc2, tc3, tc4"),
  SPECIFIC_CRITERIA("Tiêu chí cụ thể", "specificCriteria", "mã tiêu chí, cách nhau bởi dấu phẩy"),
  DISCIPLINE_PENDING("Đang bị xem xét kỷ luật, thanh tra", "disciplinePending", "Có | Không"),
  COMPLAINT_PENDING("Đang có khiếu nại, tố cáo", "complaintPending", "Có | Không");

  private final String heading;
  private final String field;
  private final String hint;

  ImportColumn(String heading, String field, String hint) {
    this.heading = heading;
    this.field = field;
    this.hint = hint;
  }

  String heading() {
    return heading;
  }

  String field() {
    return field;
  }

  String hint() {
    return hint;
  }

  static Optional<ImportColumn> ofHeading(String heading) {
    String key = SearchKey.of(heading);
    return Arrays.stream(values()).filter(c -> SearchKey.of(c.heading).equals(key)).findFirst();
  }

  /** The heading of a request field ("generalCriteria[0]" → "Tiêu chuẩn chung"). */
  static String headingOfField(String field) {
    String base = field.replaceAll("\\[.*$", "");
    return Arrays.stream(values()).filter(c -> c.field.equals(base)).map(c -> c.heading).findFirst().orElse(field);
  }
}
