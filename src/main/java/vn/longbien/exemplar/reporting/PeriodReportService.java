package vn.longbien.exemplar.reporting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import vn.longbien.exemplar.calendar.HanoiCalendar;
import vn.longbien.exemplar.campaign.NominationOutcome;
import vn.longbien.exemplar.campaign.NominationOutcomes;
import vn.longbien.exemplar.organisation.FormerUnits;
import vn.longbien.exemplar.reporting.PeriodViews.Counts;
import vn.longbien.exemplar.reporting.PeriodViews.PeriodReport;
import vn.longbien.exemplar.reporting.PeriodViews.PeriodTarget;
import vn.longbien.exemplar.reporting.PeriodViews.RepeatedExemplarLine;
import vn.longbien.exemplar.reporting.PeriodViews.UnitPeriod;
import vn.longbien.exemplar.reporting.PeriodViews.UnitYear;
import vn.longbien.exemplar.reporting.PeriodViews.YearTarget;
import vn.longbien.exemplar.reporting.PeriodViews.YearTotals;
import vn.longbien.exemplar.reporting.ReportService.ReadableLines;
import vn.longbien.exemplar.reporting.ReportViews.Status;
import vn.longbien.exemplar.reporting.ReportViews.TargetLine;
import vn.longbien.exemplar.reporting.ReportViews.TargetsReport;
import vn.longbien.exemplar.reporting.ReportViews.YearlyLine;
import vn.longbien.exemplar.reporting.ReportViews.YearlyReport;
import vn.longbien.exemplar.web.InvalidInputException;

/**
 * The period's review (tổng kết giai đoạn, plan IV.1.3) over a range of rounds, by default the plan's period as the
 * {@code yearly-targets} table states it ({@link PlanPeriods}). Each year is the year's own reports, for the
 * caller: the targets and their attainment from {@link ReportService#targets(int)} (computed now from the
 * nominations' recorded outcomes, with the yearly targets of the table), the counts from the same outcomes; a unit
 * the organisation file no longer lists (a former ward after the 2025 reform) keeps the target line of the report its
 * round stored when it closed. The caller reads the lines of the units they may read, as in the yearly reports.
 */
@Service
public class PeriodReportService {

  /** The longest range a report covers. */
  public static final int MAX_YEARS = 10;
  static final String TITLE = "Báo cáo tổng kết giai đoạn ";
  private static final Pattern DEADLINE = Pattern.compile(", hạn \\d{2}/\\d{2}/\\d{4}$");

  private final ReportService reports;
  private final NominationOutcomes outcomes;
  private final PlanPeriods periods;
  private final FormerUnits units;
  private final ObjectProvider<RepeatedExemplars> repeatedExemplars;

  PeriodReportService(ReportService reports, NominationOutcomes outcomes, PlanPeriods periods, FormerUnits units,
      ObjectProvider<RepeatedExemplars> repeatedExemplars) {
    this.reports = reports;
    this.outcomes = outcomes;
    this.periods = periods;
    this.units = units;
    this.repeatedExemplars = repeatedExemplars;
  }

  /** A range of round years. */
  public record Range(int fromYear, int toYear) {}

  /**
   * The range asked for: {@code from} and {@code to} as four-digit years; either left out is the plan's period's
   * (from the table). Refused (400, in Vietnamese): not a year, from after to, more than {@value #MAX_YEARS} years.
   */
  public Range range(String from, String to) {
    Integer first = year(from, "from", "Năm đầu giai đoạn");
    Integer last = year(to, "to", "Năm cuối giai đoạn");
    if (first == null || last == null) {
      Range plan = planPeriod().orElseThrow(() -> new InvalidInputException("NoPlanPeriod",
          "Bảng chỉ tiêu (yearly-targets) không nêu giai đoạn nào của Kế hoạch: hãy nhập năm đầu (from) và năm cuối (to)"));
      first = first == null ? plan.fromYear() : first;
      last = last == null ? plan.toYear() : last;
    }
    if (first > last) {
      throw new InvalidInputException("BadRange",
          "Năm đầu giai đoạn (from=" + first + ") sau năm cuối giai đoạn (to=" + last + "): nhập from không lớn hơn to");
    }
    if (last - first + 1 > MAX_YEARS) {
      throw new InvalidInputException("BadRange", "Giai đoạn báo cáo dài " + (last - first + 1)
          + " năm: mỗi báo cáo tối đa " + MAX_YEARS + " năm (from=" + first + ", to=" + last + ")");
    }
    return new Range(first, last);
  }

  /** The plan's period now: the latest the table states that has begun, else its first. */
  public Optional<Range> planPeriod() {
    return periods.current(HanoiCalendar.today().getYear())
        .map(period -> new Range(period.fromYear(), period.toYear()));
  }

