package vn.longbien.exemplar.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;
import vn.longbien.exemplar.nomination.NominationRepository;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.BrowserSession;
import vn.longbien.exemplar.support.RecordedNominations;
import vn.longbien.exemplar.support.TestData;

/**
 * {@code /api/reports/period} and {@code /reports/period}: the period's review over three consecutive rounds of the
 * class's own, the figures checked against what was recorded. Bồ Đề reached its yearly target (2 exemplars) in the
 * first two years and not in the third; Việt Hưng only in the third. Two exemplars were recognised in several years
 * (as the registry answers, {@link ScriptedRepeatedExemplars}), one of each ward.
 *
 * <pre>
 *               year 1                     year 2                         year 3
 * Bồ Đề        2 phường, 1 not passed     1 phường, 1 Thành phố          1 phường
 * Việt Hưng    1 quận                     –                              2 phường
 * </pre>
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeriodReportApiTest {

  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Autowired private TestRestTemplate rest;
  @Autowired private NominationRepository nominationRepository;
  @Autowired private ScriptedRepeatedExemplars repeatedExemplars;

  private final ObjectMapper json = new ObjectMapper();
  private int first;
  private String boDeExemplar;
  private String vietHungExemplar;

  @BeforeAll
  void threeRoundsRecorded() {
    first = TestData.ownRounds(3);
    RecordedNominations recorded = new RecordedNominations(nominationRepository);
    recorded.recognisedByTheWard(first, "phuong-bode");
    recorded.recognisedByTheWard(first, "phuong-bode");
    recorded.notPassedByTheWard(first, "phuong-bode");
    recorded.recognisedByTheDistrict(first, "phuong-viethung");
    recorded.recognisedByTheWard(first + 1, "phuong-bode");
    recorded.recognisedByTheCity(first + 1, "phuong-bode");
    recorded.recognisedByTheWard(first + 2, "phuong-bode");
    recorded.recognisedByTheWard(first + 2, "phuong-viethung");
    recorded.recognisedByTheWard(first + 2, "phuong-viethung");
    boDeExemplar = TestData.nominee("Nguyễn Thị Hường");
    vietHungExemplar = TestData.nominee("Đặng Văn Đức");
    repeatedExemplars.answer(first, first + 2, List.of(
        new RepeatedExemplar(1, boDeExemplar, "ca-nhan", "phuong-bode", List.of(first, first + 2)),
        new RepeatedExemplar(2, vietHungExemplar, "tap-the", "phuong-viethung", List.of(first, first + 1, first + 2))));
  }

  @Test
  void eachUnitsYearsHaveItsNominationsRecognitionsPerLevelAndWhetherItMetItsTarget() throws IOException {
    JsonNode report = period("quan.noivu");

    JsonNode boDe = unit(report, "phuong-bode");
    assertThat(boDe.get("unitName").asText()).isEqualTo("Phường Bồ Đề");
    assertThat(ints(boDe.get("years"), "year")).containsExactly(first, first + 1, first + 2);
    assertThat(ints(boDe.get("years"), "nominations")).containsExactly(3, 2, 1);
    assertThat(ints(boDe.get("years"), "recognisedWard")).containsExactly(2, 1, 1);
    assertThat(ints(boDe.get("years"), "recognisedDistrict")).containsExactly(0, 0, 0);
    assertThat(ints(boDe.get("years"), "recognisedCity")).containsExactly(0, 1, 0);
    assertThat(texts(boDe.get("years"), "statusLabel")).containsExactly("Đạt", "Đạt", "Chưa đạt");

    JsonNode vietHung = unit(report, "phuong-viethung");
    assertThat(ints(vietHung.get("years"), "nominations")).containsExactly(1, 0, 2);
    assertThat(ints(vietHung.get("years"), "recognisedDistrict")).containsExactly(1, 0, 0);
    assertThat(texts(vietHung.get("years"), "status")).containsExactly("NOT_MET", "NOT_MET", "MET");
    assertThat(vietHung.get("years").get(2).get("targets").get(0).get("achieved").asInt()).isEqualTo(2);
    assertThat(vietHung.get("totals").get("nominations").asInt()).isEqualTo(3);
  }

  @Test
  void eachYearsTotalsCountTheLevelsAndTheTargetsMet() throws IOException {
    JsonNode years = period("quan.noivu").get("years");

    assertThat(ints(years, "nominations")).containsExactly(4, 2, 3);
    assertThat(ints(years, "recognisedWard")).containsExactly(2, 1, 3);
    assertThat(ints(years, "recognisedDistrict")).containsExactly(1, 0, 0);
    assertThat(ints(years, "recognisedCity")).containsExactly(0, 1, 0);
    // a ward that reached 2, and the city's title capped at 10 (none given) are met each year
    assertThat(ints(years, "targetsMet")).containsExactly(2, 2, 2);
    for (JsonNode year : years) {
      assertThat(year.get("targetsMet").asInt() + year.get("targetsNotMet").asInt()
          + year.get("targetsNoData").asInt()).as("every line of the year's attainment report").isEqualTo(48);
      assertThat(year.get("provisional").asBoolean()).isTrue();
    }
  }

  @Test
  void thePeriodsTotalsStandAgainstThePlansTargetsAddedUpOverTheYears() throws IOException {
    JsonNode report = period("quan.noivu");

    JsonNode boDe = periodTarget(report, "phuong-bode", "phuong");
    assertThat(boDe.get("periodTarget").asDouble()).isEqualTo(6.0);
    assertThat(boDe.get("periodAchieved").asInt()).isEqualTo(5);
    assertThat(boDe.get("yearsMet").asInt()).isEqualTo(2);
    assertThat(boDe.get("yearsNotMet").asInt()).isEqualTo(1);
    assertThat(boDe.get("statusLabel").asText()).isEqualTo("Chưa đạt");
    JsonNode district = periodTarget(report, "quan-longbien", "quan");
    assertThat(district.get("periodTarget").asDouble()).isEqualTo(300.0);
    assertThat(district.get("periodAchieved").asInt()).as("individuals recognised by the district or the city").isEqualTo(2);
    JsonNode cap = periodTarget(report, "quan-longbien", "cong-dan-thu-do-uu-tu");
    assertThat(cap.get("yearsMet").asInt()).isEqualTo(3);
    assertThat(cap.get("status").asText()).isEqualTo("MET");
    assertThat(unit(report, "phuong-bode").get("totals").get("recognisedWard").asInt()).isEqualTo(4);
  }

  @Test
  void theExemplarsRecognisedInSeveralYearsAreListedWithTheirYears() throws IOException {
    JsonNode repeated = period("quan.noivu").get("repeatedExemplars");

    assertThat(repeated).hasSize(2);
    assertThat(repeated.get(0).get("name").asText()).isEqualTo(boDeExemplar);
    assertThat(repeated.get(0).get("unitName").asText()).isEqualTo("Phường Bồ Đề");
    assertThat(ints(repeated.get(0).get("years"))).containsExactly(first, first + 2);
    assertThat(repeated.get(1).get("kindLabel").asText()).isEqualTo("Tập thể");
  }

  @Test
  void withoutARangeTheReportCoversThePlansPeriodAsTheTargetsTableStatesIt() throws IOException {
    JsonNode report = jsonOf(get("quan.noivu", "/api/reports/period", null));

    // plan 26/KH-HĐTĐKT: 2023–2025, the rules [2023..2025] of yearly-targets
    assertThat(report.get("fromYear").asInt()).isEqualTo(2023);
    assertThat(report.get("toYear").asInt()).isEqualTo(2025);
    assertThat(report.get("planFromYear").asInt()).isEqualTo(2023);
    assertThat(report.get("planToYear").asInt()).isEqualTo(2025);
    assertThat(report.get("title").asText()).isEqualTo("Báo cáo tổng kết giai đoạn 2023–2025");
    assertThat(ints(report.get("years"), "year")).containsExactly(2023, 2024, 2025);
  }

  @Test
  void aWardOfficialReadsOnlyTheirWardsFiguresAndExemplars() throws IOException {
    JsonNode report = period("bode.hoidong");

    assertThat(texts(report.get("units"), "unitCode")).containsExactly("phuong-bode");
    assertThat(ints(report.get("years"), "nominations")).containsExactly(3, 2, 1);
    assertThat(texts(report.get("periodTargets"), "unitCode")).containsOnly("phuong-bode");
    assertThat(texts(report.get("repeatedExemplars"), "name")).containsExactly(boDeExemplar);
  }

  @Test
  void theSpreadsheetHasASheetPerTableWithTheFigures() throws IOException {
    ResponseEntity<byte[]> response = get("quan.noivu", range() + "&format=xlsx", null);

    assertThat(response.getHeaders().getContentType().equalsTypeAndSubtype(MediaType.parseMediaType(XLSX))).isTrue();
    assertThat(response.getHeaders().getContentDisposition().getFilename())
        .isEqualTo("tong-ket-giai-doan-" + first + "-" + (first + 2) + ".xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
      Sheet years = workbook.getSheet("Từng năm");
      assertThat(years.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Kết quả thực hiện chỉ tiêu từng năm");
      assertThat(cells(years.getRow(4))).startsWith("Năm", "Số hồ sơ đề cử", "Công nhận cấp phường",
          "Công nhận cấp quận", "Công nhận cấp Thành phố", "Chỉ tiêu đạt");
      assertThat(cells(years.getRow(5))).startsWith(String.valueOf(first), "4", "2", "1", "0", "2");
      assertThat(cells(years.getRow(6))).startsWith(String.valueOf(first + 1), "2", "1", "0", "1", "2");

      Row boDeThirdYear = row(workbook.getSheet("Đơn vị theo năm"), "Phường Bồ Đề", first + 2);
      assertThat(cells(boDeThirdYear).subList(3, 9)).containsExactly("1", "1", "0", "0", "0/1", "Chưa đạt");

      Row boDePeriod = row(workbook.getSheet("Cả giai đoạn"), "Phường Bồ Đề", null);
      assertThat(cells(boDePeriod).subList(3, 8)).containsExactly("6", "5", "2", "1", "Chưa đạt");

      Sheet repeated = workbook.getSheet("Điển hình nhiều năm");
      assertThat(cells(repeated.getRow(5))).containsExactly("1", boDeExemplar, "Cá nhân", "Phường Bồ Đề",
          first + ", " + (first + 2), "2");
    }
  }

  @Test
  void thePdfHasTheChartTheTablesAndTheVietnameseText() throws IOException {
    ResponseEntity<byte[]> response = get("quan.noivu", range(), MediaType.APPLICATION_PDF_VALUE);

    assertThat(response.getHeaders().getContentType().equalsTypeAndSubtype(MediaType.APPLICATION_PDF)).isTrue();
    try (PDDocument pdf = Loader.loadPDF(response.getBody())) {
      PDFTextStripper stripper = new PDFTextStripper();
      String text = stripper.getText(pdf);
      assertThat(text).contains("Báo cáo tổng kết giai đoạn " + first + "–" + (first + 2),
          "Mức đạt chỉ tiêu từng năm", "Năm " + first + " (tạm tính) · 4% chỉ tiêu đạt",
          "2 đạt · ", "Kết quả thực hiện chỉ tiêu từng năm", "Từng đơn vị theo năm", "Phường Bồ Đề",
          "Phường Việt Hưng", "Tổng cả giai đoạn so với chỉ tiêu của Kế hoạch", "Điển hình được công nhận nhiều năm",
          boDeExemplar, vietHungExemplar, "Chưa đạt");
    }
  }

  @Test
  void rangesThatAreNotRangesAreRefusedInVietnamese() throws IOException {
    assertRefused("/api/reports/period?from=nam-ngoai&to=" + first, "Năm đầu giai đoạn (from) không hợp lệ: “nam-ngoai”");
    assertRefused("/api/reports/period?from=" + (first + 2) + "&to=" + first,
        "Năm đầu giai đoạn (from=" + (first + 2) + ") sau năm cuối giai đoạn (to=" + first + ")");
    assertRefused("/api/reports/period?from=" + first + "&to=" + (first + 10),
        "Giai đoạn báo cáo dài 11 năm: mỗi báo cáo tối đa 10 năm");
    assertRefused("/api/reports/period?from=2020&to=2023", "Không có chỉ tiêu thi đua cho năm 2020");
    assertRefused(range() + "&format=docx", "Định dạng báo cáo không được hỗ trợ");
  }

  @Test
  void thePageShowsTheChartTheTablesAndTheDownloads() {
    String html = HtmlUtils.htmlUnescape(new BrowserSession(rest.getRootUri()).signedInAs("quan.noivu", "demo")
        .get("/reports/period?from=" + first + "&to=" + (first + 2)).body());

    assertThat(html).contains("Báo cáo tổng kết giai đoạn " + first + "–" + (first + 2), "role=\"img\"",
        "aria-label=\"Biểu đồ mức đạt chỉ tiêu từng năm. Năm " + first + " (tạm tính) · 4% chỉ tiêu đạt: 2 đạt",
        "/api/reports/period?from=" + first + "&to=" + (first + 2) + "&format=xlsx",
        "/api/reports/period?from=" + first + "&to=" + (first + 2) + "&format=pdf",
        "Điển hình được công nhận nhiều năm", boDeExemplar, "Giai đoạn của Kế hoạch theo bảng chỉ tiêu (yearly-targets): 2023–2025");
  }

  @Test
  void thePageRefusesABadRangeInVietnamese() {
    var page = new BrowserSession(rest.getRootUri()).signedInAs("bode.hoidong", "demo")
        .get("/reports/period?from=" + (first + 2) + "&to=" + first);

    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(HtmlUtils.htmlUnescape(page.body())).contains("role=\"alert\"", "sau năm cuối giai đoạn");
  }

  private void assertRefused(String url, String message) throws IOException {
    ResponseEntity<byte[]> response = get("quan.noivu", url, null);
    assertThat(response.getStatusCode()).as(url).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(jsonOf(response).get("message").asText()).as(url).startsWith(message);
  }

  private String range() {
    return "/api/reports/period?from=" + first + "&to=" + (first + 2);
  }

  private JsonNode period(String user) throws IOException {
    ResponseEntity<byte[]> response = get(user, range(), null);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return jsonOf(response);
  }

  private ResponseEntity<byte[]> get(String user, String url, String accept) {
    HttpHeaders headers = new HttpHeaders();
    if (accept != null) {
      headers.set(HttpHeaders.ACCEPT, accept);
    }
    return rest.withBasicAuth(user, "demo").exchange(url, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
  }

  private JsonNode jsonOf(ResponseEntity<byte[]> response) throws IOException {
    return json.readTree(response.getBody());
  }

  private static JsonNode unit(JsonNode report, String code) {
    for (JsonNode unit : report.get("units")) {
      if (unit.get("unitCode").asText().equals(code)) {
        return unit;
      }
    }
    throw new AssertionError("No unit " + code);
  }

  private static JsonNode periodTarget(JsonNode report, String code, String type) {
    for (JsonNode line : report.get("periodTargets")) {
      if (line.get("unitCode").asText().equals(code) && line.get("targetType").asText().equals(type)) {
        return line;
      }
    }
    throw new AssertionError("No period target " + code + " / " + type);
  }

  private static List<Integer> ints(JsonNode array, String field) {
    List<Integer> values = new ArrayList<>();
    array.forEach(node -> values.add(node.get(field).asInt()));
    return values;
  }

  private static List<Integer> ints(JsonNode array) {
    List<Integer> values = new ArrayList<>();
    array.forEach(node -> values.add(node.asInt()));
    return values;
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    array.forEach(node -> values.add(node.get(field).asText()));
    return values;
  }

  /** A row's cells as text, whole numbers without ".0". */
  private static List<String> cells(Row row) {
    List<String> texts = new ArrayList<>();
    for (Cell cell : row) {
      texts.add(cell.getCellType() == CellType.NUMERIC
          ? String.valueOf((long) cell.getNumericCellValue()) : cell.getStringCellValue());
    }
    return texts;
  }

  /** The row of the unit (column 2), and of the year (column 3) when given. */
  private static Row row(Sheet sheet, String unitName, Integer year) {
    for (Row row : sheet) {
      Cell unit = row.getCell(1);
      if (unit != null && unit.getCellType() == CellType.STRING && unit.getStringCellValue().equals(unitName)
          && (year == null || row.getCell(2).getNumericCellValue() == year)) {
        return row;
      }
    }
    throw new AssertionError("No row " + unitName + " " + year);
  }
}
