package vn.longbien.exemplar.reporting;

import java.time.Instant;
import java.util.List;

/** The reports as the API gives them in JSON; the spreadsheet and the PDF show the same lines. */
public final class ReportViews {

  private ReportViews() {}

  /** Green, red, or not measurable, as the report shows it. */
  public enum Status {
    MET("Đạt"),
    NOT_MET("Chưa đạt"),
    NO_DATA("Chưa đủ số liệu");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    public static Status of(Boolean met) {
      return met == null ? NO_DATA : met ? MET : NOT_MET;
    }
  }

  /**
   * Target attainment computed now from the nominations of the year ({@code provisional}: figures "tạm tính"
   * until the round closes).
   */
  public record TargetsReport(
      int year, String title, String basis, boolean provisional, Instant generatedAt, List<TargetLine> lines) {}

  public record TargetLine(
      String unitCode, String unitName, String targetType, String target, Double targetValue, Integer achieved,
      Status status, String statusLabel) {}

  /** The report stored when the year's round closed. */
  public record YearlyReport(
      int year, String title, String basis, Instant closedAt, Instant generatedAt, List<YearlyLine> lines) {}

  public record YearlyLine(
      int lineNo, String unitCode, String unitName, int nominations, int recognisedWard, int recognisedDistrict,
      int recognisedCity, int proposedCity, int inProgress, String target, Double targetValue, Integer achieved,
      Status status, String statusLabel) {}
}
