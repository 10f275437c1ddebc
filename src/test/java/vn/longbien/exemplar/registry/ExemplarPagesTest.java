package vn.longbien.exemplar.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.BrowserSession;
import vn.longbien.exemplar.support.TestData;

/**
 * {@code /exemplars} as officials read it: the history of their own ward's exemplar, the merge and split forms for
 * Phòng Nội vụ only, nothing of another ward's, and the dossier's section of earlier rounds.
 */
@ApplicationTest
class ExemplarPagesTest {

  @Autowired private TestRestTemplate rest;
  @Autowired private RegistryScenarios scenarios;
  private final int year = RegistryScenarios.firstRound();

  @Test
  void aWardOfficialReadsTheirWardsExemplarButNotAnotherWardsAndOnlyPhongNoiVuGetsTheMergeForm() {
    String name = TestData.nominee("Trịnh Thị Trang");
    String id = scenarios.person(year, "phuong-bode", name, 1982);
    long exemplar = scenarios.exemplarIdOf(id);

    HttpResponse<String> own = browser("bode.donvi").get("/exemplars/" + exemplar);
    HttpResponse<String> other = browser("viethung.donvi").get("/exemplars/" + exemplar);
    HttpResponse<String> secretariat = browser("quan.noivu").get("/exemplars/" + exemplar);

    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.body()).contains(name, "1 lần đề cử", id).doesNotContain("Gộp một mục khác vào mục này");
    assertThat(other.statusCode()).isEqualTo(404);
    assertThat(other.body()).doesNotContain(name);
    assertThat(secretariat.body()).contains("Gộp một mục khác vào mục này");
    assertThat(browser("viethung.donvi").get("/exemplars?name=" + java.net.URLEncoder.encode(name,
        java.nio.charset.StandardCharsets.UTF_8)).body()).contains("Không có điển hình nào khớp điều kiện tìm");
  }

  @Test
  void phongNoiVuMergesOnThePageAndAMergeRefusedShowsTheReason() {
    String name = TestData.nominee("Tạ Văn Hai");
    long kept = scenarios.exemplarIdOf(scenarios.person(year, "phuong-bode", name, 1950));
    long other = scenarios.exemplarIdOf(scenarios.person(year + 1, "phuong-bode", name, 1951));
    BrowserSession noivu = browser("quan.noivu");

    HttpResponse<String> refused = noivu.postFormFrom("/exemplars/" + kept, "/exemplars/" + kept + "/merge",
        Map.of("otherId", String.valueOf(kept)));
    HttpResponse<String> merged = noivu.postFormFrom("/exemplars/" + kept, "/exemplars/" + kept + "/merge",
        Map.of("otherId", String.valueOf(other), "reason", "Nhập sai năm sinh"));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("Không gộp được một mục với chính nó");
    assertThat(merged.statusCode()).isEqualTo(302);
    assertThat(noivu.get("/exemplars/" + kept).body()).contains("Đã gộp điển hình số " + other, "2 lần đề cử",
        "Gộp hai mục của cùng một điển hình", "Nhập sai năm sinh");
  }

  @Test
  void theDossierShowsTheEarlierRoundsWithALinkToTheHistory() {
    String name = TestData.nominee("Mai Thị Sớm");
    String earlier = scenarios.person(year, "phuong-bode", name, 1979);
    scenarios.recognised(earlier, "phuong");
    String now = scenarios.person(year + 1, "phuong-bode", name, 1979);

    String dossier = browser("bode.hoidong").get("/nominations/" + now).body();

    assertThat(dossier).contains("Các năm trước (sổ theo dõi điển hình)", year + " — Phường Bồ Đề",
        "công nhận cấp phường", "Đã được công nhận ở đợt trước",
        "/exemplars/" + scenarios.exemplarIdOf(now));
  }

  private BrowserSession browser(String user) {
    return new BrowserSession(rest.getRootUri()).signedInAs(user, "demo");
  }
}
