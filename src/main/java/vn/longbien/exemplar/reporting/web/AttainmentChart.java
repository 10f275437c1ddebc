package vn.longbien.exemplar.reporting.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.longbien.exemplar.reporting.ReportViews.Status;
import vn.longbien.exemplar.reporting.ReportViews.TargetLine;

/**
 * The attainment chart of the report page, drawn by the server as inline SVG (no script): one bar per line of
 * the table, numbered as the table numbers it, grouped as {@link TargetKind} groups them, its length the share
 * of the target achieved (100% marked, drawn up to 150%), its colour and its text the line's status. Every
 * group is one SVG image ({@code role="img"}) whose {@code aria-label} reads out the same figures.
 *
 * <p>A group is {@code width} units wide and drawn at about that many pixels: its label sits above its bar, so that
 * it reads on a 360 px phone without scrolling sideways as well as on a laptop, where the groups stand side by side.
 * The bar's track is {@code track} units long (0 to 150%), the value is written from {@code valueX}, and
 * {@code target} is where 100% is.
 */
record AttainmentChart(List<Group> groups, List<Tick> ticks, int width, int track, int valueX, double target) {

  static final int WIDTH = 400;
  static final int TRACK = 240;
  static final int MAX_PERCENT = 150;
  static final int AXIS = 20;
  static final int ROW = 34;
  static final int VALUE_X = TRACK + 8;

  /** A group's image: its heading, what it reads out, its height in units, its bars. */
  record Group(String title, String ariaLabel, int height, List<Bar> bars) {}

  /** A share of the target written above the bars. */
  record Tick(double x, String text, String anchor) {}

  private static final List<Tick> TICKS = List.of(tick(0, "0%", "start"), tick(50, "50%", "middle"),
      tick(100, "100%", "middle"), tick(MAX_PERCENT, "≥150%", "end"));

  private static Tick tick(int percent, String text, String anchor) {
    return new Tick(x(percent), text, anchor);
  }

  /**
   * One line: its label (with its number in the table), the bar's top ({@code y}) and length, its colour class, and
   * the text after it ("2/2 · Đạt").
   */
  record Bar(String label, double labelY, double y, double width, String css, String value, double valueY) {}

  static AttainmentChart of(List<TargetLine> lines) {
    Map<TargetKind.Group, List<Numbered>> grouped = new EnumMap<>(TargetKind.Group.class);
    for (int i = 0; i < lines.size(); i++) {
      TargetLine line = lines.get(i);
      grouped.computeIfAbsent(TargetKind.of(line.targetType()).group(), g -> new ArrayList<>()).add(new Numbered(i + 1, line));
    }
    List<Group> groups = new ArrayList<>();
    grouped.forEach((group, numbered) -> groups.add(group(group, numbered)));
    return new AttainmentChart(groups, TICKS, WIDTH, TRACK, VALUE_X, x(100));
  }

  private record Numbered(int number, TargetLine line) {}

  private static Group group(TargetKind.Group group, List<Numbered> lines) {
    List<Bar> bars = new ArrayList<>();
    for (Numbered numbered : lines) {
      TargetLine line = numbered.line();
      double top = AXIS + bars.size() * ROW;
      bars.add(new Bar(label(numbered), top + 13, top + 18, x(percent(line)),
          barClass(line.status()), value(line), top + 27.5));
    }
    String read = lines.stream().map(n -> label(n) + ": " + spoken(n.line())).collect(Collectors.joining("; "));
    return new Group(group.title(),
        "Biểu đồ tỷ lệ đạt chỉ tiêu, " + group.title() + ". " + read + ".", AXIS + lines.size() * ROW + 6, bars);
  }

  private static String label(Numbered numbered) {
    TargetLine line = numbered.line();
    return numbered.number() + ". " + TargetKind.of(line.targetType()).name(line.unitName());
  }

  /** The share of the target achieved, in percent; 0 when it cannot be measured. */
  static double percent(TargetLine line) {
    if (line.status() == Status.NO_DATA || line.achieved() == null || line.targetValue() == null) {
      return 0;
    }
    if (line.targetValue() <= 0) {
      return line.achieved() > 0 ? MAX_PERCENT : 0;
    }
    return line.achieved() * 100.0 / line.targetValue();
  }

  private static double x(double percent) {
    return Math.round(Math.min(percent, MAX_PERCENT) * TRACK / MAX_PERCENT * 10) / 10.0;
  }

  private static String value(TargetLine line) {
    if (line.status() == Status.NO_DATA || line.achieved() == null) {
      return line.status().label();
    }
    return line.achieved() + "/" + number(line.targetValue()) + " · " + line.status().label();
  }

  private static String spoken(TargetLine line) {
    if (line.status() == Status.NO_DATA || line.achieved() == null) {
      return line.status().label();
    }
    return line.achieved() + " trên " + number(line.targetValue()) + ", " + line.status().label();
  }

  static String number(Double value) {
    return value == null ? ""
        : new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi"))).format(value);
  }

  private static String barClass(Status status) {
    return switch (status) {
      case MET -> "bar-ok";
      case NOT_MET -> "bar-bad";
      case NO_DATA -> "bar-none";
    };
  }

  /** The badge of a status in the table: green, red, or amber when it cannot be measured. */
  static String badge(Status status) {
    return switch (status) {
      case MET -> "ok";
      case NOT_MET -> "bad";
      case NO_DATA -> "warn";
    };
  }
}
