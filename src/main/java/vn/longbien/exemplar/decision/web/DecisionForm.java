package vn.longbien.exemplar.decision.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import vn.longbien.exemplar.decision.DecisionRequest;
import vn.longbien.exemplar.web.InvalidInputException;

/** The decision page's form as the browser posts it, read into a {@link DecisionRequest}. */
public class DecisionForm {

  private String unit;
  private String decisionNumber;
  private String decisionDate;
  private String signer;
  private List<Row> rows = new ArrayList<>();

  /** A nominee waiting for the chairman; {@code included} false: not in this decision. */
  public static class Row {
    private String nominationId;
    private String nomineeName;
    private String nominatingUnitName;
    private boolean toDistrict;
    private boolean included;
    private boolean recognised;
    private boolean proposeUpward;
    private boolean proposeGoodDeed;
    private boolean proposeOutstandingCitizen;
    private boolean proposeBook;
    private String reason;

    public String getNominationId() { return nominationId; }
    public void setNominationId(String nominationId) { this.nominationId = nominationId; }
    public String getNomineeName() { return nomineeName; }
    public void setNomineeName(String nomineeName) { this.nomineeName = nomineeName; }
    public String getNominatingUnitName() { return nominatingUnitName; }
    public void setNominatingUnitName(String nominatingUnitName) { this.nominatingUnitName = nominatingUnitName; }
    public boolean isToDistrict() { return toDistrict; }
    public void setToDistrict(boolean toDistrict) { this.toDistrict = toDistrict; }
    public boolean isIncluded() { return included; }
    public void setIncluded(boolean included) { this.included = included; }
    public boolean isRecognised() { return recognised; }
    public void setRecognised(boolean recognised) { this.recognised = recognised; }
    public boolean isProposeUpward() { return proposeUpward; }
    public void setProposeUpward(boolean proposeUpward) { this.proposeUpward = proposeUpward; }
    public boolean isProposeGoodDeed() { return proposeGoodDeed; }
    public void setProposeGoodDeed(boolean proposeGoodDeed) { this.proposeGoodDeed = proposeGoodDeed; }
    public boolean isProposeOutstandingCitizen() { return proposeOutstandingCitizen; }
    public void setProposeOutstandingCitizen(boolean proposeOutstandingCitizen) { this.proposeOutstandingCitizen = proposeOutstandingCitizen; }
    public boolean isProposeBook() { return proposeBook; }
    public void setProposeBook(boolean proposeBook) { this.proposeBook = proposeBook; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
  }

  public String getUnit() { return unit; }
  public void setUnit(String unit) { this.unit = unit; }
  public String getDecisionNumber() { return decisionNumber; }
  public void setDecisionNumber(String decisionNumber) { this.decisionNumber = decisionNumber; }
  public String getDecisionDate() { return decisionDate; }
  public void setDecisionDate(String decisionDate) { this.decisionDate = decisionDate; }
  public String getSigner() { return signer; }
  public void setSigner(String signer) { this.signer = signer; }
  public List<Row> getRows() { return rows; }
  public void setRows(List<Row> rows) { this.rows = rows; }

  DecisionRequest request() {
    List<DecisionRequest.Line> lines = new ArrayList<>();
    for (Row row : rows) {
      if (row == null || !row.included) {
        continue;
      }
      lines.add(new DecisionRequest.Line(row.nominationId, row.recognised,
          row.toDistrict && row.proposeUpward, !row.toDistrict && row.proposeGoodDeed,
          !row.toDistrict && row.proposeOutstandingCitizen, !row.toDistrict && row.proposeBook, row.reason));
    }
    LocalDate date = null;
    if (decisionDate != null && !decisionDate.isBlank()) {
      try {
        date = LocalDate.parse(decisionDate.trim());
      } catch (DateTimeParseException e) {
        throw new InvalidInputException("BadDecision", "Ngày quyết định không hợp lệ: “" + decisionDate.trim() + "”");
      }
    }
    return new DecisionRequest(unit, decisionNumber, date, signer, lines);
  }
}
