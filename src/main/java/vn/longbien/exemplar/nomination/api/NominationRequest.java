package vn.longbien.exemplar.nomination.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.longbien.exemplar.nomination.Nomination;
import vn.longbien.exemplar.web.MultiLine;
import vn.longbien.exemplar.web.PlainTextFields;

/** A nomination as a nominating unit submits it: every field of the Tasklist start form. */
@Schema(description = "Hồ sơ đề cử điển hình tiên tiến")
@PlainTextFields
public record NominationRequest(
    @Schema(description = "Năm bình xét", example = "2025")
        @NotNull(message = "Chưa nhập năm bình xét")
        @Min(value = 2000, message = "Năm bình xét không hợp lệ")
        @Max(value = 2100, message = "Năm bình xét không hợp lệ")
        Integer roundYear,
    @Schema(description = "Mã đơn vị đề cử (một đơn vị của người nộp)", example = "phuong-bode")
        @NotBlank(message = "Chưa nhập mã đơn vị đề cử")
        String nominatingUnit,
    @Schema(description = "Loại đối tượng: tap-the, ca-nhan, ho-gia-dinh", example = "ca-nhan")
        @NotBlank(message = "Chưa chọn loại đối tượng")
        @Pattern(regexp = "tap-the|ca-nhan|ho-gia-dinh", message = "Loại đối tượng phải là tap-the, ca-nhan hoặc ho-gia-dinh")
        String nomineeKind,
    @Schema(description = "Họ và tên cá nhân, tên tập thể hoặc chủ hộ", example = "Nguyễn Thị Hồng Nhung")
        @NotBlank(message = "Chưa nhập họ và tên / tên tập thể")
        @Size(max = 255, message = "Họ và tên / tên tập thể dài quá 255 ký tự")
        String nomineeName,
    @Schema(description = "Năm sinh (cá nhân)", example = "1978")
        @Min(value = 1900, message = "Năm sinh không hợp lệ")
        @Max(value = 2100, message = "Năm sinh không hợp lệ")
        Integer birthYear,
    @Schema(description = "Giới tính (cá nhân): nam, nu", example = "nu")
        @Pattern(regexp = "nam|nu", message = "Giới tính phải là nam hoặc nu")
        String gender,
    @Size(max = 255, message = "Chức vụ dài quá 255 ký tự") String positionTitle,
    @Size(max = 255, message = "Nơi công tác dài quá 255 ký tự") String workplace,
    @Size(max = 255, message = "Phường / đơn vị dài quá 255 ký tự") String wardOrUnit,
    @Schema(description = "Mã phong trào thi đua (organisation/units.yaml)", example = "chung")
        @NotBlank(message = "Chưa chọn phong trào thi đua")
        @KnownMovement
        String movement,
    @Schema(description = "Tóm tắt thành tích")
        @NotBlank(message = "Chưa nhập thành tích")
        @Size(max = 8000, message = "Thành tích dài quá 8000 ký tự")
        @MultiLine
        String achievements,
    @Schema(description = "Tiêu chuẩn chung đáp ứng: tc1 … tc4", example = "[\"tc1\",\"tc2\",\"tc3\",\"tc4\"]")
        @NotEmpty(message = "Chưa chọn tiêu chuẩn chung nào")
        List<@Pattern(regexp = "tc[1-4]", message = "Tiêu chuẩn chung phải là tc1, tc2, tc3 hoặc tc4") String> generalCriteria,
    @Schema(description = "Mã tiêu chí cụ thể của phong trào đáp ứng")
        @Size(max = 50, message = "Quá nhiều tiêu chí cụ thể")
        List<@Pattern(regexp = "[a-z0-9-]{1,16}", message = "Mã tiêu chí cụ thể không hợp lệ") String> specificCriteria,
    @Schema(description = "Đang bị xem xét kỷ luật, thanh tra") boolean disciplinePending,
    @Schema(description = "Đang có khiếu nại, tố cáo chưa giải quyết") boolean complaintPending) {

  Nomination toNomination(String id) {
    return new Nomination(
        id,
        roundYear,
        nominatingUnit.trim(),
        new Nomination.Nominee(
            nomineeKind, nomineeName.trim(), birthYear, blankToNull(gender), blankToNull(positionTitle),
            blankToNull(workplace), blankToNull(wardOrUnit)),
        new Nomination.Dossier(
            movement, achievements.trim(), generalCriteria.stream().distinct().toList(),
            specificCriteria == null ? List.of() : specificCriteria.stream().distinct().toList(),
            disciplinePending, complaintPending));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
