package vn.longbien.exemplar.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.longbien.exemplar.support.ApplicationTest;

/** The timeline's exports: a CSV that reads back to the same entries, and a PDF; both print the content hash. */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimelineExportApplicationTest {

  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  @Autowired private TestRestTemplate rest;
  @Autowired private AuditedChain auditedChain;

  private String nominationId;

  @BeforeAll
  void aNominationWorkedWardDistrictCity() {
    nominationId = auditedChain.run("Phạm Thị Xuất");
  }

  @Test
  void csvReadsBackToTheSameEntriesTheInspectorSees() throws Exception {
    JsonNode timeline = JSON.readTree(get("/api/audit/nominations/" + nominationId).getBody());
    List<TimelineEntry> shown = Arrays.asList(JSON.treeToValue(timeline.get("entries"), TimelineEntry[].class));

    ResponseEntity<byte[]> csv = get("/api/audit/nominations/" + nominationId + "/timeline.csv");

    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getHeaders().getContentType().isCompatibleWith(MediaType.valueOf("text/csv"))).isTrue();
    List<TimelineEntry> exported = TimelineCsv.read(new ByteArrayInputStream(csv.getBody()));
    assertThat(exported).hasSizeGreaterThan(30).isEqualTo(shown);
    assertThat(new String(csv.getBody(), StandardCharsets.UTF_8)).contains("Thời điểm (UTC),Giờ Hà Nội,Mã loại,Loại sự kiện");
  }

  @Test
  void csvPrintsOnItsLastLineTheHashOfEverythingAboveIt() {
    ResponseEntity<byte[]> csv = get("/api/audit/nominations/" + nominationId + "/timeline.csv");
    byte[] bytes = csv.getBody();
    int lastLine = lastLineStart(bytes);
    String trailer = new String(bytes, lastLine, bytes.length - lastLine, StandardCharsets.UTF_8);
    String hash = HashedExport.sha256(Arrays.copyOf(bytes, lastLine));

    assertThat(trailer).startsWith("# SHA-256 của toàn bộ nội dung phía trên dòng này: " + hash + " | Xuất lúc ")
        .contains("bởi thanhtra");
    assertThat(csv.getHeaders().getFirst(AuditController.CONTENT_HASH_HEADER)).isEqualTo(hash);
  }

  @Test
  void pdfPrintsTheSameHashAsTheCsvOfTheSameContent() throws Exception {
    String csvHash = get("/api/audit/nominations/" + nominationId + "/timeline.csv").getHeaders()
        .getFirst(AuditController.CONTENT_HASH_HEADER);

    ResponseEntity<byte[]> pdf = get("/api/audit/nominations/" + nominationId + "/timeline.pdf");

    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PDF)).isTrue();
    assertThat(new String(pdf.getBody(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    assertThat(pdf.getHeaders().getFirst(AuditController.CONTENT_HASH_HEADER)).isEqualTo(csvHash);
    String text = PdfText.of(pdf.getBody());
    assertThat(text).contains("NHẬT KÝ KIỂM TRA HỒ SƠ ĐỀ CỬ", "Phạm Thị Xuất", "Mã kiểm tra SHA-256 của nội dung:\n" + csvHash + "\n",
        "Biểu quyết của Hội đồng", "35/QĐ-UBND");
  }

  private ResponseEntity<byte[]> get(String path) {
    return rest.withBasicAuth("thanhtra", "demo").getForEntity(path, byte[].class);
  }

  private static int lastLineStart(byte[] bytes) {
    int end = bytes.length - 1;
    while (end > 0 && (bytes[end] == '\n' || bytes[end] == '\r')) {
      end--;
    }
    while (end > 0 && bytes[end - 1] != '\n') {
      end--;
    }
    return end;
  }
}
