package vn.longbien.exemplar.reporting;

import java.time.Instant;
import java.util.List;
import vn.longbien.exemplar.reporting.ReportViews.Status;

/** The period report (tổng kết giai đoạn) as the API gives it in JSON; the spreadsheet and the PDF show the same. */
public final class PeriodViews {

  private PeriodViews() {}

  /**
   * The report over the rounds {@code fromYear}..{@code toYear}: each year's totals (what the chart draws), each
   * unit's figures per year, the period's totals against the plan's targets, and the exemplars recognised in
   * several years ({@code null} when no registry provides them). {@code planFromYear}..{@code planToYear} is the
   * plan's period the {@code yearly-targets} table states (null when it states none).
   */
  public record PeriodReport(
      int fromYear, int toYear, Integer planFromYear, Integer planToYear, String title, String basis,
      Instant generatedAt, List<YearTotals> years, List<UnitPeriod> units, List<PeriodTarget> periodTargets,
      List<RepeatedExemplarLine> repeatedExemplars) {}

  /**
   * One year over the caller's units: nominations, recognitions by the highest level reached, and how many of
   * the targets were met, not met, or not measurable; {@code attainmentPercent} is met / (met + not met), null
   * when none was measurable. {@code provisional}: the round had not closed.
   */
  public record YearTotals(
      int year, boolean provisional, int nominations, int recognisedWard, int recognisedDistrict,
      int recognisedCity, int targetsMet, int targetsNotMet, int targetsNoData, Integer attainmentPercent) {}

  /** A unit over the period: its years, and its totals. */
  public record UnitPeriod(String unitCode, String unitName, List<UnitYear> years, Counts totals) {}

  /** Nominations and recognitions by the highest level reached (phường, quận, thành phố). */
  public record Counts(int nominations, int recognisedWard, int recognisedDistrict, int recognisedCity) {}

  /** A unit's year: its counts, its targets, and one status (every target met, any not met, or none measurable). */
  public record UnitYear(
      int year, int nominations, int recognisedWard, int recognisedDistrict, int recognisedCity,
      List<YearTarget> targets, Status status, String statusLabel) {}

  /** One yearly target of a unit, as the year's attainment report states it. */
  public record YearTarget(
      String targetType, String target, Double targetValue, Integer achieved, Status status, String statusLabel) {}

  /**
   * One target over the period: the yearly targets added up ({@code periodTarget}), what was achieved added up, in
   * how many years it was met; MET when met every year, NOT_MET when not met in some year, else NO_DATA.
   */
  public record PeriodTarget(
      String unitCode, String unitName, String targetType, String target, Double periodTarget,
      Integer periodAchieved, int yearsMet, int yearsNotMet, int yearsNoData, Status status, String statusLabel) {}

  /** An exemplar recognised in several years of the period, with its unit's name. */
  public record RepeatedExemplarLine(
      long exemplarId, String name, String kind, String kindLabel, String unitCode, String unitName,
      List<Integer> years) {}
}
