package vn.longbien.exemplar.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.web.util.HtmlUtils;
import vn.longbien.exemplar.campaign.ReviewRound;
import vn.longbien.exemplar.campaign.ReviewRoundRepository;
import vn.longbien.exemplar.campaign.RoundReport;
import vn.longbien.exemplar.nomination.NominationRepository;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.BrowserSession;
import vn.longbien.exemplar.support.RecordedNominations;
import vn.longbien.exemplar.support.TestData;

/**
 * {@code /reports} as an official's browser gets it, signed in through the sign-in page: the year's attainment
 * table and chart with the lines the official may read, the downloads of {@code /api/reports}, the yearly report
 * once the round has closed. Two rounds of the class's own: in both Bồ Đề reached its target (2 recognised, one
 * not passed) and Việt Hưng did not (1 recognised); the second is closed.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPagesTest {

  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final Pattern ROW = Pattern.compile("<tr>\\s*<td class=\"number\">(\\d+)</td>\\s*<td>([^<]+)</td>");
  private static final String NGOC_LAM_COUNCIL = "ngoclam.hoidong";

  @Autowired private TestRestTemplate rest;
  @Autowired private NominationRepository nominationRepository;
  @Autowired private ReviewRoundRepository rounds;
  @Autowired private RoundReport roundReport;
  @Autowired private IdentityService identityService;

  private int year;
  private int closedYear;
  private int ngocLamYear;

  @BeforeAll
  void boDeReachedItsTargetVietHungDidNot() {
    year = TestData.ownRound();
    closedYear = TestData.ownRound();
    RecordedNominations recorded = new RecordedNominations(nominationRepository);
    for (int round : List.of(year, closedYear)) {
      recorded.recognisedByTheWard(round, "phuong-bode");
      recorded.recognisedByTheWard(round, "phuong-bode");
      recorded.notPassedByTheWard(round, "phuong-bode");
      recorded.recognisedByTheWard(round, "phuong-viethung");
    }
    rounds.save(new ReviewRound(closedYear, Instant.now(), "quan.noivu", Instant.now()));
    roundReport.close(closedYear, "Đóng đợt theo kế hoạch");
    ngocLamYear = TestData.ownRound();
    recorded.recognisedByTheWard(ngocLamYear, "phuong-ngoclam");
  }

  @Test
  void phongNoiVuSeesEveryUnitsLineTheChartAndTheDownloads() {
    HttpResponse<String> page = browser("quan.noivu").get("/reports?year=" + year);
    String html = HtmlUtils.htmlUnescape(page.body());

    assertThat(page.statusCode()).isEqualTo(200);
    // 14 wards, 14 departments, 16 lead units' movements, 4 district targets, as the API gives them
    assertThat(rows(html)).hasSize(48).contains("Phường Bồ Đề", "Phường Việt Hưng", "Phòng Y tế", "Quận Long Biên");
    assertThat(html).contains("<span class=\"badge ok\">Đạt</span>", "<span class=\"badge bad\">Chưa đạt</span>",
        "Tạm tính: đợt bình xét chưa đóng");
    assertThat(html).contains("role=\"img\"", "aria-label=\"Biểu đồ tỷ lệ đạt chỉ tiêu, Phường. 1. Phường Bồ Đề: 2 trên 2, Đạt;",
        "Phường Việt Hưng: 1 trên 2, Chưa đạt", "2/2 · Đạt");
    assertThat(html).contains("href=\"/api/reports/targets?year=" + year + "&format=xlsx\"",
        "href=\"/api/reports/targets?year=" + year + "&format=pdf\"");
  }

  @Test
  void aWardOfficialSeesOnlyTheirWardsLine() {
    String html = HtmlUtils.htmlUnescape(browser("bode.hoidong").get("/reports?year=" + year).body());

    assertThat(rows(html)).containsExactly("Phường Bồ Đề");
    assertThat(html).contains("1 Đạt", "2/2 · Đạt").doesNotContain("Phường Việt Hưng", "Phòng Y tế",
        "Chỉ tiêu chung của Quận", "Cá nhân đề xuất Thành phố");
  }

  @Test
  void theDownloadLinksAnswerWithTheFilesInTheOfficialsSession() {
    BrowserSession noiVu = browser("quan.noivu");
    String html = HtmlUtils.htmlUnescape(noiVu.get("/reports?year=" + year).body());

    HttpResponse<byte[]> spreadsheet = noiVu.getBytes(link(html, "format=xlsx"));
    HttpResponse<byte[]> pdf = noiVu.getBytes(link(html, "format=pdf"));

    assertThat(spreadsheet.statusCode()).isEqualTo(200);
    assertThat(spreadsheet.headers().firstValue("Content-Type").orElseThrow()).startsWith(XLSX);
    assertThat(spreadsheet.body()).startsWith('P', 'K');
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
  }

  @Test
  void beforeTheRoundClosesThePageSaysThereIsNoYearlyReportYet() {
    String html = HtmlUtils.htmlUnescape(browser("quan.noivu").get("/reports?year=" + year).body());

    assertThat(html).contains("Chưa có báo cáo đợt bình xét năm " + year + ": báo cáo được lập khi đóng đợt bình xét.")
        .doesNotContain("/api/reports/yearly");
  }

  @Test
  void onceTheRoundHasClosedTheYearlyReportIsOnThePageWithItsDownloads() {
    BrowserSession ward = browser("bode.chutich");
    String html = HtmlUtils.htmlUnescape(ward.get("/reports?year=" + closedYear).body());

    assertThat(html).contains("Báo cáo đợt bình xét năm " + closedYear + ", số liệu khi đóng đợt ngày",
        "Số liệu khi đóng đợt, 1 đơn vị", "Công nhận cấp phường").doesNotContain("Chưa có báo cáo đợt bình xét");
    HttpResponse<byte[]> spreadsheet = ward.getBytes(link(html, "/api/reports/yearly?year=" + closedYear + "&format=xlsx"));
    assertThat(spreadsheet.statusCode()).isEqualTo(200);
    assertThat(spreadsheet.headers().firstValue("Content-Type").orElseThrow()).startsWith(XLSX);
  }

  @Test
  void aBadYearIsAVietnameseMessageOnThePageNotAnError() {
    BrowserSession noiVu = browser("quan.noivu");

    HttpResponse<String> notAYear = noiVu.get("/reports?year=nam-nay");
    HttpResponse<String> noTargets = noiVu.get("/reports?year=1999");

    assertThat(notAYear.statusCode()).isEqualTo(400);
    assertThat(HtmlUtils.htmlUnescape(notAYear.body())).contains("Năm báo cáo không hợp lệ: “nam-nay”",
        "value=\"nam-nay\"", "aria-invalid=\"true\"").doesNotContain("role=\"img\"");
    assertThat(noTargets.statusCode()).isEqualTo(400);
    assertThat(HtmlUtils.htmlUnescape(noTargets.body()))
        .contains("Không có chỉ tiêu thi đua cho năm 1999 trong bảng chỉ tiêu (yearly-targets)");
  }

  @Test
  void withoutAYearThePageOpensOnTheLatestYearWithTheOfficialsData() {
    official(NGOC_LAM_COUNCIL, "phuong-ngoclam-hoidong");
    String html;
    try {
      html = HtmlUtils.htmlUnescape(browser(NGOC_LAM_COUNCIL).get("/reports").body());
    } finally {
      identityService.deleteUser(NGOC_LAM_COUNCIL);
    }

    assertThat(html).contains("value=\"" + ngocLamYear + "\"", "năm " + ngocLamYear + "</h2>");
    assertThat(rows(html)).containsExactly("Phường Ngọc Lâm");
  }

  /** The units of the attainment table's lines, in order. */
  private static List<String> rows(String html) {
    String table = html.substring(html.indexOf("<table class=\"report\">"));
    table = table.substring(0, table.indexOf("</table>"));
    List<String> units = new ArrayList<>();
    Matcher row = ROW.matcher(table);
    while (row.find()) {
      units.add(row.group(2));
    }
    return units;
  }

  private static String link(String html, String containing) {
    Matcher href = Pattern.compile("href=\"([^\"]*" + Pattern.quote(containing) + "[^\"]*)\"").matcher(html);
    assertThat(href.find()).as("a link with " + containing).isTrue();
    return href.group(1);
  }

  /** An official of a ward no other scenario records nominations for. */
  private void official(String userId, String group) {
    User user = identityService.newUser(userId);
    user.setFirstName("Thư ký Hội đồng TĐKT");
    user.setLastName("phường Ngọc Lâm");
    user.setPassword("demo");
    identityService.saveUser(user);
    identityService.createMembership(userId, group);
  }

  private BrowserSession browser(String user) {
    return new BrowserSession(rest.getRootUri()).signedInAs(user, "demo");
  }
}
