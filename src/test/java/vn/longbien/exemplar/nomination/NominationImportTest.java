package vn.longbien.exemplar.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.HostileFiles;
import vn.longbien.exemplar.support.RoundClock;
import vn.longbien.exemplar.support.TestData;

/**
 * Bulk import through {@code POST /api/nominations/import}: every bad row is reported with its reason in
 * Vietnamese, and a file is never half imported. Every scenario uses a round of its own and uploads inside
 * its window.
 */
@ApplicationTest
@SuppressWarnings({"unchecked", "rawtypes"})
class NominationImportTest {

  private static final List<String> HEADINGS = List.of(
      "Năm bình xét", "Mã đơn vị đề cử", "Loại đối tượng", "Họ và tên / Tên tập thể", "Năm sinh", "Giới tính",
      "Chức vụ", "Nơi công tác", "Phường / đơn vị", "Mã phong trào", "Thành tích", "Tiêu chuẩn chung",
      "Tiêu chí cụ thể", "Đang bị xem xét kỷ luật, thanh tra", "Đang có khiếu nại, tố cáo");

  @Autowired private TestRestTemplate rest;
  @Autowired private JdbcTemplate jdbc;
  @Autowired private RuntimeService runtimeService;

  @Test
  void fileOf500RowsWithThreeBadRowsReportsExactlyThoseAndStartsNothing() throws IOException {
    int year = TestData.sharedRound();
    int before = rowsOfYear(year);
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      rows.add(row(year, "phuong-bode", "Nguyễn Văn Thứ " + i, 1950 + i % 50));
    }
    rows.get(57).set(3, "");
    rows.get(211).set(2, "ca nhan");
    rows.get(444).set(9, "khong-co");

