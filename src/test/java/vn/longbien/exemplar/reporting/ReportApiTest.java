package vn.longbien.exemplar.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.longbien.exemplar.campaign.ReviewRound;
import vn.longbien.exemplar.campaign.ReviewRoundRepository;
import vn.longbien.exemplar.campaign.RoundReport;
import vn.longbien.exemplar.nomination.Nomination;
import vn.longbien.exemplar.nomination.NominationRepository;
import vn.longbien.exemplar.nomination.NominationStatus;
import vn.longbien.exemplar.support.ApplicationTest;

/**
 * {@code /api/reports} as the demo officials read it over HTTP: target attainment counted from the nominations
 * recorded, in JSON, a spreadsheet or a PDF with Vietnamese text, each official reading the lines of the
 * units they may read. Every scenario uses a year of its own, as the context is shared.
 */
@ApplicationTest
class ReportApiTest {

  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final String TITLE = "Báo cáo kết quả thực hiện chỉ tiêu điển hình tiên tiến năm ";

  @Autowired private TestRestTemplate rest;
  @Autowired private NominationRepository nominations;
  @Autowired private ReviewRoundRepository rounds;
  @Autowired private RoundReport roundReport;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void targetAttainmentCountsTheNominationsRecordedForTheYear() throws IOException {
    int year = 2161;
    recordedYear(year);

    JsonNode report = jsonOf(get("quan.noivu", "/api/reports/targets?year=" + year, null));

    assertThat(report.get("title").asText()).isEqualTo(TITLE + year);
    assertThat(report.get("provisional").asBoolean()).isTrue();
    assertThat(line(report, "phuong-bode", "phuong").get("achieved").asInt()).isEqualTo(2);
    assertThat(line(report, "phuong-bode", "phuong").get("status").asText()).isEqualTo("MET");
    assertThat(line(report, "phuong-bode", "phuong").get("statusLabel").asText()).isEqualTo("Đạt");
    assertThat(line(report, "phuong-viethung", "phuong").get("achieved").asInt()).isEqualTo(1);
    assertThat(line(report, "phuong-viethung", "phuong").get("statusLabel").asText()).isEqualTo("Chưa đạt");
    assertThat(line(report, "quan-longbien", "quan").get("achieved").asInt()).isEqualTo(1);
    assertThat(line(report, "quan-longbien", "de-xuat-thanh-pho").get("achieved").asInt()).isEqualTo(1);
    assertThat(line(report, "quan-longbien", "cong-dan-thu-do-uu-tu").get("achieved").asInt()).isEqualTo(1);
    assertThat(line(report, "quan-longbien", "cong-dan-thu-do-uu-tu").get("status").asText()).isEqualTo("MET");
    assertThat(line(report, "quan-longbien", "sach-bong-hoa").get("achieved").asInt()).isZero();
    assertThat(line(report, "quan-longbien", "sach-bong-hoa").get("statusLabel").asText()).isEqualTo("Chưa đạt");
  }

  @Test
  void departmentTargetIsFivePercentOfItsHeadcount() throws IOException {
    int year = 2162;
    nominate(year, "phong-yte", "tap-the", NominationStatus.RECOGNISED_DISTRICT, "quan", "y-te-an-toan-thuc-pham");

    JsonNode department = line(jsonOf(get("quan.noivu", "/api/reports/targets?year=" + year, null)), "phong-yte", "phong-ban");

    assertThat(department.get("targetValue").asDouble()).isEqualTo(16.0);
    assertThat(department.get("achieved").asInt()).isEqualTo(1);
    assertThat(department.get("status").asText()).isEqualTo("NOT_MET");
  }

