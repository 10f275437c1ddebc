package vn.longbien.exemplar.decision;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import vn.longbien.exemplar.web.MultiLine;
import vn.longbien.exemplar.web.PlainTextFields;

/** A chairman's decision as the chairman (or the office preparing it) enters it. */
@Schema(description = "Quyết định của Chủ tịch UBND: số, ngày, người ký và danh sách người, tập thể")
@PlainTextFields
public record DecisionRequest(
    @Schema(description = "Mã đơn vị của Chủ tịch UBND (phuong-bode, quan-longbien); chỉ cần khi người dùng thuộc "
        + "nhiều đơn vị") String unit,
    @Schema(description = "Số quyết định", example = "12/QĐ-UBND") String decisionNumber,
    @Schema(description = "Ngày quyết định (năm-tháng-ngày)") LocalDate decisionDate,
    @Schema(description = "Người ký (họ tên, chức vụ)", example = "Nguyễn Văn An, Chủ tịch UBND phường") String signer,
    @Schema(description = "Danh sách: mỗi người, tập thể được Hội đồng thông qua, đang chờ Chủ tịch quyết định")
        @Valid List<Line> lines) {

  @Schema(name = "DecisionLine", description = "Một người, tập thể trong quyết định")
  @PlainTextFields
  public record Line(
      @Schema(description = "Mã hồ sơ đề cử") String nominationId,
      @Schema(description = "Công nhận điển hình tiên tiến") Boolean recognised,
      @Schema(description = "Giới thiệu lên Hội đồng TĐKT quận (cấp phường, chuỗi ba cấp)") Boolean proposeUpward,
      @Schema(description = "Đề nghị Thành phố khen thưởng người tốt, việc tốt (khi cấp trên là Thành phố)")
          Boolean proposeGoodDeed,
      @Schema(description = "Đề nghị danh hiệu “Công dân Thủ đô ưu tú” (khi cấp trên là Thành phố)")
          Boolean proposeOutstandingCitizen,
      @Schema(description = "Đề nghị đưa vào sách “Những bông hoa đẹp” (khi cấp trên là Thành phố)") Boolean proposeBook,
      @Schema(description = "Lý do không công nhận / không đề xuất (bắt buộc khi không công nhận hoặc không đề xuất)")
          @MultiLine String reason) {}

  public List<Line> linesOrEmpty() {
    return lines == null ? List.of() : lines;
  }
}