    ResponseEntity<Map> response = upload(year, "bode.donvi", "de-cu.xlsx", xlsx(rows), false);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).containsEntry("type", "ImportRejected").containsEntry("totalRows", 500)
        .containsEntry("validRows", 497).containsEntry("startedCount", 0);
    List<Map<String, Object>> errors = (List<Map<String, Object>>) response.getBody().get("errors");
    assertThat(errors).extracting(e -> e.get("row"), e -> e.get("column"), e -> e.get("message")).containsExactly(
        org.assertj.core.groups.Tuple.tuple(59, "Họ và tên / Tên tập thể", "Chưa nhập họ và tên / tên tập thể"),
        org.assertj.core.groups.Tuple.tuple(213, "Loại đối tượng", "Loại đối tượng phải là tap-the, ca-nhan hoặc ho-gia-dinh"),
        org.assertj.core.groups.Tuple.tuple(446, "Mã phong trào", "Mã phong trào thi đua không có trong danh mục"));
    assertThat((String) response.getBody().get("message")).contains("3 dòng không hợp lệ", "chưa hồ sơ nào được nhập");
    assertThat(rowsOfYear(year)).isEqualTo(before);
  }

  @Test
  void officialMayChooseToStartTheValidRowsOnly() {
    int year = TestData.ownRound();
    List<List<Object>> rows = List.of(
        row(year, "phuong-bode", "Phan Thị Yến", 1981),
        row(year, "phuong-viethung", "Lý Văn Khoa", 1979),
        row(year, "phuong-bode", "Mạc Văn Toàn", 1990));

    ResponseEntity<Map> response = upload(year, "bode.donvi", "de-cu.csv", csv(rows), true);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).containsEntry("type", "Imported").containsEntry("startedCount", 2);
    List<Map<String, Object>> errors = (List<Map<String, Object>>) response.getBody().get("errors");
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e).containsEntry("row", 3).containsEntry("column", "Mã đơn vị đề cử");
      assertThat((String) e.get("message")).contains("Bạn không thuộc đơn vị đề cử");
    });
    assertThat(rowsOfYear(year)).isEqualTo(2);
    for (Object id : (List<Object>) response.getBody().get("startedNominationIds")) {
      assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("nomination-review")
          .processInstanceBusinessKey((String) id).count()).isEqualTo(1);
    }
  }

  @Test
  void byDefaultOneBadRowKeepsTheWholeCsvOut() {
    int year = TestData.sharedRound();
    int before = rowsOfYear(year);
    List<List<Object>> rows = List.of(row(year, "phuong-bode", "Đinh Văn Lực", 1977), row(year, "phuong-bode", "Đinh Thị Hà", "năm 80"));

    ResponseEntity<Map> response = upload(year, "bode.donvi", "de-cu.csv", csv(rows), false);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, Object>>) response.getBody().get("errors")).singleElement()
        .satisfies(e -> assertThat(e).containsEntry("row", 3).containsEntry("message", "Năm sinh phải là một số nguyên: “năm 80”"));
    assertThat(rowsOfYear(year)).isEqualTo(before);
  }

  @Test
  void rowForARoundThatHasClosedIsABadRowNamingTheOpenRound() {
    int closed = TestData.ownRound();
    int open = TestData.ownRound();
    List<List<Object>> rows = List.of(
        row(open, "phuong-bode", "Tô Văn Đúng Hạn", 1970), row(closed, "phuong-bode", "Tô Văn Quá Hạn", 1971));

    ResponseEntity<Map> response = upload(open, "bode.donvi", "de-cu.csv", csv(rows), false);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, Object>>) response.getBody().get("errors")).singleElement().satisfies(e -> {
      assertThat(e).containsEntry("row", 3).containsEntry("column", "Năm bình xét");
      assertThat((String) e.get("message")).startsWith("Đợt bình xét năm " + closed + " đã hết hạn nhận hồ sơ")
          .endsWith("Đợt đang nhận hồ sơ là đợt năm " + open + " (từ ngày 01/12/" + closed + ", hạn trước ngày 31/01/" + open + ").");
    });
    assertThat(rowsOfYear(open) + rowsOfYear(closed)).isZero();
  }

  @Test
  void nomineeTwiceInTheFileOrAlreadyNominatedIsABadRow() {
    int year = TestData.sharedRound();
    int before = rowsOfYear(year);
    upload(year, "bode.donvi", "truoc.csv", csv(List.of(row(year, "phuong-bode", "Trịnh Văn Đông", 1960))), false);
    List<List<Object>> rows = List.of(
        row(year, "phuong-bode", "Trinh Van Dong", 1960),
        row(year, "phuong-bode", "Bùi Thị Thu", 1988),
        row(year, "phuong-bode", "BÙI THỊ THU", 1988));

    List<Map<String, Object>> errors =
        (List<Map<String, Object>>) upload(year, "bode.donvi", "sau.csv", csv(rows), false).getBody().get("errors");

    assertThat(errors).extracting(e -> e.get("row")).containsExactly(2, 4);
    assertThat((String) errors.get(0).get("message")).contains("đã được đề cử", "không được khen thưởng hai lần");
    assertThat((String) errors.get(1).get("message")).isEqualTo("Trùng đối tượng với dòng 3 (cùng họ tên, năm sinh, đơn vị trong đợt)");
  }

  @Test
  void downloadedTemplateHasTheVietnameseHeadingsAndImportsOnceFilledIn() throws IOException {
    int year = TestData.sharedRound();
    int before = rowsOfYear(year);
    ResponseEntity<byte[]> template = rest.withBasicAuth("viethung.donvi", "demo")
        .getForEntity("/api/nominations/import/template?format=xlsx", byte[].class);
    assertThat(template.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(template.getHeaders().getContentDisposition().getFilename()).isEqualTo("mau-nhap-ho-so-de-cu.xlsx");

    byte[] filled;
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.getBody()));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.getSheetAt(0);
      List<String> headings = new ArrayList<>();
      sheet.getRow(0).forEach(cell -> headings.add(new DataFormatter().formatCellValue(cell)));
      assertThat(headings).containsExactlyElementsOf(HEADINGS);
      fill(sheet.createRow(1), row(year, "phuong-viethung", "Quách Thị Ngọc", 1992));
      workbook.write(out);
      filled = out.toByteArray();
    }
    ResponseEntity<Map> response = upload(year, "viethung.donvi", "mau-nhap-ho-so-de-cu.xlsx", filled, false);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).containsEntry("startedCount", 1);
    String csvTemplate = new String(rest.withBasicAuth("viethung.donvi", "demo")
        .getForEntity("/api/nominations/import/template?format=csv", byte[].class).getBody(), StandardCharsets.UTF_8);
    assertThat(csvTemplate).startsWith("\uFEFFNăm bình xét,Mã đơn vị đề cử,");
  }

  @Test
  void rowThatLeavesTheYearEmptyIsForTheRoundOpenToday() {
    int open = TestData.ownRound();
    List<Object> row = row(open, "phuong-bode", "Khúc Văn Trống Năm", 1966);
    row.set(0, "");

    ResponseEntity<Map> response = upload(open, "bode.donvi", "de-cu.csv", csv(List.of(row)), false);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).containsEntry("startedCount", 1);
    assertThat(rowsOfYear(open)).isEqualTo(1);
  }

  @Test
  void templateTellsThatAnEmptyYearIsTheRoundOpenToday() throws IOException {
    int open = TestData.ownRound();

    byte[] template = RoundClock.inRound(open, () -> rest.withBasicAuth("bode.donvi", "demo")
        .getForEntity("/api/nominations/import/template?format=xlsx", byte[].class).getBody());

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      Sheet help = workbook.getSheet("Hướng dẫn");
      assertThat(help.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Năm bình xét");
      assertThat(help.getRow(1).getCell(1).getStringCellValue())
          .isEqualTo("Để trống: đợt bình xét đang mở, năm " + open + " (hoặc ghi " + open + ")");
    }
  }

  @Test
  void fileOfMoreThan2000RowsIsRefusedWholeEvenWhenValidRowsMayStart() {
    int year = TestData.sharedRound();
    int before = rowsOfYear(year);
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < 2001; i++) {
      rows.add(row(year, "phuong-bode", "Lê Văn Số " + i, 1950 + i % 50));
    }

    ResponseEntity<Map> response = upload(year, "bode.donvi", "qua-nhieu.csv", csv(rows), true);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).containsEntry("type", "UnreadableFile")
        .containsEntry("message", "Tệp có 2001 dòng, vượt quá giới hạn 2000 dòng mỗi lần nhập");
    assertThat(rowsOfYear(year)).isEqualTo(before);
  }

  @Test
  void fileThatIsNotTheTemplateIsRefused() {
    ResponseEntity<Map> response = upload(TestData.sharedRound(), "bode.donvi", "khac.csv", "Họ tên,Tuổi\nAn,30\n".getBytes(StandardCharsets.UTF_8), false);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).containsEntry("type", "UnreadableFile");
    assertThat((String) response.getBody().get("message")).startsWith("Tệp thiếu cột theo mẫu: Năm bình xét");
  }

  @Test
  void csvWithAnUnterminatedQuotedFieldIsRefusedNamingTheRow() {
    int year = TestData.sharedRound();
    int before = rowsOfYear(year);
    byte[] file = (new String(csv(List.of(row(year, "phuong-bode", "Kiều Văn Đủ", 1970))), StandardCharsets.UTF_8)
        + year + ",phuong-bode,ca-nhan,\"Kiều Thị Thiếu,1971,nu\n").getBytes(StandardCharsets.UTF_8);

    ResponseEntity<Map> response = upload(year, "bode.donvi", "ngoac-kep.csv", file, true);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).containsEntry("type", "UnreadableFile").containsEntry("message",
        "Tệp CSV sai cú pháp ở dòng 3: dấu ngoặc kép (\") không khớp — một ô mở ngoặc kép mà không đóng, hoặc có ký tự"
            + " ngay sau dấu ngoặc kép đóng. Sửa dòng này rồi nhập lại");
    assertThat(rowsOfYear(year)).isEqualTo(before);
  }

  @Test
  void csvNotInUtf8IsRefusedNamingTheRow() {
    int year = TestData.sharedRound();
    int before = rowsOfYear(year);
    // As Excel on a Vietnamese Windows saves "CSV (Comma delimited)": code page 1258, not UTF-8.
    byte[] file = new String(csv(List.of(row(year, "phuong-bode", "Lê Văn Mã Cũ", 1970))), StandardCharsets.UTF_8)
        .getBytes(java.nio.charset.Charset.forName("windows-1258"));

    ResponseEntity<Map> response = upload(year, "bode.donvi", "ma-cu.csv", file, true);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).containsEntry("type", "UnreadableFile").containsEntry("message",
        "Tệp CSV không phải mã UTF-8 (lỗi ở dòng 1); trong Excel, lưu lại với kiểu “CSV UTF-8 (Comma delimited)” rồi nhập lại");
    assertThat(rowsOfYear(year)).isEqualTo(before);
  }

  @Test
  void csvWithTwoColumnsOfTheSameHeadingIsRefused() {
    int year = TestData.sharedRound();
    int before = rowsOfYear(year);
    List<Object> values = row(year, "phuong-bode", "Tạ Văn Đôi", 1970);
    values.add("Tạ Văn Đôi");
    List<Object> headings = new ArrayList<>(HEADINGS);
    headings.add("Họ và tên / Tên tập thể");
    byte[] file = (String.join(",", headings.stream().map(h -> "\"" + h + "\"").toList()) + "\n"
        + String.join(",", values.stream().map(v -> "\"" + v + "\"").toList()) + "\n").getBytes(StandardCharsets.UTF_8);

    ResponseEntity<Map> response = upload(year, "bode.donvi", "hai-cot.csv", file, true);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).containsEntry("type", "UnreadableFile")
        .containsEntry("message", "Tệp có hai cột cùng tiêu đề “Họ và tên / Tên tập thể”; mỗi cột của mẫu chỉ được có một lần");
    assertThat(rowsOfYear(year)).isEqualTo(before);
  }

  @Test
  void xlsxThatInflatesToHundredsOfMegabytesIsRefused() {
    ResponseEntity<Map> response = upload(TestData.sharedRound(), "bode.donvi", "phinh-to.xlsx", HostileFiles.zipWithOneEntryInflatingTo(300), true);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).containsEntry("type", "UnreadableFile").containsEntry("message",
        "Tệp Excel khi giải nén quá lớn hoặc nén bất thường (có thể là tệp độc hại); tệp không được đọc");
  }

  @Test
  void xlsxWithoutAnySheetIsRefused() throws IOException {
    byte[] empty;
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      workbook.write(out);
      empty = out.toByteArray();
    }

    ResponseEntity<Map> response = upload(TestData.sharedRound(), "bode.donvi", "khong-trang.xlsx", empty, true);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).containsEntry("type", "UnreadableFile")
        .containsEntry("message", "Tệp Excel không có trang tính nào");
  }

  @Test
  void cellMadeOnlyOfInvisibleCharactersIsABadRowNamingItsColumn() throws IOException {
    int year = TestData.sharedRound();
    int before = rowsOfYear(year);
    List<List<Object>> rows = List.of(row(year, "phuong-bode", "Vương Thị Thấy", 1970), row(year, "phuong-bode", "\u200B\u200B", 1971));

    ResponseEntity<Map> response = upload(year, "bode.donvi", "an.xlsx", xlsx(rows), false);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, Object>>) response.getBody().get("errors")).singleElement().satisfies(e -> assertThat(e)
        .containsEntry("row", 3).containsEntry("column", "Họ và tên / Tên tập thể")
        .containsEntry("message", "Nội dung chỉ gồm khoảng trắng hoặc ký tự ẩn"));
    assertThat(rowsOfYear(year)).isEqualTo(before);
  }

  @Test
  void cellWithAControlCharacterIsABadRowNamingItsColumn() throws IOException {
    int year = TestData.sharedRound();
    int before = rowsOfYear(year);
    List<Object> bad = row(year, "phuong-bode", "Mai Văn Chuông", 1970);
    // As Excel stores a control character in a cell (POI reads it back as U+0007).
    bad.set(7, "Tổ dân phố_x0007_ 5");

    ResponseEntity<Map> response = upload(year, "bode.donvi", "chuong.xlsx", xlsx(List.of(bad)), true);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, Object>>) response.getBody().get("errors")).singleElement().satisfies(e -> assertThat(e)
        .containsEntry("row", 2).containsEntry("column", "Nơi công tác")
        .containsEntry("message", "Nội dung chứa ký tự điều khiển U+0007, không được phép"));
    assertThat(rowsOfYear(year)).isEqualTo(before);
  }

  @Test
  void nameTypedWithCombiningMarksIsStoredPrecomposed() {
    int year = TestData.ownRound();
    ResponseEntity<Map> response =
        upload(year, "bode.donvi", "to-hop.csv", csv(List.of(row(year, "phuong-bode", "Nguye\u0302\u0303n Văn Tổ Hợp", 1970))), false);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(jdbc.queryForObject("SELECT nominee_name FROM nomination WHERE round_year = ?", String.class, year))
        .isEqualTo("Nguyễn Văn Tổ Hợp");
  }

  private static List<Object> row(int year, String unit, String name, Object birthYear) {
    return new ArrayList<>(List.of(year, unit, "ca-nhan", name, birthYear, "nam", "Tổ trưởng", "Tổ dân phố 1",
        "Phường", "chung", "Giúp đỡ người nghèo, hiến máu nhân đạo nhiều lần.", "tc1, tc2, tc3, tc4", "", "Không", "Không"));
  }

  private static byte[] xlsx(List<List<Object>> rows) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Hồ sơ");
      fill(sheet.createRow(0), new ArrayList<>(HEADINGS));
      for (int i = 0; i < rows.size(); i++) {
        fill(sheet.createRow(i + 1), rows.get(i));
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private static void fill(Row row, List<?> values) {
    for (int c = 0; c < values.size(); c++) {
      Object value = values.get(c);
      if (value instanceof Number number) {
        row.createCell(c).setCellValue(number.doubleValue());
      } else {
        row.createCell(c).setCellValue(String.valueOf(value));
      }
    }
  }

  private static byte[] csv(List<List<Object>> rows) {
    StringBuilder text = new StringBuilder(String.join(",", HEADINGS.stream().map(h -> "\"" + h + "\"").toList())).append('\n');
    for (List<Object> row : rows) {
      text.append(String.join(",", row.stream().map(v -> "\"" + v + "\"").toList())).append('\n');
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Uploads the file on a day inside the round's window. */
  private ResponseEntity<Map> upload(int round, String user, String fileName, byte[] content, boolean startValidRows) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    form.add("startValidRows", String.valueOf(startValidRows));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return RoundClock.inRound(round, () -> rest.withBasicAuth(user, "demo")
        .postForEntity("/api/nominations/import", new HttpEntity<>(form, headers), Map.class));
  }

  private int rowsOfYear(int year) {
    return jdbc.queryForObject("SELECT count(*) FROM nomination WHERE round_year = ?", Integer.class, year);
  }
}