  @Test
  void leadUnitCountsTheExemplarsItIntroducedForItsMovement() throws IOException {
    int year = 2163;
    nominate(year, "phong-yte", "ca-nhan", NominationStatus.IN_REVIEW, null, "y-te-an-toan-thuc-pham");
    nominate(year, "phong-yte", "ca-nhan", NominationStatus.WITHDRAWN, null, "y-te-an-toan-thuc-pham");
    nominate(year, "phong-yte", "ca-nhan", NominationStatus.IN_REVIEW, null, "chung");

    JsonNode lead = line(jsonOf(get("quan.noivu", "/api/reports/targets?year=" + year, null)), "phong-yte", "don-vi-chu-tri");

    assertThat(lead.get("achieved").asInt()).isEqualTo(1);
    assertThat(lead.get("targetValue").asDouble()).isEqualTo(5.0);
    assertThat(lead.get("target").asText()).contains("hạn 30/01/" + year);
  }

  @Test
  void wardOfficialSeesOnlyTheirWardsLine() throws IOException {
    int year = 2164;
    recordedYear(year);

    JsonNode report = jsonOf(get("bode.hoidong", "/api/reports/targets?year=" + year, null));

    assertThat(report.get("lines")).hasSize(1);
    assertThat(report.get("lines").get(0).get("unitCode").asText()).isEqualTo("phuong-bode");
    assertThat(report.get("lines").get(0).get("achieved").asInt()).isEqualTo(2);
  }

  @Test
  void auditorReadsEveryLineIncludingTheDistrictTotals() throws IOException {
    JsonNode report = jsonOf(get("thanhtra", "/api/reports/targets?year=2165", null));

    // 14 wards, 14 departments, 16 lead units' movements, 4 district targets
    assertThat(report.get("lines")).hasSize(48);
    assertThat(line(report, "quan-longbien", "quan").get("achieved").asInt()).isZero();
  }

