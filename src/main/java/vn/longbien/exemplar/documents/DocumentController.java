package vn.longbien.exemplar.documents;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The documents officials sign, generated from a ward's or the district's recorded decisions of a year, as PDF
 * or DOCX from the template files. Read by the unit's council and chairman, Phòng Nội vụ (thường trực), auditors
 * and administrators; another official who may read the unit's records gets 403, one who may not gets 404 as for
 * an unknown unit.
 */
@RestController
@RequestMapping("/api/documents")
@Tag(name = "Văn bản", description = "Biên bản họp Hội đồng TĐKT, tờ trình và danh sách kèm theo quyết định, "
    + "lập từ các quyết định đã ghi nhận, theo mẫu do quản trị viên chỉnh sửa")
class DocumentController {

  private static final String UNIT = "Mã đơn vị: một phường (ví dụ phuong-bode) hoặc quận (quan-longbien)";
  private static final String YEAR = "Năm bình xét, ví dụ 2025";
  private static final String FORMAT = "pdf (mặc định) hoặc docx";
  private static final String MEETING = "Ngày họp (năm-tháng-ngày); bắt buộc khi trong năm có nhiều phiên họp";

  private final DocumentService service;
  private final DocumentTemplates templates;

  DocumentController(DocumentService service, DocumentTemplates templates) {
    this.service = service;
    this.templates = templates;
  }

  @GetMapping("/council-minutes")
  @Operation(summary = "Biên bản họp Hội đồng Thi đua - Khen thưởng",
      description = "Một phiên họp: ngày họp, số thành viên có mặt/tổng số, với từng người, tập thể: số phiếu "
          + "đồng ý/số có mặt, tỷ lệ và kết quả biểu quyết như đã ghi nhận. 404 khi chưa có phiên họp nào.")
  ResponseEntity<byte[]> councilMinutes(
      @Parameter(description = UNIT) @RequestParam(required = false) String unit,
      @Parameter(description = YEAR) @RequestParam(required = false) String year,
      @Parameter(description = MEETING) @RequestParam(required = false) String meetingDate,
      @Parameter(description = FORMAT) @RequestParam(required = false) String format) {
    DocumentFormat chosen = DocumentFormat.of(format);
    return answer(service.councilMinutes(unit, year, meetingDate), chosen, unit, year);
  }

  @GetMapping("/submission")
  @Operation(summary = "Tờ trình của Hội đồng Thi đua - Khen thưởng lên Chủ tịch UBND",
      description = "Danh sách người, tập thể được Hội đồng biểu quyết thông qua trong một phiên họp, kèm tóm tắt "
          + "thành tích. 404 khi chưa có ai được thông qua.")
  ResponseEntity<byte[]> submission(
      @Parameter(description = UNIT) @RequestParam(required = false) String unit,
      @Parameter(description = YEAR) @RequestParam(required = false) String year,
      @Parameter(description = MEETING) @RequestParam(required = false) String meetingDate,
      @Parameter(description = FORMAT) @RequestParam(required = false) String format) {
    DocumentFormat chosen = DocumentFormat.of(format);
    return answer(service.submission(unit, year, meetingDate), chosen, unit, year);
  }

  @GetMapping("/decision-list")
  @Operation(summary = "Danh sách kèm theo quyết định công nhận điển hình tiên tiến",
      description = "Người, tập thể được Chủ tịch UBND công nhận theo một quyết định (số, ngày). 404 khi chưa có.")
  ResponseEntity<byte[]> decisionList(
      @Parameter(description = UNIT) @RequestParam(required = false) String unit,
      @Parameter(description = YEAR) @RequestParam(required = false) String year,
      @Parameter(description = "Số quyết định, ví dụ 12/QĐ-UBND; bắt buộc khi trong năm có nhiều quyết định")
          @RequestParam(required = false) String decisionNumber,
      @Parameter(description = FORMAT) @RequestParam(required = false) String format) {
    DocumentFormat chosen = DocumentFormat.of(format);
    return answer(service.decisionList(unit, year, decisionNumber), chosen, unit, year);
  }

  private ResponseEntity<byte[]> answer(DocumentContent content, DocumentFormat format, String unit, String year) {
    byte[] template = templates.read(content.kind(), format);
    byte[] body = format == DocumentFormat.PDF
        ? PdfDocuments.write(template, content)
        : DocxDocuments.write(template, content);
    String fileName = content.kind().fileName() + "-" + unit.trim() + "-" + year.trim() + "." + format.extension();
    return ResponseEntity.ok().contentType(format.mediaType())
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
        .body(body);
  }
}
