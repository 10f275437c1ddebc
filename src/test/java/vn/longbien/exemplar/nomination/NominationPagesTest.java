package vn.longbien.exemplar.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.BrowserSession;
import vn.longbien.exemplar.support.RestNominations;
import vn.longbien.exemplar.support.RoundClock;

/** The nominations' pages as an official's browser gets them, signed in: the list, the dossier, evidence, objections. */
@ApplicationTest
class NominationPagesTest {

  private static final AtomicInteger NOMINEES = new AtomicInteger();
  private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Autowired private TestRestTemplate rest;
  @Autowired private RuntimeService runtimeService;
  @Autowired private ManagementService managementService;
  @Autowired private TaskService taskService;
  @Autowired private JdbcTemplate jdbc;

  private RestNominations nominations;
  private String nominee;
  private String id;

  @BeforeEach
  void boDeNominatesSomeoneNowPubliclyPosted() {
    nominations = new RestNominations(rest, runtimeService, managementService, taskService);
    nominee = "Vi Thị Trang Hồ Sơ " + NOMINEES.incrementAndGet();
    id = nominations.submitByBoDe(nominee);
  }

  @Test
  void theListShowsTheNominationsTheOfficialMayReadAndNoOthers() {
    String boDe = browser("bode.donvi").get("/nominations?year=" + nominations.year() + "&name=" + encoded(nominee)).body();
    String vietHung = browser("viethung.donvi").get("/nominations?year=" + nominations.year() + "&name=" + encoded(nominee))
        .body();

    assertThat(boDe).contains(nominee, "/nominations/" + id, "Phường Bồ Đề", "Đang công khai danh sách");
    assertThat(vietHung).doesNotContain("/nominations/" + id).contains("Không có hồ sơ nào khớp điều kiện tìm.");
  }

  @Test
  void theListFindsANameTypedWithoutAccents() {
    String found = browser("bode.hoidong").get("/nominations?year=" + nominations.year() + "&name=vi+thi+trang+ho+so").body();

    assertThat(found).contains(nominee);
  }

  @Test
  void theDossierShowsTheCriteriaAsTheirTextNeverAsCodes() {
    HttpResponse<String> dossier = browser("bode.hoidong").get("/nominations/" + id);

    assertThat(dossier.statusCode()).isEqualTo(200);
    assertThat(dossier.body()).contains(nominee, "Vận động nhân dân hiến đất mở đường ngõ.",
        "Gương mẫu chấp hành chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước",
        "Có tinh thần tương thân tương ái, tích cực tham gia hoạt động nhân đạo, từ thiện, an sinh xã hội");
    assertThat(dossier.body()).doesNotContain(">tc1<", ">tc4<");
  }

  @Test
  void theDossierShowsTheEntryCheckAndThePublicPostingPeriod() {
    Map<String, Object> posting = jdbc.queryForMap(
        "SELECT level, review_unit, starts_on, ends_on, working_days FROM nomination_posting WHERE nomination_id = ?", id);

    String dossier = browser("bode.hoidong").get("/nominations/" + id).body();

    assertThat(jdbc.queryForObject("SELECT eligibility FROM nomination WHERE id = ?", String.class, id)).isEqualTo("ELIGIBLE");
    assertThat(posting).containsEntry("level", "phuong").containsEntry("review_unit", "phuong-bode");
    assertThat(dossier).contains("Kết quả kiểm tra điều kiện, tiêu chuẩn", "Đủ điều kiện",
        "Niêm yết công khai tại Phường Bồ Đề từ " + day(posting.get("starts_on")) + " đến " + day(posting.get("ends_on"))
            + " (" + posting.get("working_days") + " ngày làm việc)");
    assertThat(dossier).doesNotContain("Không đủ điều kiện", "Chưa niêm yết");
  }

  @Test
  void anIneligibleNominationsDossierShowsTheResultWithEachReason() {
    Map<String, Object> variables = new java.util.LinkedHashMap<>(
        RestNominations.startForm("phuong-bode", "Vi Văn Thiếu Tiêu Chuẩn " + NOMINEES.incrementAndGet(), nominations.year()));
    variables.put("criterionTc2", RestNominations.typed(false, "Boolean"));
    variables.put("criterionTc4", RestNominations.typed(false, "Boolean"));
    Map<?, ?> started = RoundClock.inRound(nominations.year(), () -> rest.withBasicAuth("bode.donvi", "demo")
        .postForObject("/engine-rest/process-definition/key/nomination-review/start", Map.of("variables", variables), Map.class));
    String ineligible = (String) started.get("businessKey");

    String dossier = HtmlUtils.htmlUnescape(browser("bode.donvi").get("/nominations/" + ineligible).body());

    assertThat(jdbc.queryForObject("SELECT eligibility FROM nomination WHERE id = ?", String.class, ineligible))
        .isEqualTo("NOT_ELIGIBLE");
    assertThat(dossier).contains("Không đủ điều kiện", "Lý do", "Chưa đạt tiêu chuẩn chung 2:",
        "Chưa đạt tiêu chuẩn chung 4:", "Chưa niêm yết");
  }

