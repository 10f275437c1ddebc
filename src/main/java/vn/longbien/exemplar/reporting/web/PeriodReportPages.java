package vn.longbien.exemplar.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.longbien.exemplar.reporting.PeriodChart;
import vn.longbien.exemplar.reporting.PeriodReportService;
import vn.longbien.exemplar.reporting.PeriodTables;
import vn.longbien.exemplar.reporting.PeriodViews.PeriodReport;
import vn.longbien.exemplar.reporting.ReportTable;
import vn.longbien.exemplar.web.InvalidInputException;
import vn.longbien.exemplar.web.PageController;

/**
 * {@code /reports/period}: the period's review (tổng kết giai đoạn) over a range of rounds, by default the plan's
 * period from the {@code yearly-targets} table: the chart of each year's attainment, the tables of the report, and
 * the downloads from {@code /api/reports/period}. The same service and lines as the API.
 */
@PageController
@RequestMapping("/reports/period")
class PeriodReportPages {

  private final PeriodReportService periods;

  PeriodReportPages(PeriodReportService periods) {
    this.periods = periods;
  }

  /** A table of the page: its section's anchor and heading, headings, rows; the status as a badge. */
  record Section(String id, String title, List<ReportPages.Cell> headings, List<Row> rows, boolean hasStatus) {}

  /** A row: its cells (the status cell excepted), and its status as a badge (null without one). */
  record Row(List<ReportPages.Cell> cells, String statusLabel, String badge) {}

  @GetMapping
  String period(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model,
      HttpServletResponse response) {
    model.addAttribute("from", from == null ? "" : from.trim());
    model.addAttribute("to", to == null ? "" : to.trim());
    periods.planPeriod().ifPresent(plan -> model.addAttribute("plan", plan));
    try {
      PeriodReportService.Range range = periods.range(from, to);
      model.addAttribute("from", String.valueOf(range.fromYear()));
      model.addAttribute("to", String.valueOf(range.toYear()));
      PeriodReport report = periods.report(range);
      model.addAttribute("report", report);
      model.addAttribute("chart", PeriodChart.of(report.years()));
      model.addAttribute("sections", PeriodTables.of(report).sections().stream().map(PeriodReportPages::section).toList());
    } catch (InvalidInputException refused) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("refusal", refused.getMessage());
    }
    return "reports/period";
  }

  private static Section section(PeriodTables.Section section) {
    ReportTable table = section.table();
    boolean hasStatus = table.rows().stream().anyMatch(row -> row.status() != null);
    List<Row> rows = new ArrayList<>();
    for (ReportTable.Row row : table.rows()) {
      List<Object> values = hasStatus ? row.cells().subList(0, row.cells().size() - 1) : row.cells();
      List<ReportPages.Cell> cells = new ArrayList<>();
      for (Object value : values) {
        cells.add(value instanceof Number number ? new ReportPages.Cell(number(number), true)
            : new ReportPages.Cell(value == null ? "—" : value.toString(), false));
      }
      rows.add(new Row(cells, hasStatus ? row.status().label() : null,
          hasStatus ? AttainmentChart.badge(row.status()) : null));
    }
    List<ReportPages.Cell> headings = new ArrayList<>();
    for (int column = 0; column < table.headings().size(); column++) {
      int at = column;
      headings.add(new ReportPages.Cell(table.headings().get(column),
          rows.stream().anyMatch(row -> at < row.cells().size() && row.cells().get(at).number())));
    }
    return new Section(section.id(), table.title(), headings, rows, hasStatus);
  }

  private static String number(Number value) {
    return value instanceof Double fraction ? AttainmentChart.number(fraction) : value.toString();
  }
}
