package vn.longbien.exemplar.reporting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The yearly reports: target attainment per unit, and the round's report. JSON, XLSX or PDF, chosen by
 * {@code format=json|xlsx|pdf} or else by the Accept header.
 */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "Báo cáo", description = "Báo cáo kết quả thực hiện chỉ tiêu và báo cáo đợt bình xét hằng năm")
class ReportController {

  private final ReportService service;
  private final PeriodReportService periods;

  ReportController(ReportService service, PeriodReportService periods) {
    this.service = service;
    this.periods = periods;
  }

  @GetMapping("/targets")
  @Operation(summary = "Kết quả thực hiện chỉ tiêu điển hình tiên tiến của từng đơn vị trong năm",
      description = "Tính ngay từ các hồ sơ đề cử của năm (tạm tính khi đợt chưa đóng); chỉ tiêu theo bảng "
          + "yearly-targets. Đạt / Chưa đạt / Chưa đủ số liệu. Mỗi người dùng xem các dòng của đơn vị mình được xem; "
          + "Thường trực (Phòng Nội vụ), thanh tra và quản trị xem tất cả.")
  ResponseEntity<?> targets(
      @Parameter(description = "Năm bình xét, ví dụ 2025") @RequestParam(required = false) String year,
      @Parameter(description = "json, xlsx hoặc pdf; nếu bỏ trống theo header Accept")
          @RequestParam(required = false) String format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    int value = ReportService.year(year);
    ReportFormat chosen = ReportFormat.choose(format, accept);
    ReportViews.TargetsReport report = service.targets(value);
    return answer(chosen, report, () -> ReportTable.of(report), "chi-tieu-" + value);
  }

  @GetMapping("/yearly")
  @Operation(summary = "Báo cáo đợt bình xét của năm, lưu khi đóng đợt",
      description = "404 khi đợt bình xét của năm chưa đóng (chưa có báo cáo): xem số liệu tạm tính tại "
          + "/api/reports/targets.")
  ResponseEntity<?> yearly(
      @Parameter(description = "Năm bình xét, ví dụ 2025") @RequestParam(required = false) String year,
      @Parameter(description = "json, xlsx hoặc pdf; nếu bỏ trống theo header Accept")
          @RequestParam(required = false) String format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    int value = ReportService.year(year);
    ReportFormat chosen = ReportFormat.choose(format, accept);
    ReportViews.YearlyReport report = service.yearly(value);
    return answer(chosen, report, () -> ReportTable.of(report), "bao-cao-nam-" + value);
  }

  @GetMapping("/period")
  @Operation(summary = "Báo cáo tổng kết giai đoạn: các đợt bình xét từ năm from đến năm to",
      description = "Mặc định là giai đoạn của Kế hoạch theo bảng chỉ tiêu yearly-targets (các dòng [năm..năm]). "
          + "Từng năm: số hồ sơ đề cử, số được công nhận theo cấp cao nhất (phường, quận, Thành phố), chỉ tiêu đạt "
          + "hay chưa của từng đơn vị; tổng cả giai đoạn so với chỉ tiêu của Kế hoạch (cộng các năm); điển hình được "
          + "công nhận nhiều năm khi có sổ theo dõi điển hình. Tối đa " + PeriodReportService.MAX_YEARS + " năm; "
          + "mỗi người dùng xem các đơn vị mình được xem, như báo cáo hằng năm.")
  ResponseEntity<?> period(
      @Parameter(description = "Năm đầu giai đoạn, ví dụ 2023; bỏ trống: năm đầu giai đoạn của Kế hoạch")
          @RequestParam(required = false) String from,
      @Parameter(description = "Năm cuối giai đoạn, ví dụ 2025; bỏ trống: năm cuối giai đoạn của Kế hoạch")
          @RequestParam(required = false) String to,
      @Parameter(description = "json, xlsx hoặc pdf; nếu bỏ trống theo header Accept")
          @RequestParam(required = false) String format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    PeriodReportService.Range range = periods.range(from, to);
    ReportFormat chosen = ReportFormat.choose(format, accept);
    PeriodViews.PeriodReport report = periods.report(range);
    String fileName = "tong-ket-giai-doan-" + range.fromYear() + "-" + range.toYear() + "." + chosen.extension();
    ResponseEntity.BodyBuilder builder = ResponseEntity.ok().contentType(chosen.mediaType());
    if (chosen == ReportFormat.JSON) {
      return builder.body(report);
    }
    PeriodTables tables = PeriodTables.of(report);
    byte[] body = chosen == ReportFormat.XLSX
        ? XlsxReport.write(tables.sections().stream()
            .map(section -> new XlsxReport.Sheet(section.sheet(), section.table())).toList())
        : PeriodPdf.write(tables, PeriodChart.of(report.years()));
    return builder.header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName)).body(body);
  }

  private static ResponseEntity<?> answer(
      ReportFormat format, Object json, java.util.function.Supplier<ReportTable> table, String fileName) {
    ResponseEntity.BodyBuilder builder = ResponseEntity.ok().contentType(format.mediaType());
    return switch (format) {
      case JSON -> builder.body(json);
      case XLSX -> builder.header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName + "." + format.extension()))
          .body(XlsxReport.write(table.get()));
      case PDF -> builder.header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName + "." + format.extension()))
          .body(PdfReport.write(table.get()));
    };
  }

  private static String attachment(String fileName) {
    return ContentDisposition.attachment().filename(fileName).build().toString();
  }
}
