package vn.longbien.exemplar.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.BrowserSession;
import vn.longbien.exemplar.support.PageTables;
import vn.longbien.exemplar.support.RoundClock;
import vn.longbien.exemplar.support.TestData;

/**
 * The import page ({@code /nominations/import}) as an official's browser uses it, signed in: the first upload
 * only checks, the official then starts the valid rows or none. Every scenario uses a round of its own and
 * uploads inside its window.
 */
@ApplicationTest
@SuppressWarnings("rawtypes")
class ImportPagesTest {

  static final List<String> HEADINGS = List.of(
      "Năm bình xét", "Mã đơn vị đề cử", "Loại đối tượng", "Họ và tên / Tên tập thể", "Năm sinh", "Giới tính",
      "Chức vụ", "Nơi công tác", "Phường / đơn vị", "Mã phong trào", "Thành tích", "Tiêu chuẩn chung",
      "Tiêu chí cụ thể", "Đang bị xem xét kỷ luật, thanh tra", "Đang có khiếu nại, tố cáo");

  private static final String PAGE = "/nominations/import";

  @Autowired private TestRestTemplate rest;
  @Autowired private JdbcTemplate jdbc;
  @Autowired private RuntimeService runtimeService;

  @Test
  void aFileWithOneBadRowShowsThatRowsNumberHeadingAndReasonAndStartsNothing() {
    int year = TestData.sharedRound();
    int before = rowsOfYear(year);
    BrowserSession unit = browser("bode.donvi");

    HttpResponse<String> checked = upload(unit, year, "de-cu.csv", csv(
        row(year, "phuong-bode", "Hà Thị Kiểm Tra", 1980),
        row(year, "phuong-bode", "Hà Văn Sai Năm", "năm 80"),
        row(year, "phuong-bode", "Hà Thị Đúng", 1982)));
    HttpResponse<String> result = unit.get(location(checked));

    assertThat(checked.statusCode()).isEqualTo(302);
    assertThat(result.statusCode()).isEqualTo(200);
    assertThat(text(result)).contains(
        "Tệp có 3 dòng: 2 dòng hợp lệ, 1 dòng không hợp lệ; chưa hồ sơ nào được nhập",
        "Bắt đầu bình xét 2 dòng hợp lệ", "Không nhập dòng nào, để sửa tệp");
    assertThat(PageTables.rows(result.body(), "dong-loi"))
        .containsExactly(List.of("3", "Năm sinh", "Năm sinh phải là một số nguyên: “năm 80”"));
    assertThat(rowsOfYear(year)).isEqualTo(before);
  }

