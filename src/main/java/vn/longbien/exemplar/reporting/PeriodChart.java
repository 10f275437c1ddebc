package vn.longbien.exemplar.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.longbien.exemplar.reporting.PeriodViews.YearTotals;

/**
 * The period report's chart of each year's attainment, drawn by the server: one bar per year, split into the
 * targets met (green), not met (red) and not measurable (grey) in proportion, with the year and its figures above
 * it. The page draws it as inline SVG ({@code role="img"}, its {@code aria-label} reading out the same figures), the
 * PDF draws the same shapes; the spreadsheet has its table ({@link PeriodTables}).
 *
 * <p>The chart is {@code width} units wide and {@code height} high; bars are {@code barHeight} high.
 */
public record PeriodChart(int width, int height, int barHeight, List<Tick> ticks, List<Bar> bars, String ariaLabel) {

  public static final int WIDTH = 320;
  static final int AXIS = 18;
  static final int ROW = 56;
  static final int BAR = 14;

  /** A share written above the bars, and its vertical guide line. */
  public record Tick(double x, String text, String anchor) {}

  /**
   * A year: its label line above the bar ({@code labelY}), the bar's top ({@code y}) and its parts from left to right,
   * the counts written below it ({@code valueY}).
   */
  public record Bar(int year, String label, double labelY, double y, List<Segment> segments, String value,
      double valueY) {}

  /** A part of a bar: where it starts, how long it is, its colour class (bar-ok, bar-bad, bar-none). */
  public record Segment(double x, double width, String css) {}

  public static PeriodChart of(List<YearTotals> years) {
    List<Bar> bars = new ArrayList<>();
    for (YearTotals year : years) {
      double top = AXIS + bars.size() * ROW;
      int total = year.targetsMet() + year.targetsNotMet() + year.targetsNoData();
      List<Segment> segments = new ArrayList<>();
      double x = 0;
      for (Object[] part : new Object[][] {{year.targetsMet(), "bar-ok"}, {year.targetsNotMet(), "bar-bad"},
          {year.targetsNoData(), "bar-none"}}) {
        int count = (Integer) part[0];
        if (total > 0 && count > 0) {
          double width = round(count * (double) WIDTH / total);
          segments.add(new Segment(round(x), Math.min(width, WIDTH - round(x)), (String) part[1]));
          x += width;
        }
      }
      bars.add(new Bar(year.year(), heading(year), top + 12, top + 17, segments, counts(year), top + 17 + BAR + 14));
    }
    String read = years.stream().map(PeriodChart::label).collect(Collectors.joining("; "));
    List<Tick> ticks = List.of(new Tick(0, "0%", "start"), new Tick(WIDTH / 2.0, "50%", "middle"),
        new Tick(WIDTH, "100% chỉ tiêu", "end"));
    return new PeriodChart(WIDTH, AXIS + years.size() * ROW + 4, BAR, ticks, bars,
        "Biểu đồ mức đạt chỉ tiêu từng năm. " + read + ".");
  }

  /** "Năm 2025: 12 đạt · 30 chưa đạt · 6 chưa đủ số liệu (29% đạt)". */
  static String label(YearTotals year) {
    return heading(year) + ": " + counts(year);
  }

  /** "Năm 2025 (tạm tính) · 29% đạt". */
  static String heading(YearTotals year) {
    return "Năm " + year.year() + (year.provisional() ? " (tạm tính)" : "")
        + (year.attainmentPercent() == null ? "" : " · " + year.attainmentPercent() + "% chỉ tiêu đạt");
  }

  /** "12 đạt · 30 chưa đạt · 6 chưa đủ số liệu". */
  static String counts(YearTotals year) {
    return year.targetsMet() + " đạt · " + year.targetsNotMet() + " chưa đạt · " + year.targetsNoData()
        + " chưa đủ số liệu";
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
