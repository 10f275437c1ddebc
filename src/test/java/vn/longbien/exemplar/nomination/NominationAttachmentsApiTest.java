package vn.longbien.exemplar.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.longbien.exemplar.nomination.NominationRequests.individual;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.TestData;

/**
 * Evidence files of a nomination over HTTP: the nominating unit uploads PDF, JPEG, PNG, DOCX or XLSX up to
 * 10 MB while the review runs, recognised by the file's own bytes; whoever may read the nomination lists and
 * downloads them under their original Vietnamese names; officials of other wards find nothing.
 */
@ApplicationTest
@SuppressWarnings({"unchecked", "rawtypes"})
class NominationAttachmentsApiTest {

  static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};

  @Autowired private TestRestTemplate rest;
  @Autowired private JdbcTemplate jdbc;

  @Test
  void pdfUploadedByTheNominatingUnitIsListedForTheCouncil() {
    String id = nominate("Đỗ Thị Thu Hà");

    ResponseEntity<Map> response = upload("bode.donvi", id, "Biên bản họp tổ dân phố.pdf", PDF);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    List<Map<String, Object>> listed = rest.withBasicAuth("bode.hoidong", "demo")
        .getForObject("/api/nominations/" + id + "/attachments", List.class);
    assertThat(listed).singleElement().satisfies(file -> assertThat(file)
        .containsEntry("fileName", "Biên bản họp tổ dân phố.pdf").containsEntry("contentType", "application/pdf")
        .containsEntry("size", PDF.length).containsEntry("uploadedBy", "bode.donvi")
        .containsEntry("description", "Minh chứng thành tích")
        .containsEntry("downloadUrl", response.getHeaders().getLocation().toString())
        .containsKey("uploadedAt"));
    Map<String, Object> nomination = rest.withBasicAuth("bode.hoidong", "demo").getForObject("/api/nominations/" + id, Map.class);
    assertThat((List<Map<String, Object>>) nomination.get("attachments"))
        .extracting(file -> file.get("fileName")).containsExactly("Biên bản họp tổ dân phố.pdf");
  }

  @Test
  void downloadReturnsTheSameBytesUnderTheOriginalVietnameseName() {
    String id = nominate("Lê Văn Đức");
    String location = upload("bode.donvi", id, "Giấy khen năm 2024.pdf", PDF).getHeaders().getLocation().toString();

    ResponseEntity<byte[]> download = rest.withBasicAuth("bode.hoidong", "demo").getForEntity(location, byte[].class);

    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(download.getBody()).isEqualTo(PDF);
    assertThat(download.getHeaders().getContentType().equalsTypeAndSubtype(MediaType.APPLICATION_PDF)).isTrue();
    ContentDisposition disposition = download.getHeaders().getContentDisposition();
    assertThat(disposition.isAttachment()).isTrue();
    assertThat(disposition.getFilename()).isEqualTo("Giấy khen năm 2024.pdf");
    assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .contains("filename*=UTF-8''Gi%E1%BA%A5y%20khen%20n%C4%83m%202024.pdf");
  }

  @Test
  void programRenamedToPdfIsRefusedByItsContent() {
    String id = nominate("Vũ Minh Tuấn");

    ResponseEntity<Map> response = upload("bode.donvi", id, "hoso.pdf", EXE);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).containsEntry("type", "InvalidAttachment")
        .containsEntry("message", "Nội dung tệp không đúng định dạng PDF như đuôi tên tệp cho biết");
    assertThat(storedFiles(id)).isZero();
  }

  @Test
  void fileTypeOutsideTheAcceptedOnesIsRefused() {
    String id = nominate("Hoàng Thị Yến");

    ResponseEntity<Map> response = upload("bode.donvi", id, "caidat.exe", EXE);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) response.getBody().get("message")).startsWith("Chỉ nhận tệp PDF, JPEG, PNG, DOCX hoặc XLSX");
    assertThat(storedFiles(id)).isZero();
  }

  @Test
  void fileLargerThanTenMegabytesIsRefused() {
    String id = nominate("Ngô Văn Bình");
    byte[] large = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);

    ResponseEntity<Map> response = upload("bode.donvi", id, "Hồ sơ lớn.pdf", large);

    assertThat(response.getStatusCode()).isIn(HttpStatus.BAD_REQUEST, HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat((String) response.getBody().get("message")).contains("quá");
    assertThat(storedFiles(id)).isZero();
  }

  @Test
  void directoriesInTheFileNameAreDropped() {
    String id = nominate("Trương Thị Lan");

    ResponseEntity<Map> response = upload("bode.donvi", id, "../../etc/passwd.pdf", PDF);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(response.getBody()).containsEntry("fileName", "passwd.pdf");
  }

  @Test
  void officialsOfAnotherWardFindNoFiles() {
    String id = nominate("Đinh Văn Khoa");
    String location = upload("bode.donvi", id, "Bản khai.pdf", PDF).getHeaders().getLocation().toString();

    assertThat(rest.withBasicAuth("viethung.donvi", "demo").getForEntity(location, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.withBasicAuth("viethung.donvi", "demo")
        .getForEntity("/api/nominations/" + id + "/attachments", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(upload("viethung.donvi", id, "Bản khai.pdf", PDF).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(storedFiles(id)).isEqualTo(1);
  }

  @Test
  void councilMemberMayReadButNotUpload() {
    String id = nominate("Phí Thị Nga");

    ResponseEntity<Map> response = upload("bode.hoidong", id, "Bản khai.pdf", PDF);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(storedFiles(id)).isZero();
  }

  private String nominate(String name) {
    ResponseEntity<Map> response = NominationRequests.submit(rest, "bode.donvi", individual(TestData.sharedRound(), "phuong-bode", name, 1980));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return (String) response.getBody().get("id");
  }

  /**
   * A browser's upload: the client claims application/pdf whatever the file is, and, as browsers do, gives
   * the part no length of its own (the server finds the size by reading it).
   */
  private ResponseEntity<Map> upload(String user, String id, String fileName, byte[] content) {
    HttpHeaders part = new HttpHeaders();
    part.setContentDisposition(ContentDisposition.formData().name("file").filename(fileName, StandardCharsets.UTF_8).build());
    part.setContentType(MediaType.APPLICATION_PDF);
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("file", new HttpEntity<>(new InputStreamResource(new ByteArrayInputStream(content)), part));
    body.add("description", "Minh chứng thành tích");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(user, "demo")
        .postForEntity("/api/nominations/" + id + "/attachments", new HttpEntity<>(body, headers), Map.class);
  }

  private int storedFiles(String id) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM attachment WHERE nomination_id = ?", Integer.class, id);
  }
}
