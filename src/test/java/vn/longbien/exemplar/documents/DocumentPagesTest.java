package vn.longbien.exemplar.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.web.util.HtmlUtils;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.BoDeReview;
import vn.longbien.exemplar.support.BrowserSession;
import vn.longbien.exemplar.support.TestData;

/**
 * {@code /documents} as an official's browser gets it, signed in through the sign-in page: the meetings and
 * decisions of the official's council and chairman in the year, each with its papers to download. Bồ Đề in a round
 * of the class's own: its council met on 10 January (two nominees, one passed) and on 20 January (one nominee, not
 * passed); its chairman recognised the one passed under 7/QĐ-UBND.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentPagesTest {

  private static final String PDF = "application/pdf";
  private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  @Autowired private TestRestTemplate rest;
  @Autowired private RuntimeService runtimeService;
  @Autowired private ManagementService managementService;
  @Autowired private TaskService taskService;
  @Autowired private IdentityService identityService;

  private int year;

  @BeforeAll
  void boDeCouncilMetTwiceAndItsChairmanRecognisedOne() {
    year = TestData.ownRound();
    BoDeReview review = new BoDeReview(rest, runtimeService, managementService, taskService, identityService, year);
    review.reviewed("Hoàng Thị Văn Bản", year + "-01-10", 11, "7/QĐ-UBND");
    review.reviewed("Phan Văn Biên Bản", year + "-01-10", 4, null);
    review.reviewed("Đỗ Thị Phiên Hai", year + "-01-20", 5, null);
  }

  @Test
  void aWardCouncilMemberSeesItsMeetingsAndItsChairmansDecisionWithEveryPaper() {
    String html = HtmlUtils.htmlUnescape(browser("bode.hoidong").get("/documents?year=" + year).body());

    assertThat(html).contains("Phường Bồ Đề · năm " + year, "10/01/" + year, "20/01/" + year, "7/QĐ-UBND",
        "15/01/" + year, "Không có ai được thông qua");
    String unit = "unit=phuong-bode&year=" + year;
    assertThat(links(html)).containsExactlyInAnyOrder(
        "/api/documents/council-minutes?" + unit + "&meetingDate=" + year + "-01-10&format=pdf",
        "/api/documents/council-minutes?" + unit + "&meetingDate=" + year + "-01-10&format=docx",
        "/api/documents/submission?" + unit + "&meetingDate=" + year + "-01-10&format=pdf",
        "/api/documents/submission?" + unit + "&meetingDate=" + year + "-01-10&format=docx",
        "/api/documents/council-minutes?" + unit + "&meetingDate=" + year + "-01-20&format=pdf",
        "/api/documents/council-minutes?" + unit + "&meetingDate=" + year + "-01-20&format=docx",
        "/api/documents/decision-list?" + unit + "&decisionNumber=7/Q%C4%90-UBND&format=pdf",
        "/api/documents/decision-list?" + unit + "&decisionNumber=7/Q%C4%90-UBND&format=docx");
  }

  @Test
  void everyLinkDownloadsItsPaperInTheOfficialsSession() {
    BrowserSession chairman = browser("bode.chutich");
    String html = HtmlUtils.htmlUnescape(chairman.get("/documents?year=" + year).body());

    List<String> links = links(html);
    assertThat(links).hasSize(8);
    for (String link : links) {
      HttpResponse<byte[]> paper = chairman.getBytes(link);
      assertThat(paper.statusCode()).as(link).isEqualTo(200);
      assertThat(paper.headers().firstValue("Content-Type").orElseThrow()).as(link).startsWith(link.endsWith("pdf") ? PDF : DOCX);
    }
  }

  @Test
  void anotherWardsCouncilSeesNoMeetingOfBoDeAndTheApiDoesNotFindBoDe() {
    BrowserSession vietHung = browser("viethung.hoidong");

    String html = HtmlUtils.htmlUnescape(vietHung.get("/documents?year=" + year).body());
    HttpResponse<byte[]> minutes = vietHung.getBytes(
        "/api/documents/council-minutes?unit=phuong-bode&year=" + year + "&meetingDate=" + year + "-01-10");

    assertThat(html).contains("Phường Việt Hưng · năm " + year, "Chưa có phiên họp nào của Hội đồng được ghi nhận trong năm.")
        .doesNotContain("Phường Bồ Đề", "phuong-bode", "10/01/" + year);
    assertThat(links(html)).isEmpty();
    assertThat(minutes.statusCode()).isEqualTo(404);
  }

  @Test
  void officialsWhoAreNoCouncilMemberOrChairmanAreToldWhomThePapersAreFor() {
    String html = HtmlUtils.htmlUnescape(browser("bode.donvi").get("/documents?year=" + year).body());

    assertThat(html).contains("Các văn bản này dành cho thành viên Hội đồng Thi đua - Khen thưởng và Chủ tịch")
        .doesNotContain("Phường Bồ Đề · năm", "/api/documents/", "id=\"unit\"");
    assertThat(browser("bode.donvi").getBytes("/api/documents/council-minutes?unit=phuong-bode&year=" + year
        + "&meetingDate=" + year + "-01-10").statusCode()).isEqualTo(403);
  }

  @Test
  void phongNoiVuChoosesAWardAmongAllAndDownloadsItsMinutes() {
    BrowserSession noiVu = browser("quan.noivu");
    String picker = HtmlUtils.htmlUnescape(noiVu.get("/documents").body());
    String html = HtmlUtils.htmlUnescape(noiVu.get("/documents?unit=phuong-bode&year=" + year).body());
    HttpResponse<byte[]> minutes = noiVu.getBytes(
        "/api/documents/council-minutes?unit=phuong-bode&year=" + year + "&meetingDate=" + year + "-01-10&format=pdf");

    assertThat(picker).contains("<label for=\"unit\">Phường, quận</label>", ">Phường Bồ Đề</option>",
        ">Phường Việt Hưng</option>", ">Quận Long Biên</option>", "Chọn phường hoặc quận để xem")
        .doesNotContain("Các văn bản này dành cho", "/api/documents/");
    assertThat(html).contains("Phường Bồ Đề · năm " + year, "10/01/" + year, "7/QĐ-UBND", "selected");
    assertThat(links(html)).hasSize(8);
    assertThat(minutes.statusCode()).isEqualTo(200);
    assertThat(minutes.headers().firstValue("Content-Type").orElseThrow()).startsWith(PDF);
  }

  @Test
  void anInspectorChoosesAWardWithoutAYearAndGetsTheYearItsCouncilLastDecidedIn() {
    String html = HtmlUtils.htmlUnescape(browser("thanhtra").get("/documents?unit=phuong-bode").body());

    assertThat(html).contains("Phường Bồ Đề · năm ", "/api/documents/council-minutes?unit=phuong-bode");
  }

  @Test
  void aWardCouncilMemberCannotChooseAnotherWardAndIsNotOfferedTheChoice() {
    BrowserSession vietHung = browser("viethung.hoidong");

    HttpResponse<String> other = vietHung.get("/documents?unit=phuong-bode&year=" + year);
    String own = HtmlUtils.htmlUnescape(vietHung.get("/documents?year=" + year).body());

    assertThat(other.statusCode()).isEqualTo(404);
    assertThat(HtmlUtils.htmlUnescape(other.body())).contains("Không tìm thấy trang")
        .doesNotContain("10/01/" + year, "/api/documents/");
    assertThat(own).contains("Phường Việt Hưng · năm " + year).doesNotContain("id=\"unit\"");
  }

  @Test
  void aNominatingUnitOfficialAskingForItsOwnWardsPapersIsRefused() {
    HttpResponse<String> page = browser("bode.donvi").get("/documents?unit=phuong-bode&year=" + year);

    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(HtmlUtils.htmlUnescape(page.body())).contains("Không có quyền truy cập").doesNotContain("10/01/" + year);
  }

  @Test
  void aBadYearIsAVietnameseMessageOnThePageNotAnError() {
    HttpResponse<String> page = browser("bode.hoidong").get("/documents?year=20x1");

    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(HtmlUtils.htmlUnescape(page.body())).contains("Năm bình xét không hợp lệ: “20x1”", "value=\"20x1\"",
        "aria-invalid=\"true\"").doesNotContain("/api/documents/");
  }

  @Test
  void withoutAYearThePageOpensOnAYearItsCouncilDecidedIn() {
    String html = HtmlUtils.htmlUnescape(browser("bode.hoidong").get("/documents").body());

    assertThat(html).contains("/api/documents/council-minutes?unit=phuong-bode");
  }

  private static List<String> links(String html) {
    List<String> links = new ArrayList<>();
    Matcher href = Pattern.compile("href=\"(/api/documents/[^\"]+)\"").matcher(html);
    while (href.find()) {
      links.add(href.group(1));
    }
    return links;
  }

  private BrowserSession browser(String user) {
    return new BrowserSession(rest.getRootUri()).signedInAs(user, "demo");
  }
}
