package vn.longbien.exemplar.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.longbien.exemplar.nomination.api.NominationService;
import vn.longbien.exemplar.reporting.ReportService;
import vn.longbien.exemplar.reporting.ReportTable;
import vn.longbien.exemplar.reporting.ReportViews.Status;
import vn.longbien.exemplar.reporting.ReportViews.TargetsReport;
import vn.longbien.exemplar.reporting.ReportViews.YearlyReport;
import vn.longbien.exemplar.web.InvalidInputException;
import vn.longbien.exemplar.web.PageController;

/**
 * {@code /reports}: the year's target attainment as a table and a chart per unit, the round's yearly report once
 * the round has closed, and links to download both from {@code /api/reports} as XLSX or PDF. The same service and
 * the same lines as the API: a ward reads its own line, Phòng Nội vụ, auditors and administrators every line.
 */
@PageController
@RequestMapping("/reports")
class ReportPages {

  private final ReportService reports;
  private final NominationService nominations;

  ReportPages(ReportService reports, NominationService nominations) {
    this.reports = reports;
    this.nominations = nominations;
  }

  /** A table's cell as the page shows it; numbers are aligned right. */
  record Cell(String text, boolean number) {}

  /** A line of a table: its cells but the last (the status), which the page shows as a badge. */
  record Line(List<Cell> cells, Status status, String statusLabel, String badge) {}

  /**
   * A report as a table on the page, the same headings and figures as its spreadsheet and PDF, and how many lines
   * have each status ("3 Đạt · 40 Chưa đạt · 5 Chưa đủ số liệu").
   */
  record Table(List<Cell> headings, List<Line> lines, String summary) {}

  /**
   * The year asked for, or the latest year in which the official may read a nomination, or else the round open
   * today (or the next one).
   */
  @GetMapping
  String reports(@RequestParam(required = false) String year, Model model, HttpServletResponse response) {
    String asked = year == null || year.isBlank()
        ? String.valueOf(nominations.latestYear().orElseGet(nominations::currentRoundYear))
        : year.trim();
    model.addAttribute("year", asked);
    try {
      int chosen = ReportService.year(asked);
      TargetsReport targets = reports.targets(chosen);
      model.addAttribute("targets", targets);
      model.addAttribute("targetsTable", table(ReportTable.of(targets)));
      model.addAttribute("chart", AttainmentChart.of(targets.lines()));
      YearlyReport yearly = reports.stored(chosen).orElse(null);
      model.addAttribute("yearly", yearly);
      model.addAttribute("yearlyTable", yearly == null ? null : table(ReportTable.of(yearly)));
    } catch (InvalidInputException refused) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("refusal", refused.getMessage());
    }
    return "reports/index";
  }

  private static Table table(ReportTable table) {
    List<Line> lines = new ArrayList<>();
    for (ReportTable.Row row : table.rows()) {
      List<Object> values = row.cells();
      List<Cell> cells = new ArrayList<>();
      for (Object value : values.subList(0, values.size() - 1)) {
        cells.add(value instanceof Number number ? new Cell(number(number), true)
            : new Cell(value == null ? "—" : value.toString(), false));
      }
      lines.add(new Line(cells, row.status(), row.status().label(), AttainmentChart.badge(row.status())));
    }
    Map<Status, Long> counts = lines.stream().collect(Collectors.groupingBy(Line::status, Collectors.counting()));
    String summary = Arrays.stream(Status.values()).filter(counts::containsKey)
        .map(status -> counts.get(status) + " " + status.label()).collect(Collectors.joining(" · "));
    List<Cell> headings = new ArrayList<>();
    for (int column = 0; column < table.headings().size(); column++) {
      int at = column;
      headings.add(new Cell(table.headings().get(column),
          lines.stream().anyMatch(line -> at < line.cells().size() && line.cells().get(at).number())));
    }
    return new Table(headings, lines, summary);
  }

  private static String number(Number value) {
    return value instanceof Double fraction ? AttainmentChart.number(fraction) : value.toString();
  }
}