  @Test
  void choosingToStartTheValidRowsStartsExactlyThem() {
    int year = TestData.ownRound();
    BrowserSession unit = browser("bode.donvi");
    String result = location(upload(unit, year, "de-cu.csv", csv(
        row(year, "phuong-bode", "Lò Thị Hợp Lệ", 1981),
        row(year, "phuong-viethung", "Lò Văn Phường Khác", 1979),
        row(year, "phuong-bode", "Lò Văn Cũng Hợp Lệ", 1990))));

    HttpResponse<String> chosen = choose(unit, year, result, "start");
    String outcome = text(unit.get(location(chosen)));

    assertThat(chosen.statusCode()).isEqualTo(302);
    assertThat(outcome).contains("Đã nhập và bắt đầu bình xét 2 hồ sơ; bỏ qua 1 dòng không hợp lệ",
        "Lò Thị Hợp Lệ", "Lò Văn Cũng Hợp Lệ", "Các dòng đã bỏ qua (chưa nhập)", "Bạn không thuộc đơn vị đề cử");
    assertThat(jdbc.queryForList("SELECT nominee_name FROM nomination WHERE round_year = ?", String.class, year))
        .containsExactlyInAnyOrder("Lò Thị Hợp Lệ", "Lò Văn Cũng Hợp Lệ");
    for (String id : jdbc.queryForList("SELECT id FROM nomination WHERE round_year = ?", String.class, year)) {
      assertThat(outcome).contains("/nominations/" + id);
      assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("nomination-review")
          .processInstanceBusinessKey(id).count()).isOne();
    }
  }

  @Test
  void choosingToStartNoneStartsNothingAndKeepsTheReasonsToCorrect() {
    int year = TestData.sharedRound();
    int before = rowsOfYear(year);
    BrowserSession unit = browser("bode.donvi");
    String result = location(upload(unit, year, "de-cu.csv", csv(
        row(year, "phuong-bode", "Mai Thị Không Nhập", 1981), row(year, "phuong-bode", "", 1983))));

    HttpResponse<String> chosen = choose(unit, year, result, "none");
    String outcome = text(unit.get(location(chosen)));

    assertThat(outcome).contains("Không hồ sơ nào được nhập từ tệp này", "Chưa nhập họ và tên / tên tập thể")
        .doesNotContain("Bắt đầu bình xét 1 dòng hợp lệ");
    assertThat(rowsOfYear(year)).isEqualTo(before);
  }

  @Test
  void aSecondSubmissionOfTheChoiceStartsNothingMore() {
    int year = TestData.sharedRound();
    int before = rowsOfYear(year);
    BrowserSession unit = browser("bode.donvi");
    String result = location(upload(unit, year, "de-cu.csv", csv(row(year, "phuong-bode", "Đào Văn Bấm Hai Lần", 1975))));

    choose(unit, year, result, "start");
    HttpResponse<String> again = choose(unit, year, result, "start");

    assertThat(again.statusCode()).isEqualTo(302);
    assertThat(text(unit.get(location(again)))).contains("Đã nhập và bắt đầu bình xét 1 hồ sơ");
    assertThat(rowsOfYear(year)).isEqualTo(before + 1);
  }

  @Test
  void aRowThatTurnedBadAfterTheCheckStartsNothingAndShowsTheNewCheck() {
    int year = TestData.sharedRound();
    int before = rowsOfYear(year);
    BrowserSession unit = browser("bode.donvi");
    String result = location(upload(unit, year, "de-cu.csv", csv(
        row(year, "phuong-bode", "Tạ Thị Nộp Trước", 1970), row(year, "phuong-bode", "Tạ Văn Vẫn Hợp Lệ", 1971))));
    // Meanwhile a colleague imports the same nominee.
    BrowserSession colleague = browser("bode.donvi");
    choose(colleague, year, location(upload(colleague, year, "khac.csv", csv(row(year, "phuong-bode", "Ta Thi Nop Truoc", 1970)))),
        "start");
    assertThat(rowsOfYear(year)).isEqualTo(before + 1);

    HttpResponse<String> chosen = choose(unit, year, result, "start");
    String page = text(unit.get(location(chosen)));

    assertThat(page).contains("Kiểm tra lại tệp cho kết quả khác lần trước (1 dòng không hợp lệ thay vì 0)",
        "đã được đề cử", "Bắt đầu bình xét 1 dòng hợp lệ");
    assertThat(rowsOfYear(year)).isEqualTo(before + 1);
  }

  @Test
  void aCheckIsTheUploadingOfficialsOwnAnotherOfficialCannotReadOrStartIt() {
    int year = TestData.sharedRound();
    int before = rowsOfYear(year);
    String result = location(upload(browser("bode.donvi"), year, "de-cu.csv",
        csv(row(year, "phuong-bode", "Khổng Thị Phiên Khác", 1970))));

    BrowserSession other = browser("quan.noivu");
    HttpResponse<String> read = other.get(result);
    HttpResponse<String> chosen = choose(other, year, result, "start");

    assertThat(read.statusCode()).isEqualTo(404);
    assertThat(text(read)).doesNotContain("Khổng Thị Phiên Khác");
    assertThat(chosen.statusCode()).isEqualTo(404);
    assertThat(text(chosen)).contains("Kết quả kiểm tra này không còn được giữ");
    assertThat(rowsOfYear(year)).isEqualTo(before);
  }

  @Test
  void theChoiceMayReachAnotherSessionOfTheSameOfficialAsOnAnotherNodeWithoutStickySessions() {
    int year = TestData.sharedRound();
    int before = rowsOfYear(year);
    String result = location(upload(browser("bode.donvi"), year, "de-cu.csv",
        csv(row(year, "phuong-bode", "Khổng Văn Nút Khác", 1971))));

    BrowserSession otherNode = browser("bode.donvi");
    HttpResponse<String> chosen = choose(otherNode, year, result, "start");

    assertThat(text(otherNode.get(location(chosen)))).contains("Đã nhập và bắt đầu bình xét 1 hồ sơ", "Khổng Văn Nút Khác");
    assertThat(rowsOfYear(year)).isEqualTo(before + 1);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM checked_import WHERE token = ? AND content IS NULL",
        Integer.class, result.substring(result.lastIndexOf('/') + 1))).as("the file's bytes dropped once chosen").isOne();
  }

  @Test
  void anExpiredCheckStartsNothing() {
    int year = TestData.sharedRound();
    int before = rowsOfYear(year);
    BrowserSession unit = browser("bode.donvi");
    String result = location(upload(unit, year, "de-cu.csv", csv(row(year, "phuong-bode", "Khổng Thị Quá Hạn", 1972))));
    jdbc.update("UPDATE checked_import SET expires_at = ? WHERE token = ?",
        java.time.OffsetDateTime.now().minusMinutes(1), result.substring(result.lastIndexOf('/') + 1));

    HttpResponse<String> chosen = choose(unit, year, result, "start");

    assertThat(chosen.statusCode()).isEqualTo(404);
    assertThat(text(chosen)).contains("Kết quả kiểm tra này không còn được giữ (quá 24 giờ sau khi kiểm tra)");
    assertThat(rowsOfYear(year)).isEqualTo(before);
  }

  @Test
  void aFileTooLargeToKeepIsChosenAgainWithTheChoiceAndMustBeTheSameFile() {
    int year = TestData.ownRound();
    BrowserSession unit = browser("bode.donvi");
    // A column the template does not have is ignored: here it makes the file larger than the session keeps.
    byte[] large = withExtraColumn(csv(row(year, "phuong-bode", "Vũ Thị Tệp Lớn", 1980)), 3 * 1024 * 1024);
    String result = location(upload(unit, year, "lon.csv", large));
    assertThat(text(unit.get(result))).contains("Chọn lại tệp “lon.csv”");

    HttpResponse<String> withoutFile = choose(unit, year, result, "start");
    assertThat(withoutFile.statusCode()).isEqualTo(400);
    assertThat(text(withoutFile)).contains("aria-invalid=\"true\"", "để bắt đầu bình xét các dòng hợp lệ");

    HttpResponse<String> anotherFile = chooseWithFile(unit, year, result, "khac.csv",
        csv(row(year, "phuong-bode", "Vũ Văn Tệp Khác", 1981)));
    assertThat(text(unit.get(location(anotherFile)))).contains("Tệp vừa chọn khác tệp đã kiểm tra", "Vũ Văn Tệp Khác");
    assertThat(rowsOfYear(year)).isZero();

    HttpResponse<String> sameFile = chooseWithFile(unit, year, result, "lon.csv", large);
    assertThat(text(unit.get(location(sameFile)))).contains("Đã nhập và bắt đầu bình xét 1 hồ sơ");
    assertThat(jdbc.queryForList("SELECT nominee_name FROM nomination WHERE round_year = ?", String.class, year))
        .containsExactly("Vũ Thị Tệp Lớn");
  }

  @Test
  void anUnreadableFileIsAMessageOnThePageWithStatus400() {
    int year = TestData.sharedRound();
    int before = rowsOfYear(year);
    BrowserSession unit = browser("bode.donvi");

    HttpResponse<String> notTheTemplate = upload(unit, year, "khac.csv", "Họ tên,Tuổi\nAn,30\n".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> notASpreadsheet = upload(unit, year, "anh.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});

    assertThat(notTheTemplate.statusCode()).isEqualTo(400);
    assertThat(text(notTheTemplate)).contains("role=\"alert\"", "Tệp thiếu cột theo mẫu: Năm bình xét", "aria-invalid=\"true\"")
        .doesNotContain("Bắt đầu bình xét");
    assertThat(notASpreadsheet.statusCode()).isEqualTo(400);
    assertThat(text(notASpreadsheet)).contains("Chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv)");
    assertThat(rowsOfYear(year)).isEqualTo(before);
  }

  @Test
  void thePageLinksTheTemplatesAndExplainsTheSteps() {
    BrowserSession unit = browser("bode.donvi");

    String page = text(unit.get(PAGE));

    assertThat(page).contains("<h1>Nhập hồ sơ đề cử từ tệp</h1>", "/api/nominations/import/template?format=xlsx",
        "/api/nominations/import/template?format=csv", "<label for=\"file\">", "enctype=\"multipart/form-data\"",
        "aria-current=\"page\"");
    assertThat(unit.getBytes("/api/nominations/import/template?format=csv").statusCode()).isEqualTo(200);
  }

  @Test
  void aWardCouncilMemberIsRefusedTheImportPage() {
    int year = TestData.sharedRound();
    int before = rowsOfYear(year);
    BrowserSession council = browser("bode.hoidong");

    HttpResponse<String> page = council.get(PAGE);
    HttpResponse<String> upload = RoundClock.inRound(year, () -> council.postFilesFrom("/", PAGE, Map.of(),
        Map.of("de-cu.csv", csv(row(year, "phuong-bode", "Đỗ Văn Không Được", 1980)))));

    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.body()).contains("Không có quyền truy cập");
    assertThat(council.get("/").body()).doesNotContain("Nhập từ tệp");
    assertThat(upload.statusCode()).isEqualTo(403);
    assertThat(rowsOfYear(year)).isEqualTo(before);
  }

  @Test
  void aFileOverTheUploadLimitIsAVietnamesePageWithStatus413ButJsonInTheApi() {
    byte[] tooLarge = new byte[11 * 1024 * 1024];

    HttpResponse<String> page = browser("bode.donvi").postFilesFrom(PAGE, PAGE, Map.of(), Map.of("lon.csv", tooLarge));
    org.springframework.util.LinkedMultiValueMap<String, Object> form = new org.springframework.util.LinkedMultiValueMap<>();
    form.add("file", new org.springframework.core.io.ByteArrayResource(tooLarge) {
      @Override
      public String getFilename() {
        return "lon.csv";
      }
    });
    org.springframework.http.ResponseEntity<Map> api = rest.withBasicAuth("bode.donvi", "demo")
        .postForEntity("/api/nominations/import", form, Map.class);

    assertThat(page.statusCode()).isEqualTo(413);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(text(page)).contains("<h1>Tệp quá lớn</h1>", "chưa có gì được ghi nhận");
    assertThat(api.getStatusCode().value()).isEqualTo(413);
    assertThat(api.getBody()).containsEntry("type", "PayloadTooLarge")
        .containsEntry("message", "Tệp quá lớn so với giới hạn cho phép");
  }

  private BrowserSession browser(String user) {
    return new BrowserSession(rest.getRootUri()).signedInAs(user, "demo");
  }

  private static HttpResponse<String> upload(BrowserSession session, int year, String fileName, byte[] content) {
    return RoundClock.inRound(year, () -> session.postFilesFrom(PAGE, PAGE, Map.of(), Map.of(fileName, content)));
  }

  private static HttpResponse<String> choose(BrowserSession session, int year, String resultPage, String choice) {
    String path = "/nominations/import/" + lastSegment(resultPage);
    return RoundClock.inRound(year, () -> session.postFormFrom(PAGE, path, Map.of("choice", choice)));
  }

  private static HttpResponse<String> chooseWithFile(
      BrowserSession session, int year, String resultPage, String fileName, byte[] content) {
    String path = "/nominations/import/" + lastSegment(resultPage);
    return RoundClock.inRound(year, () -> session.postFilesFrom(PAGE, path, Map.of("choice", "start"), Map.of(fileName, content)));
  }

  /** Where a redirect sends the browser, as a path. */
  private static String location(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
    String to = response.headers().firstValue("Location").orElseThrow();
    return java.net.URI.create(to).getPath();
  }

  private static String lastSegment(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static String text(HttpResponse<String> page) {
    return HtmlUtils.htmlUnescape(page.body());
  }

  private int rowsOfYear(int year) {
    return jdbc.queryForObject("SELECT count(*) FROM nomination WHERE round_year = ?", Integer.class, year);
  }

  static List<Object> row(int year, String unit, String name, Object birthYear) {
    return new ArrayList<>(List.of(year, unit, "ca-nhan", name, birthYear, "nam", "Tổ trưởng", "Tổ dân phố 1",
        "Phường", "chung", "Giúp đỡ người nghèo, hiến máu nhân đạo nhiều lần.", "tc1, tc2, tc3, tc4", "", "Không", "Không"));
  }

  @SafeVarargs
  static byte[] csv(List<Object>... rows) {
    StringBuilder text = new StringBuilder(String.join(",", HEADINGS.stream().map(h -> "\"" + h + "\"").toList())).append('\n');
    for (List<Object> row : rows) {
      text.append(String.join(",", row.stream().map(v -> "\"" + v + "\"").toList())).append('\n');
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The CSV with one more column, "Ghi chú", holding about {@code bytes} bytes in its first row. */
  private static byte[] withExtraColumn(byte[] csv, int bytes) {
    String[] lines = new String(csv, StandardCharsets.UTF_8).split("\n");
    StringBuilder text = new StringBuilder(lines[0]).append(",\"Ghi chú\"\n")
        .append(lines[1]).append(",\"").append("x".repeat(bytes)).append("\"\n");
    for (int i = 2; i < lines.length; i++) {
      text.append(lines[i]).append(",\"\"\n");
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }
}
