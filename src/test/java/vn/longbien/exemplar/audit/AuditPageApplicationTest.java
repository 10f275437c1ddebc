package vn.longbien.exemplar.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.longbien.exemplar.support.ApplicationTest;

/** The audit page the application serves to inspectors: Vietnamese, self-contained, no inline script. */
@ApplicationTest
class AuditPageApplicationTest {

  @Autowired private TestRestTemplate rest;

  @Test
  void inspectorGetsTheAuditPageInVietnamese() {
    ResponseEntity<String> page = rest.withBasicAuth("thanhtra", "demo").getForEntity("/audit/", String.class);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(page.getBody()).contains(
        "<html lang=\"vi\">",
        "<h1>Kiểm tra, thanh tra quá trình bình xét điển hình tiên tiến</h1>",
        "<h2>Tìm hồ sơ đề cử</h2>",
        "<h2>Nhật ký hồ sơ đề cử</h2>",
        "<h2>Rà soát đợt bình xét</h2>",
        "Công việc quá hạn xử lý");
  }

  @Test
  void thePageRunsOnlyItsOwnScriptAndLoadsNothingFromElsewhere() {
    ResponseEntity<String> page = rest.withBasicAuth("thanhtra", "demo").getForEntity("/audit/", String.class);

    assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("script-src 'self'", "frame-ancestors 'none'");
    assertThat(page.getBody().replace("<script src=\"audit.js\" defer></script>", "")).doesNotContain("<script");
    assertThat(page.getBody()).doesNotContain("http://", "https://", " on" + "click=");
    ResponseEntity<String> script = rest.withBasicAuth("thanhtra", "demo").getForEntity("/audit/audit.js", String.class);
    assertThat(script.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(script.getBody()).contains("/api/audit").doesNotContain("http://", "https://", "innerHTML");
  }

  @Test
  void everyElementThePageScriptFillsIsOnThePage() {
    String page = rest.withBasicAuth("thanhtra", "demo").getForEntity("/audit/", String.class).getBody();
    String script = rest.withBasicAuth("thanhtra", "demo").getForEntity("/audit/audit.js", String.class).getBody();

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
    ResponseEntity<String> page = rest.withBasicAuth("thanhtra", "demo").getForEntity("/audit", String.class);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("<h2>Tìm hồ sơ đề cử</h2>");
  }
}
