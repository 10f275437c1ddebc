package vn.longbien.exemplar.nomination.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Bulk import of nominations from an XLSX or CSV file, and the template to fill in. */
@RestController
@RequestMapping("/api/nominations/import")
@Tag(name = "Nhập hồ sơ đề cử từ tệp", description = "Nhập nhiều hồ sơ từ tệp Excel (.xlsx) hoặc CSV theo mẫu")
class NominationImportController {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final NominationImport imports;
  private final ImportTemplate template;

  NominationImportController(NominationImport imports, ImportTemplate template) {
    this.imports = imports;
    this.template = template;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Nhập hồ sơ đề cử từ tệp theo mẫu",
      description = "Kiểm tra từng dòng; kết quả nêu từng dòng sai và lý do. Mặc định, nếu có dòng sai thì không "
          + "nhập dòng nào (400). Với startValidRows=true, bắt đầu bình xét mọi dòng hợp lệ. Không bao giờ nhập dở dang.")
  ResponseEntity<ImportReport> importFile(
      @Parameter(description = "Tệp .xlsx hoặc .csv (UTF-8) theo mẫu") @RequestParam("file") MultipartFile file,
      @Parameter(description = "Vẫn nhập các dòng hợp lệ khi có dòng sai") @RequestParam(defaultValue = "false")
          boolean startValidRows) throws IOException {
    String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase();
    try (InputStream content = file.getInputStream()) {
      ImportReport report = imports.importFile(name, content, startValidRows);
      return ResponseEntity.status(report.startedCount() > 0 ? HttpStatus.OK : HttpStatus.BAD_REQUEST).body(report);
    }
  }

  @GetMapping("/template")
  @Operation(summary = "Tải mẫu tệp nhập hồ sơ đề cử (xlsx hoặc csv)")
  ResponseEntity<byte[]> template(
      @Parameter(description = "xlsx (mặc định) hoặc csv") @RequestParam(defaultValue = "xlsx") String format) {
    boolean csv = "csv".equalsIgnoreCase(format);
    if (!csv && !"xlsx".equalsIgnoreCase(format)) {
      throw new NominationImport.UnreadableFileException("Định dạng mẫu phải là xlsx hoặc csv");
    }
    return ResponseEntity.ok()
        .contentType(csv ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8) : XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(csv ? "mau-nhap-ho-so-de-cu.csv" : "mau-nhap-ho-so-de-cu.xlsx").build().toString())
        .body(csv ? template.csv() : template.xlsx());
  }
}
