package vn.longbien.exemplar.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.longbien.exemplar.reporting.PeriodViews.PeriodReport;
import vn.longbien.exemplar.reporting.PeriodViews.PeriodTarget;
import vn.longbien.exemplar.reporting.PeriodViews.RepeatedExemplarLine;
import vn.longbien.exemplar.reporting.PeriodViews.UnitPeriod;
import vn.longbien.exemplar.reporting.PeriodViews.UnitYear;
import vn.longbien.exemplar.reporting.PeriodViews.YearTotals;
import vn.longbien.exemplar.reporting.ReportViews.Status;

/**
 * The period report as tables with Vietnamese headings, what the page, the spreadsheet (one sheet each) and the
 * PDF show: each year's totals (the chart's figures), each unit per year, the period against the plan's targets,
 * and the exemplars recognised in several years when a registry provides them. Each table's {@code title} is its
 * section heading; {@code sheet} names its sheet.
 */
public record PeriodTables(String title, String basis, String generated, List<Section> sections) {

  /** One table of the report. */
  public record Section(String id, String sheet, ReportTable table) {}

  static final List<String> YEAR_HEADINGS = List.of("Năm", "Số hồ sơ đề cử", "Công nhận cấp phường",
      "Công nhận cấp quận", "Công nhận cấp Thành phố", "Chỉ tiêu đạt", "Chỉ tiêu chưa đạt", "Chưa đủ số liệu",
      "Tỷ lệ đạt (%)", "Số liệu");
  static final List<String> UNIT_HEADINGS = List.of("STT", "Đơn vị", "Năm", "Số hồ sơ đề cử", "Công nhận cấp phường",
      "Công nhận cấp quận", "Công nhận cấp Thành phố", "Chỉ tiêu đạt / số chỉ tiêu", "Đánh giá");
  static final List<String> PERIOD_HEADINGS = List.of("STT", "Đơn vị", "Chỉ tiêu", "Số phải đạt cả giai đoạn",
      "Kết quả cả giai đoạn", "Số năm đạt", "Số năm chưa đạt", "Đánh giá");
  static final List<String> REPEATED_HEADINGS = List.of("STT", "Tên điển hình", "Loại", "Đơn vị",
      "Các năm được công nhận", "Số năm");

  public static PeriodTables of(PeriodReport report) {
    String generated = "Ngày lập: " + ReportTable.when(report.generatedAt());
    List<Section> sections = new ArrayList<>();
    sections.add(new Section("tung-nam", "Từng năm", years(report, generated)));
    sections.add(new Section("don-vi", "Đơn vị theo năm", units(report, generated)));
    sections.add(new Section("ca-giai-doan", "Cả giai đoạn", period(report, generated)));
    if (report.repeatedExemplars() != null) {
      sections.add(new Section("nhieu-nam", "Điển hình nhiều năm", repeated(report, generated)));
    }
    return new PeriodTables(report.title(), report.basis(), generated, List.copyOf(sections));
  }

  private static ReportTable years(PeriodReport report, String generated) {
    List<ReportTable.Row> rows = new ArrayList<>();
    for (YearTotals year : report.years()) {
      rows.add(new ReportTable.Row(List.of(year.year(), year.nominations(), year.recognisedWard(),
          year.recognisedDistrict(), year.recognisedCity(), year.targetsMet(), year.targetsNotMet(),
          year.targetsNoData(), year.attainmentPercent() == null ? "—" : (Object) year.attainmentPercent(),
          year.provisional() ? "Tạm tính" : "Khi đóng đợt"), null));
    }
    return new ReportTable("Kết quả thực hiện chỉ tiêu từng năm", report.basis(), generated, YEAR_HEADINGS, rows);
  }

  private static ReportTable units(PeriodReport report, String generated) {
    List<ReportTable.Row> rows = new ArrayList<>();
    for (UnitPeriod unit : report.units()) {
      for (UnitYear year : unit.years()) {
        long met = year.targets().stream().filter(t -> t.status() == Status.MET).count();
        rows.add(new ReportTable.Row(new ArrayList<>(List.of(rows.size() + 1, unit.unitName(), year.year(),
            year.nominations(), year.recognisedWard(), year.recognisedDistrict(), year.recognisedCity(),
            year.targets().isEmpty() ? "—" : met + "/" + year.targets().size(), year.statusLabel())), year.status()));
      }
    }
    return new ReportTable("Từng đơn vị theo năm", report.basis(), generated, UNIT_HEADINGS, rows);
  }

  private static ReportTable period(PeriodReport report, String generated) {
    List<ReportTable.Row> rows = new ArrayList<>();
    for (PeriodTarget target : report.periodTargets()) {
      rows.add(new ReportTable.Row(new ArrayList<>(java.util.Arrays.asList(rows.size() + 1, target.unitName(),
          target.target(), ReportTable.whole(target.periodTarget()), target.periodAchieved(), target.yearsMet(),
          target.yearsNotMet(), target.statusLabel())), target.status()));
    }
    return new ReportTable("Tổng cả giai đoạn so với chỉ tiêu của Kế hoạch " + report.fromYear() + "–"
        + report.toYear(), report.basis(), generated, PERIOD_HEADINGS, rows);
  }

  private static ReportTable repeated(PeriodReport report, String generated) {
    List<ReportTable.Row> rows = new ArrayList<>();
    for (RepeatedExemplarLine exemplar : report.repeatedExemplars()) {
      rows.add(new ReportTable.Row(List.of(rows.size() + 1, exemplar.name(), exemplar.kindLabel(),
          exemplar.unitName(), exemplar.years().stream().map(String::valueOf).collect(Collectors.joining(", ")),
          exemplar.years().size()), null));
    }
    return new ReportTable("Điển hình được công nhận nhiều năm", report.basis(), generated, REPEATED_HEADINGS, rows);
  }
}
