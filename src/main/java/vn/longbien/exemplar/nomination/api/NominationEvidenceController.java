package vn.longbien.exemplar.nomination.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.longbien.exemplar.nomination.Attachment;
import vn.longbien.exemplar.nomination.AttachmentRepository;
import vn.longbien.exemplar.nomination.Objection;
import vn.longbien.exemplar.nomination.api.NominationViews.AttachmentView;
import vn.longbien.exemplar.nomination.api.NominationViews.ObjectionView;

/** What goes into a nomination's dossier beside the form: evidence files, objections during public posting. */
@RestController
@RequestMapping("/api/nominations/{id}")
@Tag(name = "Tệp minh chứng và ý kiến phản ánh",
    description = "Tệp minh chứng của hồ sơ đề cử; ý kiến phản ánh nhận được trong thời gian công khai")
class NominationEvidenceController {

  private final AttachmentService attachments;
  private final ObjectionService objections;
  private final NominationViews views;

  NominationEvidenceController(AttachmentService attachments, ObjectionService objections, NominationViews views) {
    this.attachments = attachments;
    this.objections = objections;
    this.views = views;
  }

  @PostMapping(path = "/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Tải lên một tệp minh chứng",
      description = "Chỉ cán bộ đơn vị đề cử (vai trò donvi), khi hồ sơ đang được bình xét. Nhận PDF, JPEG, PNG, "
          + "DOCX, XLSX (kiểm tra cả đuôi tên tệp và nội dung tệp), tối đa 10 MB (cấu hình "
          + "exemplar.attachments.max-size). Sai loại hoặc quá dung lượng: 400.")
  ResponseEntity<AttachmentView> upload(
      @PathVariable String id, @RequestPart("file") MultipartFile file,
      @Parameter(description = "Mô tả tệp") @RequestParam(required = false) String description) {
    Attachment stored = attachments.upload(id, file, description);
    AttachmentView view = NominationViews.attachment(id, new AttachmentRepository.Info(
        stored.getId(), stored.getFileName(), stored.getContentType(), stored.getSize(), stored.getDescription(),
        stored.getUploadedBy(), stored.getUploadedAt()));
    return ResponseEntity.created(URI.create(view.downloadUrl())).body(view);
  }

  @GetMapping("/attachments")
  @Operation(summary = "Danh sách tệp minh chứng của hồ sơ")
  List<AttachmentView> list(@PathVariable String id) {
    return attachments.listOf(id).stream().map(a -> NominationViews.attachment(id, a)).toList();
  }

  @GetMapping("/attachments/{attachmentId}")
  @Operation(summary = "Tải về một tệp minh chứng", description = "Tên tệp gốc (UTF-8) trong Content-Disposition.")
  ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable Long attachmentId) {
    Attachment file = attachments.download(id, attachmentId);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.getContentType()))
        .contentLength(file.getSize())
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(file.getFileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(file.getContent());
  }

  @PostMapping("/objections")
  @Operation(summary = "Ghi nhận một ý kiến phản ánh trong thời gian công khai",
      description = "Mọi cán bộ được xem hồ sơ, trừ thanh tra. Ý kiến được đưa vào hồ sơ trình Hội đồng; khiếu nại, "
          + "tố cáo làm tạm dừng đề xuất lên cấp trên đến khi giải quyết xong. Hồ sơ không đang công khai: 409.")
  ResponseEntity<ObjectionView> object(@PathVariable String id, @Valid @RequestBody ObjectionRequest request) {
    Objection objection = objections.record(id, request);
    return ResponseEntity.status(201).body(views.objection(objection));
  }
}
