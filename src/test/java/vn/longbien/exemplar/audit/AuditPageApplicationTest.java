package vn.longbien.exemplar.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.BrowserSession;

/** The audit page the application serves to inspectors: Vietnamese, self-contained, no inline script. */
@ApplicationTest
class AuditPageApplicationTest {

  @Autowired private TestRestTemplate rest;

  private BrowserSession inspector;

  @org.junit.jupiter.api.BeforeEach
  void inspectorSignsIn() {
    inspector = new BrowserSession(rest.getRootUri()).signedInAs("thanhtra", "demo");
  }

  @Test
  void inspectorGetsTheAuditPageInVietnamese() {
    HttpResponse<String> page = inspector.get("/audit/");

    assertThat(page.statusCode()).isEqualTo(HttpStatus.OK.value());
    assertThat(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html")).isTrue();
    assertThat(page.body()).contains(
        "<html lang=\"vi\">",
        "<h1>Kiểm tra, thanh tra quá trình bình xét điển hình tiên tiến</h1>",
        "<h2>Tìm hồ sơ đề cử</h2>",
        "<h2>Nhật ký hồ sơ đề cử</h2>",
        "<h2>Rà soát đợt bình xét</h2>",
        "Công việc quá hạn xử lý");
  }

  @Test
  void thePageRunsOnlyItsOwnScriptAndLoadsNothingFromElsewhere() {
    HttpResponse<String> page = inspector.get("/audit/");

    assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'", "frame-ancestors 'none'");
    assertThat(page.body().replace("<script src=\"audit.js\" defer></script>", "")).doesNotContain("<script");
    assertThat(page.body()).doesNotContain("http://", "https://", " on" + "click=");
    HttpResponse<String> script = inspector.get("/audit/audit.js");
    assertThat(script.statusCode()).isEqualTo(HttpStatus.OK.value());
    assertThat(script.body()).contains("/api/audit").doesNotContain("http://", "https://", "innerHTML");
  }

  @Test
  void everyElementThePageScriptFillsIsOnThePage() {
    String page = inspector.get("/audit/").body();
    String script = inspector.get("/audit/audit.js").body();

    java.util.regex.Matcher ids = java.util.regex.Pattern.compile("\\$\\('([a-z-]+)'\\)").matcher(script);
    int found = 0;
    while (ids.find()) {
      assertThat(page).as("phần tử #" + ids.group(1)).contains("id=\"" + ids.group(1) + "\"");
      found++;
    }
    assertThat(found).isGreaterThan(10);
  }

  @Test
  void barePathLeadsToThePage() {
    HttpResponse<String> bare = inspector.get("/audit");

    assertThat(bare.statusCode()).isEqualTo(HttpStatus.FOUND.value());
    assertThat(bare.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/audit/"));
  }
}
