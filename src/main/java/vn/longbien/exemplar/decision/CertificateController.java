package vn.longbien.exemplar.decision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.longbien.exemplar.documents.MeetingPapers;

/**
 * Certificates (giấy khen) of the exemplars a chairman recognised, as PDF from the editable template
 * {@code giay-khen.xhtml}: all of a decision's, or one nominee's. Who may print them: {@link DecisionCertificates}.
 */
@RestController
@Tag(name = "Giấy khen", description = "Giấy khen của Chủ tịch UBND phường, quận cho người, tập thể được công nhận "
    + "điển hình tiên tiến (PDF, khổ A4 ngang, in từ mẫu giay-khen.xhtml)")
class CertificateController {

  private final DecisionCertificates certificates;

  CertificateController(DecisionCertificates certificates) {
    this.certificates = certificates;
  }

  @GetMapping("/api/decisions/{id}/certificates.pdf")
  @Operation(summary = "Giấy khen của mọi người, tập thể được công nhận theo một quyết định",
      description = "Một trang cho mỗi người, tập thể, theo thứ tự của quyết định. Nhóm Chủ tịch UBND ra quyết định, "
          + "Phòng Nội vụ, thanh tra, quản trị viên in tất cả; đơn vị đề cử in giấy khen của người, tập thể mình đề cử. "
          + "Người khác, đơn vị khác: 404. Quyết định chưa gửi hoặc không công nhận ai: 409.",
      responses = @ApiResponse(responseCode = "200", description = "PDF",
          content = @Content(mediaType = "application/pdf")))
  ResponseEntity<byte[]> ofDecision(@PathVariable Long id) {
    return pdf(certificates.ofDecision(id));
  }

  @GetMapping("/api/nominations/{id}/certificate.pdf")
  @Operation(summary = "Giấy khen của một người, tập thể được Chủ tịch UBND công nhận",
      description = "Theo quyết định công nhận gần nhất (ở cấp level nếu có). Nhóm Chủ tịch UBND đã công nhận, đơn vị "
          + "đề cử, Phòng Nội vụ, thanh tra, quản trị viên. Hồ sơ không được xem (đơn vị khác): 404; chưa được công "
          + "nhận: 409; người khác được xem hồ sơ: 403.",
      responses = @ApiResponse(responseCode = "200", description = "PDF",
          content = @Content(mediaType = "application/pdf")))
  ResponseEntity<byte[]> ofNomination(@PathVariable String id,
      @Parameter(description = "Cấp công nhận: phuong hoặc quan; bỏ trống: lần công nhận gần nhất")
          @RequestParam(required = false) String level) {
    return pdf(certificates.ofNomination(id, level));
  }

  private static ResponseEntity<byte[]> pdf(MeetingPapers.File file) {
    return ResponseEntity.ok().contentType(file.mediaType())
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build().toString())
        .body(file.content());
  }
}
