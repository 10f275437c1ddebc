package vn.longbien.exemplar.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.longbien.exemplar.nomination.NominationRequests.individual;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
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
import vn.longbien.exemplar.support.RoundClock;
import vn.longbien.exemplar.support.TestData;

/**
 * What the API accepts as text and numbers, on every write path under {@code /api} (nominations, objections,
 * attachment descriptions, query parameters): text is stored in Unicode NFC; control characters, line breaks in
 * one-line fields and text made only of invisible characters are refused with 400 naming the field, and
 * nothing is stored; a number with a fraction is not an integer. Every scenario uses a year of its own.
 */
@ApplicationTest
@SuppressWarnings({"unchecked", "rawtypes"})
class NominationTextInputTest {

  @Autowired private TestRestTemplate rest;
  @Autowired private JdbcTemplate jdbc;

  @Test
  void nameMadeOnlyOfInvisibleCharactersIsRefusedAndNothingStored() {
    int year = TestData.sharedRound();
    int before = rowsOfYear(year);
    ResponseEntity<Map> response = submit(individual(year, "phuong-bode", "\u200B\u2060\u200B", 1970));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).containsEntry("type", "ValidationError");
    assertThat(fieldErrors(response)).containsExactly(
        Map.of("field", "nomineeName", "message", "Nội dung chỉ gồm khoảng trắng hoặc ký tự ẩn"));
    assertThat(rowsOfYear(year)).isEqualTo(before);
  }

  @Test
  void nameOfIdeographicSpacesIsRefusedAsNoNameAtAll() {
    int year = TestData.sharedRound();
    int before = rowsOfYear(year);
    ResponseEntity<Map> response = submit(individual(year, "phuong-bode", "\u3000\u3000", 1970));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fieldErrors(response)).containsExactly(
        Map.of("field", "nomineeName", "message", "Chưa nhập họ và tên / tên tập thể"));
    assertThat(rowsOfYear(year)).isEqualTo(before);
  }

  @Test
  void nameContainingANulCharacterIsRefusedAndNothingStored() {
    int year = TestData.sharedRound();
    int before = rowsOfYear(year);
    ResponseEntity<Map> response = submit(individual(year, "phuong-bode", "Nguyễn\u0000Văn Rỗng", 1970));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fieldErrors(response)).containsExactly(
        Map.of("field", "nomineeName", "message", "Nội dung chứa ký tự điều khiển U+0000, không được phép"));
    assertThat(rowsOfYear(year)).isEqualTo(before);
  }

  @Test
  void lineBreakIsRefusedInANameButKeptInTheAchievements() {
    int year = TestData.sharedRound();
    int before = rowsOfYear(year);
    Map<String, Object> body = individual(year, "phuong-bode", "Phạm Thị\nHai Dòng", 1970);
    body.put("achievements", "Năm 2024: hiến máu ba lần.\nNăm 2025: vận động hiến đất mở ngõ.");

    ResponseEntity<Map> response = submit(body);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fieldErrors(response)).containsExactly(
        Map.of("field", "nomineeName", "message", "Nội dung không được xuống dòng"));
    assertThat(rowsOfYear(year)).isEqualTo(before);
  }

  @Test
  void nameTypedWithCombiningMarksIsStoredPrecomposedAndIsTheSameNominee() {
    int year = TestData.sharedRound();
    int before = rowsOfYear(year);
    String combining = "Nguye\u0302\u0303n Thị Hai Cách";
    String precomposed = "Nguyễn Thị Hai Cách";

    ResponseEntity<Map> first = submit(individual(year, "phuong-bode", combining, 1970));
    ResponseEntity<Map> second = submit(individual(year, "phuong-bode", precomposed, 1970));

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(jdbc.queryForObject("SELECT nominee_name FROM nomination WHERE id = ?", String.class,
        first.getBody().get("id"))).isEqualTo(precomposed);
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(second.getBody()).containsEntry("existingNominationId", first.getBody().get("id"));
  }

  @Test
  void nameWrittenWithANoBreakSpaceIsTheSameNominee() {
    int year = TestData.sharedRound();
    int before = rowsOfYear(year);
    ResponseEntity<Map> first = submit(individual(year, "phuong-bode", "Trần\u00A0Văn Khoảng", 1970));
    ResponseEntity<Map> second = submit(individual(year, "phuong-bode", "Trần Văn Khoảng", 1970));

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(rowsOfYear(year)).isEqualTo(before + 1);
  }

  @Test
  void roundYearWithAFractionIsRefusedNotRoundedDown() {
    int year = TestData.sharedRound();
    int before = rowsOfYear(year);
    Map<String, Object> body = individual(year, "phuong-bode", "Lê Văn Lẻ", 1970);
    body.put("roundYear", year + 0.5);

    ResponseEntity<Map> response = submit(body);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).containsEntry("type", "ValidationError");
    assertThat(fieldErrors(response)).containsExactly(Map.of("field", "roundYear", "message", "Phải là một số nguyên"));
    assertThat(rowsOfYear(year)).isEqualTo(before);
  }

  @Test
  void objectionWithAControlCharacterIsRefusedAndNotStored() {
    int year = TestData.sharedRound();
    int before = rowsOfYear(year);
    String id = (String) submit(individual(year, "phuong-bode", "Đoàn Văn Phản", 1970)).getBody().get("id");
    Map<String, Object> objection = new LinkedHashMap<>();
    objection.put("senderName", "Tổ dân phố\u0007 số 5");
    objection.put("content", "Ông Phản chưa tham gia hiến máu năm nay.\nĐề nghị Hội đồng xem lại.");
    objection.put("isComplaint", false);

    ResponseEntity<Map> response = rest.withBasicAuth("bode.hoidong", "demo")
        .postForEntity("/api/nominations/" + id + "/objections", objection, Map.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fieldErrors(response)).containsExactly(
        Map.of("field", "senderName", "message", "Nội dung chứa ký tự điều khiển U+0007, không được phép"));
    assertThat(jdbc.queryForObject("SELECT count(*) FROM objection WHERE nomination_id = ?", Integer.class, id)).isZero();
  }

  @Test
  void attachmentDescriptionWithAControlCharacterIsRefusedAndNotStored() {
    int year = TestData.sharedRound();
    int before = rowsOfYear(year);
    String id = (String) submit(individual(year, "phuong-bode", "Hồ Thị Tệp", 1970)).getBody().get("id");

    ResponseEntity<Map> response = upload(id, "Giấy khen.pdf", "Giấy khen\u0000 năm 2024");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).containsEntry("type", "ValidationError");
    assertThat(fieldErrors(response)).containsExactly(
        Map.of("field", "description", "message", "Nội dung chứa ký tự điều khiển U+0000, không được phép"));
    assertThat(jdbc.queryForObject("SELECT count(*) FROM attachment WHERE nomination_id = ?", Integer.class, id)).isZero();
  }

  @Test
  void searchForANameWithANulCharacterIsRefused() {
    ResponseEntity<Map> response = rest.withBasicAuth("bode.donvi", "demo")
        .getForEntity("/api/nominations?name={name}", Map.class, "Nguy\u0000ễn");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fieldErrors(response)).containsExactly(
        Map.of("field", "name", "message", "Nội dung chứa ký tự điều khiển U+0000, không được phép"));
  }

  /** Submitted on a day inside the round's window, as only the open round takes nominations. */
  private ResponseEntity<Map> submit(Map<String, Object> body) {
    return RoundClock.inRound(((Number) body.get("roundYear")).intValue(),
        () -> rest.withBasicAuth("bode.donvi", "demo").postForEntity("/api/nominations", body, Map.class));
  }

  private ResponseEntity<Map> upload(String id, String fileName, String description) {
    HttpHeaders part = new HttpHeaders();
    part.setContentDisposition(ContentDisposition.formData().name("file").filename(fileName, StandardCharsets.UTF_8).build());
    part.setContentType(MediaType.APPLICATION_PDF);
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("file", new HttpEntity<>(new InputStreamResource(new ByteArrayInputStream(NominationAttachmentsApiTest.PDF)), part));
    body.add("description", description);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth("bode.donvi", "demo")
        .postForEntity("/api/nominations/" + id + "/attachments", new HttpEntity<>(body, headers), Map.class);
  }

  private static List<Map<String, String>> fieldErrors(ResponseEntity<Map> response) {
    return (List<Map<String, String>>) response.getBody().get("fieldErrors");
  }

  private int rowsOfYear(int year) {
    return jdbc.queryForObject("SELECT count(*) FROM nomination WHERE round_year = ?", Integer.class, year);
  }
}
