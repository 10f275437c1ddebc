package vn.longbien.exemplar.meeting;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import vn.longbien.exemplar.web.MultiLine;
import vn.longbien.exemplar.web.PlainTextFields;

/** A meeting as the council's secretary enters it: the attendance once, then each nominee on the agenda. */
@Schema(description = "Phiên họp Hội đồng TĐKT: ngày họp, số thành viên (ghi một lần cho cả phiên) và chương trình")
@PlainTextFields
public record MeetingRequest(
    @Schema(description = "Mã đơn vị của Hội đồng (phuong-bode, quan-longbien); chỉ cần khi mở phiên họp và người "
        + "dùng là thư ký của nhiều Hội đồng") String unit,
    @Schema(description = "Ngày họp (năm-tháng-ngày)", example = "2026-01-10") LocalDate meetingDate,
    @Schema(description = "Tổng số thành viên Hội đồng", example = "15") Integer membersTotal,
    @Schema(description = "Số thành viên dự họp", example = "12") Integer membersPresent,
    @Schema(description = "Chương trình: mỗi hồ sơ được xét, theo thứ tự") @Valid List<Line> lines) {

  /** One nominee on the agenda. */
  @Schema(name = "MeetingLine", description = "Một hồ sơ trong chương trình phiên họp")
  @PlainTextFields
  public record Line(
      @Schema(description = "Mã hồ sơ đề cử (đang chờ Hội đồng này xét)") String nominationId,
      @Schema(description = "vote (biểu quyết), return (trả hồ sơ để bổ sung minh chứng) hoặc not-reviewed "
          + "(chưa xét trong phiên họp này)", allowableValues = {"vote", "return", "not-reviewed"}) String action,
      @Schema(description = "Số phiếu tán thành (vote)") Integer votesInFavour,
      @Schema(description = "Số phiếu không tán thành (vote)") Integer votesAgainst,
      @Schema(description = "Số phiếu không biểu quyết, phiếu trắng (vote; mặc định 0)") Integer votesAbstaining,
      @Schema(description = "Ý kiến của Hội đồng (vote, không bắt buộc)") @MultiLine String comments,
      @Schema(description = "Nội dung cần bổ sung (return)") @MultiLine String evidenceRequest,
      @Schema(description = "Hạn bổ sung (return; năm-tháng-ngày)") LocalDate evidenceDueDate,
      @Schema(description = "Hội đồng xác nhận hồ sơ là cho thành tích mới (vote): bắt buộc để thông qua một đối "
          + "tượng đã được công nhận ở đợt trước cho cùng phong trào (hồ sơ có cảnh báo)")
          Boolean newAchievementConfirmed) {

    /** A line without the confirmation of a new achievement. */
    public Line(String nominationId, String action, Integer votesInFavour, Integer votesAgainst,
        Integer votesAbstaining, String comments, String evidenceRequest, LocalDate evidenceDueDate) {
      this(nominationId, action, votesInFavour, votesAgainst, votesAbstaining, comments, evidenceRequest,
          evidenceDueDate, null);
    }
  }

  public List<Line> linesOrEmpty() {
    return lines == null ? List.of() : lines;
  }
}