  private static Integer year(String text, String field, String what) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.trim();
    if (value.matches("\\d{4}")) {
      return Integer.parseInt(value);
    }
    throw new InvalidInputException("BadYear",
        what + " (" + field + ") không hợp lệ: “" + text + "” (nhập năm bốn chữ số, ví dụ " + field + "=2025)");
  }

  /**
   * The report over the range, the caller's units.
   *
   * @throws InvalidInputException a year of the range has no targets in {@code yearly-targets}
   */
  public PeriodReport report(Range range) {
    ReadableLines reader = reports.reader();
    Map<String, UnitFigures> byUnit = new LinkedHashMap<>();
    List<YearTotals> years = new ArrayList<>();
    for (int year = range.fromYear(); year <= range.toYear(); year++) {
      years.add(year(year, reader, byUnit));
    }
    List<UnitFigures> ordered = new ArrayList<>(byUnit.values());
    ordered.sort(Comparator.comparing((UnitFigures unit) -> !unit.listed).thenComparing(unit -> unit.listed ? "" : unit.name));
    List<UnitPeriod> unitLines = ordered.stream().map(UnitFigures::view).toList();
    List<PeriodTarget> periodTargets = ordered.stream().flatMap(unit -> unit.periodTargets().stream()).toList();
    Optional<Range> plan = planPeriod();
    boolean provisional = years.stream().anyMatch(YearTotals::provisional);
    String basis = "Số liệu theo các hồ sơ đề cử đã ghi nhận của các đợt bình xét năm " + range.fromYear() + "–"
        + range.toYear() + "; chỉ tiêu hằng năm theo bảng yearly-targets"
        + plan.map(p -> " (giai đoạn của Kế hoạch: " + p.fromYear() + "–" + p.toYear() + ")").orElse("")
        + (provisional ? "; năm chưa đóng đợt bình xét là số liệu tạm tính" : "");
    return new PeriodReport(range.fromYear(), range.toYear(), plan.map(Range::fromYear).orElse(null),
        plan.map(Range::toYear).orElse(null), TITLE + range.fromYear() + "–" + range.toYear(), basis,
        Instant.now(), years, unitLines, periodTargets, repeated(range, reader));
  }

  private YearTotals year(int year, ReadableLines reader, Map<String, UnitFigures> byUnit) {
    TargetsReport targets = reports.targets(year);
    List<NominationOutcome> readable = outcomes.outcomesOf(year).stream()
        .filter(outcome -> reader.reads(outcome.nominatingUnit())).toList();
    Optional<YearlyReport> stored = reports.stored(year);
    Map<String, List<TargetLine>> lines = new LinkedHashMap<>();
    targets.lines().forEach(line -> lines.computeIfAbsent(line.unitCode(), code -> new ArrayList<>()).add(line));
    for (NominationOutcome outcome : readable) {
      lines.computeIfAbsent(outcome.nominatingUnit(), code -> new ArrayList<>());
    }
    int met = 0;
    int notMet = 0;
    int noData = 0;
    for (Map.Entry<String, List<TargetLine>> unit : lines.entrySet()) {
      String code = unit.getKey();
      List<NominationOutcome> own = readable.stream().filter(o -> o.nominatingUnit().equals(code)).toList();
      List<YearTarget> yearTargets = unit.getValue().isEmpty()
          ? storedTargets(stored, code)
          : unit.getValue().stream().map(line -> new YearTarget(line.targetType(), line.target(),
              line.targetValue(), line.achieved(), line.status(), line.statusLabel())).toList();
      String name = unit.getValue().isEmpty() ? units.name(code) : unit.getValue().get(0).unitName();
      UnitFigures figures = byUnit.computeIfAbsent(code, c -> new UnitFigures(c, name, !unit.getValue().isEmpty()));
      figures.listed |= !unit.getValue().isEmpty();
      Status status = overall(yearTargets);
      figures.years.add(new UnitYear(year, own.size(), count(own, "phuong"), count(own, "quan"),
          count(own, "thanh-pho"), yearTargets, status, status.label()));
      for (YearTarget target : yearTargets) {
        switch (target.status()) {
          case MET -> met++;
          case NOT_MET -> notMet++;
          case NO_DATA -> noData++;
        }
      }
    }
    Integer percent = met + notMet == 0 ? null : (int) Math.round(met * 100.0 / (met + notMet));
    return new YearTotals(year, targets.provisional(), readable.size(), count(readable, "phuong"),
        count(readable, "quan"), count(readable, "thanh-pho"), met, notMet, noData, percent);
  }

  /** A former unit's target line in the report its round stored when it closed; none while the round is open. */
  private static List<YearTarget> storedTargets(Optional<YearlyReport> stored, String code) {
    return stored.map(report -> report.lines().stream().filter(line -> line.unitCode().equals(code))
        .map(PeriodReportService::target).toList()).orElse(List.of());
  }

  private static YearTarget target(YearlyLine line) {
    return new YearTarget(null, line.target(), line.targetValue(), line.achieved(), line.status(), line.statusLabel());
  }

  /** Every target met: MET; any not met: NOT_MET; else (none, or none measurable): NO_DATA. */
  static Status overall(List<YearTarget> targets) {
    if (targets.stream().anyMatch(t -> t.status() == Status.NOT_MET)) {
      return Status.NOT_MET;
    }
    if (!targets.isEmpty() && targets.stream().allMatch(t -> t.status() == Status.MET)) {
      return Status.MET;
    }
    return Status.NO_DATA;
  }

  /** Outcomes recognised with that as the highest level reached. */
  private static int count(List<NominationOutcome> outcomes, String level) {
    Predicate<NominationOutcome> at = outcome -> level.equals(outcome.recognitionLevel());
    return (int) outcomes.stream().filter(at).count();
  }

  private List<RepeatedExemplarLine> repeated(Range range, ReadableLines reader) {
    RepeatedExemplars registry = repeatedExemplars.getIfAvailable();
    if (registry == null) {
      return null;
    }
    return registry.recognisedInSeveralYears(range.fromYear(), range.toYear()).stream()
        .filter(exemplar -> reader.reads(exemplar.unitCode()))
        .map(exemplar -> new RepeatedExemplarLine(exemplar.exemplarId(), exemplar.name(), exemplar.kind(),
            kindLabel(exemplar.kind()), exemplar.unitCode(), units.name(exemplar.unitCode()),
            exemplar.years().stream().sorted().toList()))
        .toList();
  }

  private static String kindLabel(String kind) {
    return switch (kind == null ? "" : kind) {
      case "tap-the" -> "Tập thể";
      case "ho-gia-dinh" -> "Hộ gia đình";
      default -> "Cá nhân";
    };
  }

  /** One unit's years as they are read, in order. */
  private static final class UnitFigures {

    private final String code;
    private final String name;
    private boolean listed;
    private final List<UnitYear> years = new ArrayList<>();

    UnitFigures(String code, String name, boolean listed) {
      this.code = code;
      this.name = name;
      this.listed = listed;
    }

    UnitPeriod view() {
      return new UnitPeriod(code, name, List.copyOf(years), new Counts(
          years.stream().mapToInt(UnitYear::nominations).sum(),
          years.stream().mapToInt(UnitYear::recognisedWard).sum(),
          years.stream().mapToInt(UnitYear::recognisedDistrict).sum(),
          years.stream().mapToInt(UnitYear::recognisedCity).sum()));
    }

    /**
     * Each of the unit's targets over the years: the n-th target of a type in one year is the n-th in the next
     * (a lead unit has one per movement, in the organisation file's order).
     */
    List<PeriodTarget> periodTargets() {
      Map<String, List<YearTarget>> byKey = new LinkedHashMap<>();
      for (UnitYear year : years) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (YearTarget target : year.targets()) {
          String type = target.targetType() == null ? "" : target.targetType();
          int ordinal = seen.merge(type, 1, Integer::sum);
          byKey.computeIfAbsent(type + "#" + ordinal, key -> new ArrayList<>()).add(target);
        }
      }
      List<PeriodTarget> lines = new ArrayList<>();
      for (List<YearTarget> targets : byKey.values()) {
        YearTarget first = targets.get(0);
        boolean allValued = targets.stream().allMatch(t -> t.targetValue() != null);
        List<YearTarget> measured = targets.stream().filter(t -> t.status() != Status.NO_DATA && t.achieved() != null).toList();
        int met = (int) targets.stream().filter(t -> t.status() == Status.MET).count();
        int notMet = (int) targets.stream().filter(t -> t.status() == Status.NOT_MET).count();
        int noData = targets.size() - met - notMet;
        Status status = notMet > 0 ? Status.NOT_MET : noData == 0 ? Status.MET : Status.NO_DATA;
        lines.add(new PeriodTarget(code, name, first.targetType(),
            first.target() == null ? "" : DEADLINE.matcher(first.target()).replaceFirst(""),
            allValued ? targets.stream().mapToDouble(YearTarget::targetValue).sum() : null,
            measured.isEmpty() ? null : measured.stream().mapToInt(YearTarget::achieved).sum(),
            met, notMet, noData, status, status.label()));
      }
      return lines;
    }
  }
}