  @Test
  void spreadsheetChosenByAcceptHeaderHasVietnameseHeadingsAndTheCounts() throws IOException {
    int year = 2166;
    recordedYear(year);

    ResponseEntity<byte[]> response = get("quan.noivu", "/api/reports/targets?year=" + year, XLSX);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType().equalsTypeAndSubtype(MediaType.parseMediaType(XLSX))).isTrue();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(TITLE + year);
      assertThat(texts(sheet.getRow(4))).containsExactly("STT", "Đơn vị", "Chỉ tiêu", "Số phải đạt", "Kết quả", "Đánh giá");
      Row bode = rowOf(sheet, "Phường Bồ Đề");
      assertThat(bode.getCell(4).getNumericCellValue()).isEqualTo(2.0);
      assertThat(bode.getCell(5).getStringCellValue()).isEqualTo("Đạt");
      assertThat(rowOf(sheet, "Phường Việt Hưng").getCell(5).getStringCellValue()).isEqualTo("Chưa đạt");
    }
  }

  @Test
  void formatParameterWinsOverTheAcceptHeader() throws IOException {
    ResponseEntity<byte[]> response = get("quan.noivu", "/api/reports/targets?year=2167&format=json", XLSX);

    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
    assertThat(jsonOf(response).get("year").asInt()).isEqualTo(2167);
  }

  @Test
  void yearThatIsNotAYearIsRefusedInVietnamese() throws IOException {
    ResponseEntity<byte[]> response = get("quan.noivu", "/api/reports/targets?year=nam-nay", XLSX);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(jsonOf(response).get("message").asText()).startsWith("Năm báo cáo không hợp lệ");
  }

  @Test
  void yearWithoutTargetsInTheDecisionTableIsRefusedInVietnamese() throws IOException {
    ResponseEntity<byte[]> response = get("quan.noivu", "/api/reports/targets?year=1999", null);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(jsonOf(response).get("message").asText()).isEqualTo(
        "Không có chỉ tiêu thi đua cho năm 1999 trong bảng chỉ tiêu (yearly-targets)");
  }

  @Test
  void yearlyReportBeforeTheRoundClosesIsNotFoundInVietnamese() throws IOException {
    ResponseEntity<byte[]> response = get("quan.noivu", "/api/reports/yearly?year=2168", null);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(jsonOf(response).get("message").asText()).startsWith("Chưa có báo cáo đợt bình xét năm 2168");
  }

  @Test
  void yearlyReportIsTheReportStoredWhenTheRoundClosed() throws IOException {
    int year = 2169;
    recordedYear(year);
    rounds.save(new ReviewRound(year, Instant.now(), "quan.noivu", Instant.now()));
    roundReport.close(year, "Đóng đợt theo kế hoạch");
    nominate(year, "phuong-bode", "ca-nhan", NominationStatus.RECOGNISED_WARD, "phuong", "chung");

    JsonNode report = jsonOf(get("quan.noivu", "/api/reports/yearly?year=" + year, null));

    assertThat(report.get("lines")).hasSize(30);
    JsonNode bode = report.get("lines").get(0);
    assertThat(bode.get("unitName").asText()).isEqualTo("Phường Bồ Đề");
    assertThat(bode.get("nominations").asInt()).isEqualTo(3);
    assertThat(bode.get("recognisedWard").asInt()).isEqualTo(2);
    assertThat(bode.get("statusLabel").asText()).isEqualTo("Đạt");
  }

  @Test
  void wardOfficialReadsOnlyTheirWardInTheYearlyReport() throws IOException {
    int year = 2170;
    recordedYear(year);
    rounds.save(new ReviewRound(year, Instant.now(), "quan.noivu", Instant.now()));
    roundReport.close(year, null);

    ResponseEntity<byte[]> response = get("bode.hoidong", "/api/reports/yearly?year=" + year + "&format=xlsx", null);

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(texts(sheet.getRow(4))).contains("Số hồ sơ đề cử", "Công nhận cấp phường", "Đề xuất Thành phố");
      assertThat(sheet.getLastRowNum()).isEqualTo(5);
      assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).isEqualTo("Phường Bồ Đề");
      assertThat(sheet.getRow(5).getCell(2).getNumericCellValue()).isEqualTo(3.0);
    }
  }

  /** Bồ Đề: 2 recognised, 1 not passed; Việt Hưng: 1 individual honoured by the city with the title. */
  private void recordedYear(int year) {
    nominate(year, "phuong-bode", "ca-nhan", NominationStatus.RECOGNISED_WARD, "phuong", "chung");
    nominate(year, "phuong-bode", "tap-the", NominationStatus.RECOGNISED_WARD, "phuong", "chung");
    nominate(year, "phuong-bode", "ca-nhan", NominationStatus.NOT_PASSED_WARD, null, "chung");
    Nomination city = nomination(year, "phuong-viethung", "ca-nhan", NominationStatus.RECOGNISED_CITY, "thanh-pho", "chung");
    city.awardOutstandingCitizenTitle();
    nominations.save(city);
  }

  private void nominate(int year, String unit, String kind, NominationStatus status, String level, String movement) {
    nominations.save(nomination(year, unit, kind, status, level, movement));
  }

  private static Nomination nomination(
      int year, String unit, String kind, NominationStatus status, String level, String movement) {
    Nomination nomination = new Nomination(
        UUID.randomUUID().toString(), year, unit,
        new Nomination.Nominee(kind, "Nguyễn Thị Hoa " + UUID.randomUUID(), "ca-nhan".equals(kind) ? 1980 : null,
            null, null, null, null),
        new Nomination.Dossier(movement, "Thành tích tiêu biểu", List.of("tc1", "tc2"), List.of(), false, false));
    nomination.moveTo(status, status == NominationStatus.RECOGNISED_CITY ? "EndEvent_RecognisedCity" : null, null);
    if (level != null) {
      nomination.recognise(level);
    }
    return nomination;
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

  private static JsonNode line(JsonNode report, String unit, String targetType) {
    for (JsonNode line : report.get("lines")) {
      if (line.get("unitCode").asText().equals(unit) && line.get("targetType").asText().equals(targetType)) {
        return line;
      }
    }
    throw new AssertionError("No line " + unit + " / " + targetType + " in " + report);
  }

  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    for (Cell cell : row) {
      texts.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : String.valueOf(cell));
    }
    return texts;
  }

  private static Row rowOf(Sheet sheet, String unitName) {
    for (Row row : sheet) {
      Cell cell = row.getCell(1);
      if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(unitName)) {
        return row;
      }
    }
    throw new AssertionError("No row for " + unitName);
  }
}
