package vn.longbien.exemplar.reporting;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.longbien.exemplar.calendar.HanoiCalendar;
import vn.longbien.exemplar.reporting.ReportViews.Status;
import vn.longbien.exemplar.reporting.ReportViews.TargetLine;
import vn.longbien.exemplar.reporting.ReportViews.TargetsReport;
import vn.longbien.exemplar.reporting.ReportViews.YearlyLine;
import vn.longbien.exemplar.reporting.ReportViews.YearlyReport;

/** A report as a table with Vietnamese headings: what the spreadsheet and the PDF print. */
public record ReportTable(String title, String basis, String generated, List<String> headings, List<Row> rows) {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(HanoiCalendar.ZONE);

  /** One line; {@code status} colours its last cell (null: a table without a status). Numbers stay numbers in the spreadsheet. */
  public record Row(List<Object> cells, Status status) {}

  static final List<String> TARGET_HEADINGS =
      List.of("STT", "Đơn vị", "Chỉ tiêu", "Số phải đạt", "Kết quả", "Đánh giá");

  static final List<String> YEARLY_HEADINGS = List.of(
      "STT", "Đơn vị", "Số hồ sơ đề cử", "Công nhận cấp phường", "Công nhận cấp quận", "Công nhận cấp Thành phố",
      "Đề xuất Thành phố", "Đang xét", "Chỉ tiêu", "Số phải đạt", "Kết quả", "Đánh giá");

  public static ReportTable of(TargetsReport report) {
    List<Row> rows = new ArrayList<>();
    for (TargetLine line : report.lines()) {
      rows.add(new Row(cells(rows.size() + 1, line.unitName(), line.target(), whole(line.targetValue()),
          line.achieved(), line.statusLabel()), line.status()));
    }
    return new ReportTable(report.title(), report.basis(), "Ngày lập: " + WHEN.format(report.generatedAt()),
        TARGET_HEADINGS, rows);
  }

  public static ReportTable of(YearlyReport report) {
    List<Row> rows = new ArrayList<>();
    for (YearlyLine line : report.lines()) {
      rows.add(new Row(cells(line.lineNo(), line.unitName(), line.nominations(), line.recognisedWard(),
          line.recognisedDistrict(), line.recognisedCity(), line.proposedCity(), line.inProgress(), line.target(),
          whole(line.targetValue()), line.achieved(), line.statusLabel()), line.status()));
    }
    return new ReportTable(report.title(), report.basis(), "Ngày lập: " + WHEN.format(report.generatedAt()),
        YEARLY_HEADINGS, rows);
  }

  static String when(Instant instant) {
    return WHEN.format(instant);
  }

  static Object whole(Double value) {
    return value == null ? null : value == Math.rint(value) ? (Object) value.longValue() : value;
  }

  private static List<Object> cells(Object... values) {
    List<Object> cells = new ArrayList<>();
    for (Object value : values) {
      cells.add(value);
    }
    return cells;
  }
}
