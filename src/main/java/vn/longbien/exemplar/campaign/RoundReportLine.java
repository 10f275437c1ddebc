package vn.longbien.exemplar.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of a round's yearly report to the district People's Committee (Phòng Nội vụ): a ward, a district
 * unit, or the district's totals against one of its targets. Counts come from the nominations' recorded
 * outcomes when the round closed; {@code targetMet} is null when the target cannot be measured (no data).
 */
@Entity
@Table(name = "round_report_line")
public class RoundReportLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "round_year", nullable = false)
  private int roundYear;

  @Column(name = "line_no", nullable = false)
  private int lineNo;

  @Column(name = "unit_code", nullable = false)
  private String unitCode;

  @Column(name = "unit_name", nullable = false)
  private String unitName;

  @Column(nullable = false)
  private int nominations;

  @Column(name = "recognised_ward", nullable = false)
  private int recognisedWard;

  @Column(name = "recognised_district", nullable = false)
  private int recognisedDistrict;

  @Column(name = "recognised_city", nullable = false)
  private int recognisedCity;

  @Column(name = "proposed_city", nullable = false)
  private int proposedCity;

  @Column(name = "in_progress", nullable = false)
  private int inProgress;

  @Column(name = "target_text", nullable = false, length = 1000)
  private String targetText;

  @Column(name = "target_value")
  private Double targetValue;

  @Column(name = "achieved_value")
  private Integer achievedValue;

  @Column(name = "target_met")
  private Boolean targetMet;

  protected RoundReportLine() {}

  /** Counts of one unit's (or the district's) nominations. */
  public record Counts(
      int nominations, int recognisedWard, int recognisedDistrict, int recognisedCity, int proposedCity, int inProgress) {}

  RoundReportLine(
      int roundYear, int lineNo, String unitCode, String unitName, Counts counts, String targetText,
      Double targetValue, Integer achievedValue, Boolean targetMet) {
    this.roundYear = roundYear;
    this.lineNo = lineNo;
    this.unitCode = unitCode;
    this.unitName = unitName;
    this.nominations = counts.nominations();
    this.recognisedWard = counts.recognisedWard();
    this.recognisedDistrict = counts.recognisedDistrict();
    this.recognisedCity = counts.recognisedCity();
    this.proposedCity = counts.proposedCity();
    this.inProgress = counts.inProgress();
    this.targetText = targetText;
    this.targetValue = targetValue;
    this.achievedValue = achievedValue;
    this.targetMet = targetMet;
  }

  public int getRoundYear() {
    return roundYear;
  }

  public int getLineNo() {
    return lineNo;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public String getUnitName() {
    return unitName;
  }

  public Counts getCounts() {
    return new Counts(nominations, recognisedWard, recognisedDistrict, recognisedCity, proposedCity, inProgress);
  }

  public String getTargetText() {
    return targetText;
  }

  public Double getTargetValue() {
    return targetValue;
  }

  public Integer getAchievedValue() {
    return achievedValue;
  }

  /** Green (true), red (false), or not measurable (null). */
  public Boolean getTargetMet() {
    return targetMet;
  }
}