  @Test
  void anotherWardsOfficialGetsNoDossier() {
    HttpResponse<String> dossier = browser("viethung.hoidong").get("/nominations/" + id);

    assertThat(dossier.statusCode()).isEqualTo(404);
    assertThat(dossier.body()).contains("Không tìm thấy trang").doesNotContain(nominee);
  }

  @Test
  void theNominatingUnitUploadsEvidenceFromTheDossierAndReadersDownloadIt() {
    BrowserSession unit = browser("bode.donvi");

    HttpResponse<String> sent = unit.postFilesFrom("/nominations/" + id, "/nominations/" + id + "/attachments",
        Map.of("description", "Giấy khen năm 2026"), Map.of("Giấy khen.pdf", PDF, "Ảnh.exe", new byte[] {'M', 'Z', 1, 2}));
    String dossier = browser("bode.hoidong").get("/nominations/" + id).body();

    assertThat(sent.statusCode()).isEqualTo(302);
    assertThat(unit.get("/nominations/" + id).body()).contains("Đã tải lên Giấy khen.pdf", "Ảnh.exe: ");
    assertThat(dossier).contains("Giấy khen.pdf", "Giấy khen năm 2026").doesNotContain("Ảnh.exe");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM attachment WHERE nomination_id = ?", Integer.class, id)).isOne();
  }

  @Test
  void onlyTheNominatingUnitIsOfferedTheUpload() {
    assertThat(browser("bode.donvi").get("/nominations/" + id).body()).contains("Tải lên");
    assertThat(browser("bode.hoidong").get("/nominations/" + id).body()).doesNotContain("Chọn tệp minh chứng");
  }

  @Test
  void anObjectionReceivedDuringPostingIsRecordedFromTheDossier() {
    BrowserSession council = browser("bode.hoidong");

    HttpResponse<String> sent = council.postFormFrom("/nominations/" + id, "/nominations/" + id + "/objections",
        Map.of("senderName", "Tổ dân phố số 7", "senderContact", "0912 345 678",
            "content", "Đề nghị làm rõ số lần hiến máu.\nCó người chưa thấy.", "complaint", "false"));

    assertThat(sent.statusCode()).isEqualTo(302);
    assertThat(council.get("/nominations/" + id).body())
        .contains("Đã ghi nhận ý kiến phản ánh", "Tổ dân phố số 7", "Đề nghị làm rõ số lần hiến máu.");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM objection WHERE nomination_id = ?", Integer.class, id)).isOne();
  }

  @Test
  void anObjectionWithoutContentIsRefusedOnThePageWithItsReason() {
    BrowserSession council = browser("bode.hoidong");

    HttpResponse<String> sent = council.postFormFrom("/nominations/" + id, "/nominations/" + id + "/objections",
        Map.of("senderName", "Tổ dân phố số 8", "content", "\u200B"));

    assertThat(sent.statusCode()).isEqualTo(400);
    assertThat(HtmlUtils.htmlUnescape(sent.body())).contains("value=\"Tổ dân phố số 8\"", "aria-invalid=\"true\"",
        "Nội dung chỉ gồm khoảng trắng hoặc ký tự ẩn");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM objection WHERE nomination_id = ?", Integer.class, id)).isZero();
  }

  @Test
  void afterThePostingTheDossierNoLongerOffersTheObjectionForm() {
    nominations.afterPublicPosting(id);

    String dossier = browser("bode.hoidong").get("/nominations/" + id).body();

    assertThat(dossier).doesNotContain("Ghi nhận ý kiến phản ánh đã nhận").contains("Công việc đang mở của hồ sơ");
  }

  private BrowserSession browser(String user) {
    return new BrowserSession(rest.getRootUri()).signedInAs(user, "demo");
  }

  /** A DATE column as officials read it ("05/12/2026"). */
  private static String day(Object date) {
    java.time.LocalDate day = date instanceof java.sql.Date sql ? sql.toLocalDate() : (java.time.LocalDate) date;
    return vn.longbien.exemplar.calendar.HanoiCalendar.text(day);
  }

  private static String encoded(String text) {
    return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
