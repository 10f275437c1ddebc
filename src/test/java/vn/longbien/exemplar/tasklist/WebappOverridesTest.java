package vn.longbien.exemplar.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.BrowserSession;

/** The application's own webapp files win over the webjar's, as the running application serves them. */
@ApplicationTest
class WebappOverridesTest {

  static final java.util.List<String> APPS = WebappLocales.APPS;

  static final java.util.List<Arguments> CUSTOM_SCRIPTS = java.util.List.of(
      Arguments.of("exemplar/sign-in.js", "window.location.replace(SIGN_IN)"),
      Arguments.of("exemplar/hanoi-time.js", "$provide.decorator('camDateFilter'"),
      Arguments.of("tasklist/scripts/exemplar-tasklist.js", "pluginPoint: 'tasklist.task.action'"));

  @Autowired
  private TestRestTemplate rest;

  @ParameterizedTest
  @FieldSource("APPS")
  void webappConfigurationOffersVietnameseByDefaultUnderTheApplicationsName(String app) {
    HttpResponse<byte[]> response = signedIn().getBytes("/camunda/app/" + app + "/scripts/config.js");
    String config = new String(response.body(), StandardCharsets.UTF_8);

    assertThat(response.statusCode()).isEqualTo(HttpStatus.OK.value());
    assertThat(config)
        .contains("vendor: 'Quận Long Biên ·'")
        .contains("availableLocales: [locale]")
        .contains("=== 'en' ? 'en' : 'vi'")
        .contains("customScripts: ['../exemplar/sign-in', '../exemplar/hanoi-time'");
  }

  @ParameterizedTest
  @FieldSource("CUSTOM_SCRIPTS")
  void webappsCustomScriptsAreServed(String path, String content) {
    HttpResponse<byte[]> response = signedIn().getBytes("/camunda/app/" + path);

    assertThat(response.statusCode()).isEqualTo(HttpStatus.OK.value());
    assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains(content);
  }

  @ParameterizedTest
  @FieldSource("APPS")
  void endOfLifeNoticeIsHiddenEverywhereButAdmin(String app) {
    HttpResponse<byte[]> response = signedIn().getBytes("/camunda/app/" + app + "/styles/user-styles.css");
    String styles = new String(response.body(), StandardCharsets.UTF_8);

    assertThat(response.statusCode()).isEqualTo(HttpStatus.OK.value());
    if (app.equals("admin")) {
      assertThat(styles).as("Camunda's own user-styles.css").doesNotContain("ce-eol-banner");
    } else {
      assertThat(styles).contains("[cam-widget-header] .ce-eol-banner {\n  display: none;\n}");
    }
  }

  @ParameterizedTest
  @FieldSource("APPS")
  void vietnameseLocaleIsServedBesideTheEnglishOne(String app) throws Exception {
    BrowserSession browser = signedIn();
    HttpResponse<byte[]> vietnamese = browser.getBytes("/camunda/app/" + app + "/locales/vi.json");
    HttpResponse<byte[]> english = browser.getBytes("/camunda/app/" + app + "/locales/en.json");

    assertThat(vietnamese.statusCode()).isEqualTo(HttpStatus.OK.value());
    assertThat(new ObjectMapper().readTree(vietnamese.body())).isEqualTo(WebappLocales.vietnamese(app));
    assertThat(english.statusCode()).isEqualTo(HttpStatus.OK.value());
    assertThat(new ObjectMapper().readTree(english.body())).isEqualTo(WebappLocales.english(app));
  }

  /** The webapps' files are served to a signed-in browser, as everything under /camunda. */
  private BrowserSession signedIn() {
    return new BrowserSession(rest.getRootUri()).signedInAs("demo", "demo");
  }
}
