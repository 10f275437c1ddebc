package vn.longbien.exemplar.nomination.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.longbien.exemplar.web.MultiLine;
import vn.longbien.exemplar.web.PlainTextFields;

/** An objection received during public posting, as the official enters it. */
@Schema(description = "Ý kiến phản ánh nhận được trong thời gian công khai")
@PlainTextFields
public record ObjectionRequest(
    @Schema(description = "Người (tổ chức) gửi ý kiến")
        @NotBlank(message = "Chưa nhập người gửi ý kiến") @Size(max = 255, message = "Người gửi tối đa 255 ký tự")
        String senderName,
    @Schema(description = "Địa chỉ, số điện thoại liên hệ (không bắt buộc)")
        @Size(max = 255, message = "Thông tin liên hệ tối đa 255 ký tự") String senderContact,
    @Schema(description = "Nội dung phản ánh")
        @NotBlank(message = "Chưa nhập nội dung phản ánh") @Size(max = 4000, message = "Nội dung tối đa 4000 ký tự")
        @MultiLine
        String content,
    @Schema(description = "Là khiếu nại, tố cáo cần giải quyết trước khi đề xuất lên cấp trên")
        @JsonProperty("isComplaint") Boolean complaint) {

  boolean isComplaintToSettle() {
    return Boolean.TRUE.equals(complaint);
  }
}
