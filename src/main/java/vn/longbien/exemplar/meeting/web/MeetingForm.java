package vn.longbien.exemplar.meeting.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import vn.longbien.exemplar.meeting.MeetingRequest;
import vn.longbien.exemplar.web.InvalidInputException;

/** The meeting page's form as the browser posts it: every value as typed, read into a {@link MeetingRequest}. */
public class MeetingForm {

  private String unit;
  private String meetingDate;
  private String membersTotal;
  private String membersPresent;
  private List<Row> rows = new ArrayList<>();

  /** A nomination waiting for the council, and what the secretary entered for it; action empty: not on the agenda. */
  public static class Row {
    private String nominationId;
    private String nomineeName;
    private String nominatingUnitName;
    private String action = "";
    private String votesInFavour;
    private String votesAgainst;
    private String votesAbstaining;
    private String comments;
    private String evidenceRequest;
    private String evidenceDueDate;
    private boolean newAchievementConfirmed;
    /** Shown only: the registry's warning and the nominee's earlier rounds. */
    private String warning;
    private List<String> earlier = new ArrayList<>();

    public String getNominationId() { return nominationId; }
    public void setNominationId(String nominationId) { this.nominationId = nominationId; }
    public String getNomineeName() { return nomineeName; }
    public void setNomineeName(String nomineeName) { this.nomineeName = nomineeName; }
    public String getNominatingUnitName() { return nominatingUnitName; }
    public void setNominatingUnitName(String nominatingUnitName) { this.nominatingUnitName = nominatingUnitName; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public String getVotesInFavour() { return votesInFavour; }
    public void setVotesInFavour(String votesInFavour) { this.votesInFavour = votesInFavour; }
    public String getVotesAgainst() { return votesAgainst; }
    public void setVotesAgainst(String votesAgainst) { this.votesAgainst = votesAgainst; }
    public String getVotesAbstaining() { return votesAbstaining; }
    public void setVotesAbstaining(String votesAbstaining) { this.votesAbstaining = votesAbstaining; }
    public String getComments() { return comments; }
    public void setComments(String comments) { this.comments = comments; }
    public String getEvidenceRequest() { return evidenceRequest; }
    public void setEvidenceRequest(String evidenceRequest) { this.evidenceRequest = evidenceRequest; }
    public String getEvidenceDueDate() { return evidenceDueDate; }
    public void setEvidenceDueDate(String evidenceDueDate) { this.evidenceDueDate = evidenceDueDate; }
    public boolean isNewAchievementConfirmed() { return newAchievementConfirmed; }
    public void setNewAchievementConfirmed(boolean confirmed) { this.newAchievementConfirmed = confirmed; }
    public String getWarning() { return warning; }
    public void setWarning(String warning) { this.warning = warning; }
    public List<String> getEarlier() { return earlier; }
    public void setEarlier(List<String> earlier) { this.earlier = earlier; }
  }

  public String getUnit() { return unit; }
  public void setUnit(String unit) { this.unit = unit; }
  public String getMeetingDate() { return meetingDate; }
  public void setMeetingDate(String meetingDate) { this.meetingDate = meetingDate; }
  public String getMembersTotal() { return membersTotal; }
  public void setMembersTotal(String membersTotal) { this.membersTotal = membersTotal; }
  public String getMembersPresent() { return membersPresent; }
  public void setMembersPresent(String membersPresent) { this.membersPresent = membersPresent; }
  public List<Row> getRows() { return rows; }
  public void setRows(List<Row> rows) { this.rows = rows; }

  /** The request the form stands for: rows with no action are not on the agenda; bad numbers and dates are 400. */
  MeetingRequest request() {
    List<MeetingRequest.Line> lines = new ArrayList<>();
    for (Row row : rows) {
      if (row == null || row.action == null || row.action.isBlank()) {
        continue;
      }
      String who = row.nomineeName == null ? row.nominationId : row.nomineeName;
      boolean vote = "vote".equals(row.action);
      boolean back = "return".equals(row.action);
      lines.add(new MeetingRequest.Line(row.nominationId, row.action,
          vote ? number(row.votesInFavour, "Số phiếu tán thành của " + who) : null,
          vote ? number(row.votesAgainst, "Số phiếu không tán thành của " + who) : null,
          vote ? number(row.votesAbstaining, "Số phiếu không biểu quyết của " + who) : null,
          vote ? row.comments : null,
          back ? row.evidenceRequest : null,
          back ? date(row.evidenceDueDate, "Hạn bổ sung của " + who) : null,
          vote && row.newAchievementConfirmed));
    }
    return new MeetingRequest(unit, date(meetingDate, "Ngày họp"), number(membersTotal, "Tổng số thành viên Hội đồng"),
        number(membersPresent, "Số thành viên dự họp"), lines);
  }

  private static Integer number(String text, String what) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("BadMeeting", what + " phải là số nguyên: “" + text.trim() + "”");
    }
  }

  private static LocalDate date(String text, String what) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("BadMeeting", what + " không hợp lệ: “" + text.trim() + "” (năm-tháng-ngày)");
    }
  }
}
