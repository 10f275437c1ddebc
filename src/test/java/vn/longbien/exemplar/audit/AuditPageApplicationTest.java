package vn.longbien.exemplar.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.BrowserSession;
import vn.longbien.exemplar.support.PageTables;

/**
 * The audit pages ({@code /audit/}) as an inspector's browser gets them, signed in: the search, a nomination's
 * timeline (every entry of {@code GET /api/audit/nominations/{id}}), a round's review, with their exports.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditPageApplicationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter HANOI =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
  private static final String NOMINEE = "Lương Văn Trang Kiểm";

  @Autowired private TestRestTemplate rest;
  @Autowired private AuditedChain auditedChain;

  private String chain;
  private BrowserSession inspector;

  @BeforeAll
  void aNominationWorkedWardDistrictCity() {
    chain = auditedChain.run(NOMINEE);
  }

  @BeforeEach
  void inspectorSignsIn() {
    inspector = new BrowserSession(rest.getRootUri()).signedInAs("thanhtra", "demo");
  }

  @Test
  void theSearchPageIsVietnameseInTheApplicationsLayoutWithTheSearchAndTheRoundReview() {
    HttpResponse<String> page = inspector.get("/audit/");

    assertThat(page.statusCode()).isEqualTo(HttpStatus.OK.value());
    assertThat(page.body()).contains("<html lang=\"vi\">", "<h1>Kiểm tra, thanh tra quá trình bình xét</h1>",
        "Tìm hồ sơ đề cử", "<label for=\"name\">", "<label for=\"outcome\">", "Được Thành phố khen thưởng, tôn vinh",
        "Rà soát đợt bình xét", "href=\"/audit/\" aria-current=\"page\"")
        .doesNotContain("id=\"ket-qua-tim\"");
  }

  @Test
  void inspectorFindsTheNomineeByNameTypedWithoutAccentsAndGetsALinkToItsTimeline() {
    String page = inspector.get("/audit/?year=" + AuditedChain.ROUND + "&unit=phuong-bode&outcome=&name="
        + URLEncoder.encode("LUONG van trang kiem", StandardCharsets.UTF_8)).body();

    assertThat(PageTables.rows(page, "ket-qua-tim")).containsExactly(List.of(
        String.valueOf(AuditedChain.ROUND), "Phường Bồ Đề", NOMINEE + " " + chain, "Được Thành phố khen thưởng, tôn vinh"));
    assertThat(page).contains("href=\"/audit/nominations/" + chain + "\"");
  }

  @Test
  void theTimelinePageShowsTheVotesAndDecisionsOfTheChainWithWhoRecordedThem() {
    List<List<String>> rows = PageTables.rows(inspector.get("/audit/nominations/" + chain).body(), "nhat-ky");

    assertThat(rows.stream().filter(r -> r.get(1).equals(EntryKind.VOTE.label())).map(r -> r.get(2) + ": " + r.get(4)))
        .containsExactly(
            "bode.hoidong: Hội đồng Thi đua - Khen thưởng Phường Bồ Đề họp ngày 2025-01-10: có mặt 13/15 thành viên;"
                + " tán thành 12, không tán thành 1",
            "quan.hoidong: Hội đồng Thi đua - Khen thưởng Quận Long Biên họp ngày 2025-01-10: có mặt 19/21 thành viên;"
                + " tán thành 18, không tán thành 1");
    List<List<String>> decisions = rows.stream().filter(r -> r.get(1).equals(EntryKind.DECISION.label())).toList();
    assertThat(decisions).extracting(r -> r.get(2)).containsExactly("bode.chutich", "quan.chutich", "thanhpho.bantdkt");
    assertThat(decisions.get(0).get(4)).contains("quyết định số 35/QĐ-UBND ngày 2025-01-12");
    assertThat(decisions.get(1).get(4)).contains("quyết định số 120/QĐ-UBND");
    assertThat(decisions.get(2).get(4)).contains("quyết định số 210/QĐ-UBND ngày 2025-01-25");
    assertThat(rows).anySatisfy(r -> assertThat(r.get(4))
        .isEqualTo("Ý kiến phản ánh của " + AuditedChain.OBJECTION_SENDER + ": " + AuditedChain.OBJECTION_TEXT));
  }

  @Test
  void theTimelinePageShowsEveryEntryOfTheApiInItsOrderWithItsDetails() throws Exception {
    JsonNode api = JSON.readTree(rest.withBasicAuth("thanhtra", "demo")
        .getForEntity("/api/audit/nominations/" + chain, String.class).getBody());
    List<JsonNode> entries = StreamSupport.stream(api.get("entries").spliterator(), false).toList();

    List<List<String>> rows = PageTables.rows(inspector.get("/audit/nominations/" + chain).body(), "nhat-ky");

    assertThat(rows).hasSize(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      JsonNode entry = entries.get(i);
      List<String> row = rows.get(i);
      assertThat(row.get(0)).isEqualTo(HANOI.format(Instant.parse(entry.get("time").asText())));
      assertThat(row.get(1)).isEqualTo(EntryKind.valueOf(entry.get("kind").asText()).label());
      assertThat(row.get(2)).isEqualTo(entry.get("actor").isNull() ? "Hệ thống" : entry.get("actor").asText());
      assertThat(row.get(4)).isEqualTo(PageTables.text(entry.get("description").asText()));
      entry.get("details").fields().forEachRemaining(detail -> assertThat(row.get(5))
          .contains(PageTables.text(detail.getKey()), PageTables.text(detail.getValue().asText())));
    }
  }

  @Test
  void theTimelinePageLinksItsCsvAndPdfExports() {
    String page = inspector.get("/audit/nominations/" + chain).body();

    String csv = "/api/audit/nominations/" + chain + "/timeline.csv";
    String pdf = "/api/audit/nominations/" + chain + "/timeline.pdf";
    assertThat(page).contains("href=\"" + csv + "\"", "href=\"" + pdf + "\"", "SHA-256");
    assertThat(inspector.getBytes(csv).statusCode()).isEqualTo(200);
    HttpResponse<byte[]> file = inspector.getBytes(pdf);
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
  }

  @Test
  void theRoundPageShowsWhoDecidedWhatPerUnitAndTheTasksThatMissedTheirDueDate() {
    HttpResponse<String> page = inspector.get("/audit/rounds/" + AuditedChain.ROUND);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Rà soát đợt bình xét năm " + AuditedChain.ROUND, "<h3>Phường Bồ Đề</h3>",
        "href=\"/api/audit/rounds/" + AuditedChain.ROUND + "/audit.csv\"",
        "href=\"/api/audit/rounds/" + AuditedChain.ROUND + "/audit.pdf\"");
    assertThat(PageTables.rows(page.body(), "qua-han")).filteredOn(r -> r.get(0).equals(NOMINEE))
        .extracting(r -> r.get(5)).containsExactlyInAnyOrder(
            "bode.hoidong", "bode.chutich", "quan.hoidong", "quan.chutich", "thanhpho.bantdkt");
  }

  @Test
  void theRoundFormAndTheBarePathLeadToTheirPages() {
    HttpResponse<String> bare = inspector.get("/audit");
    HttpResponse<String> round = inspector.get("/audit/rounds?year=" + AuditedChain.ROUND);

    assertThat(bare.statusCode()).isEqualTo(HttpStatus.FOUND.value());
    assertThat(bare.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/audit/"));
    assertThat(round.statusCode()).isEqualTo(HttpStatus.FOUND.value());
    assertThat(round.headers().firstValue("Location"))
        .hasValueSatisfying(to -> assertThat(to).endsWith("/audit/rounds/" + AuditedChain.ROUND));
  }

  @Test
  void thePagesRunOnlyTheApplicationsOwnScriptAndLoadNothingFromElsewhere() {
    for (String path : List.of("/audit/", "/audit/nominations/" + chain, "/audit/rounds/" + AuditedChain.ROUND)) {
      HttpResponse<String> page = inspector.get(path);

      assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
          .contains("script-src 'self'", "frame-ancestors 'none'");
      assertThat(page.body().replace("<script src=\"/assets/js/app.js\" defer></script>", "")).doesNotContain("<script");
      assertThat(page.body()).doesNotContain("http://", "https://", " on" + "click=");
    }
  }

  @Test
  void anUnknownNominationIsTheNotFoundPage() {
    HttpResponse<String> page = inspector.get("/audit/nominations/khong-co");

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("Không tìm thấy trang");
  }

  @Test
  void theFormerStaticPageIsGone() {
    assertThat(inspector.get("/audit/index.html").statusCode()).isEqualTo(404);
    assertThat(inspector.get("/audit/audit.js").statusCode()).isEqualTo(404);
  }
}
