package vn.longbien.exemplar.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The Vietnamese locale files of the webapps against Camunda 7.24's English ones. */
class VietnameseLocaleTest {

  static final List<String> APPS = WebappLocales.APPS;
  static final List<String> COMPLETELY_TRANSLATED = WebappLocales.COMPLETELY_TRANSLATED;
  static final List<String> PARTLY_TRANSLATED = WebappLocales.PARTLY_TRANSLATED;

  /** Texts that read the same in both languages: a product name, an empty text, comparison signs. */
  private static final Set<String> SAME_IN_BOTH_LANGUAGES = Set.of("Camunda", "", "<", "<=", ">", ">=");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}\\s]+)\\s*}}");
  private static final Pattern LINK = Pattern.compile("href=\"([^\"]*)\"");

  @ParameterizedTest
  @FieldSource("APPS")
  void vietnameseHasExactlyTheKeysOfTheEnglishLocale(String app) {
    Set<String> english = new TreeSet<>(WebappLocales.keyPaths(WebappLocales.english(app)));
    Set<String> vietnamese = new TreeSet<>(WebappLocales.keyPaths(WebappLocales.vietnamese(app)));

    assertThat(vietnamese).as("keys of %s vi.json against en.json", app).isEqualTo(english);
  }

  @ParameterizedTest
  @FieldSource("COMPLETELY_TRANSLATED")
  void tasklistAndWelcomeHaveNoEnglishTextLeft(String app) {
    JsonNode english = WebappLocales.english(app).get("labels");
    List<String> untranslated = new ArrayList<>();
    WebappLocales.vietnamese(app).get("labels").fields().forEachRemaining(label -> {
      String text = label.getValue().asText();
      if (text.equals(english.get(label.getKey()).asText()) && !SAME_IN_BOTH_LANGUAGES.contains(text)) {
        untranslated.add(label.getKey() + "=" + text);
      }
    });

    assertThat(untranslated).as("labels of %s still in English", app).isEmpty();
  }

  @ParameterizedTest
  @FieldSource("PARTLY_TRANSLATED")
  void adminAndCockpitKeepEnglishOnlyWhereTasklistAndWelcomeHaveNoTranslation(String app) {
    assertThat(WebappLocales.vietnamese(app))
        .as("%s vi.json must be what WebappLocales.main generates from Camunda's en.json", app)
        .isEqualTo(WebappLocales.mergedVietnamese(app));
  }

  @ParameterizedTest
  @FieldSource("APPS")
  void loginPageAndHeaderAreVietnamese(String app) {
    JsonNode labels = WebappLocales.vietnamese(app).get("labels");

    assertThat(labels.get("PAGE_LOGIN_PLEASE_SIGN_IN").asText()).isEqualTo("Vui lòng đăng nhập");
    assertThat(labels.get("PAGE_LOGIN_USERNAME").asText()).isEqualTo("Tên đăng nhập");
    assertThat(labels.get("PAGE_LOGIN_PASSWORD").asText()).isEqualTo("Mật khẩu");
    assertThat(labels.get("PAGE_LOGIN_SIGN_IN_ACTION").asText()).isEqualTo("Đăng nhập");
    assertThat(labels.get("PAGE_LOGIN_FAILED").asText()).isEqualTo("Đăng nhập không thành công");
    assertThat(labels.get("CAM_WIDGET_HEADER_SIGN_OUT").asText()).isEqualTo("Đăng xuất");
    assertThat(labels.get("TASKLIST_APP").asText()).isEqualTo("Công việc");
  }

  @ParameterizedTest
  @FieldSource("APPS")
  void footerSaysDatesAreShownInHanoiTime(String app) {
    // The zone's name follows from app/exemplar/hanoi-time.js, which every webapp loads.
    assertThat(WebappLocales.vietnamese(app).get("labels").get("CAM_WIDGET_FOOTER_TIMEZONE").asText())
        .isEqualTo("Ngày giờ hiển thị theo giờ Hà Nội:");
  }

  @ParameterizedTest
  @FieldSource("APPS")
  void translationsKeepEveryPlaceholderAndLink(String app) {
    JsonNode english = WebappLocales.english(app).get("labels");
    List<String> broken = new ArrayList<>();
    WebappLocales.vietnamese(app).get("labels").fields().forEachRemaining(label -> {
      String englishText = english.get(label.getKey()).asText();
      String text = label.getValue().asText();
      if (!matches(PLACEHOLDER, englishText).equals(matches(PLACEHOLDER, text))
          || !matches(LINK, englishText).equals(matches(LINK, text))) {
        broken.add(label.getKey());
      }
    });

    assertThat(broken).as("labels of %s that lost or changed a {{placeholder}} or a link", app).isEmpty();
  }

  @ParameterizedTest
  @FieldSource("APPS")
  void vietnameseTextIsInComposedUnicode(String app) {
    List<String> decomposed = new ArrayList<>();
    WebappLocales.vietnamese(app).get("labels").fields().forEachRemaining(label -> {
      if (!Normalizer.isNormalized(label.getValue().asText(), Normalizer.Form.NFC)) {
        decomposed.add(label.getKey());
      }
    });

    assertThat(decomposed).as("labels of %s not in NFC", app).isEmpty();
  }

  @Test
  void tasklistUsesTheDomainsWordsForTasks() {
    JsonNode labels = WebappLocales.vietnamese("tasklist").get("labels");

    assertThat(Map.of(
        "TASKS", labels.get("TASKS").asText(),
        "FILTERS", labels.get("FILTERS").asText(),
        "CLAIM_TASK", labels.get("CLAIM_TASK").asText(),
        "COMPLETE", labels.get("COMPLETE").asText(),
        "DUE_DATE", labels.get("DUE_DATE").asText(),
        "GROUPS", labels.get("GROUPS").asText()))
        .containsExactlyInAnyOrderEntriesOf(Map.of(
            "TASKS", "Công việc",
            "FILTERS", "Bộ lọc",
            "CLAIM_TASK", "Nhận việc",
            "COMPLETE", "Hoàn thành",
            "DUE_DATE", "Hạn xử lý",
            "GROUPS", "Nhóm"));
  }

  private static List<String> matches(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    found.sort(null);
    return found;
  }
}
