package vn.longbien.exemplar.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.TestData;

/**
 * {@code /api/exemplars}: search (with or without accents) and each exemplar's history, for the units an official
 * may read; Phòng Nội vụ merges two entries of one exemplar and splits a wrongly matched nomination out, and each
 * merge and split is in the nomination's audit timeline.
 */
@ApplicationTest
@SuppressWarnings({"unchecked", "rawtypes"})
class ExemplarApiTest {

  @Autowired private TestRestTemplate rest;

  @Autowired private RegistryScenarios scenarios;
  private final int year = RegistryScenarios.firstRound();

  @Test
  void searchWithoutAccentsFindsTheExemplarWithItsRecognitionsByYear() {
    String name = TestData.nominee("Đỗ Thị Thanh Hương");
    String suffix = name.substring(name.lastIndexOf(' ') + 1);
    scenarios.recognised(scenarios.person(year, "phuong-bode", name, 1980), "phuong");
    scenarios.recognised(scenarios.person(year + 1, "phuong-bode", name, 1980), "quan");

    List<Map<String, Object>> found = list("bode.hoidong", "/api/exemplars?name=do thi thanh huong " + suffix);

    assertThat(found).singleElement().satisfies(e -> assertThat(e).containsEntry("name", name)
        .containsEntry("unitName", "Phường Bồ Đề").containsEntry("nominations", 2)
        .containsEntry("recognitions", "công nhận cấp phường " + year + ", cấp quận " + (year + 1)));
  }

  @Test
  void theHistoryListsEveryNominationWithItsYearUnitMovementAndOutcome() {
    String name = TestData.nominee("Tổ dân phố 7 Ngọc Thụy");
    String first = scenarios.collective(year, "phuong-bode", name);
    scenarios.recognised(first, "phuong");
    String second = scenarios.collective(year + 1, "phuong-bode", name);

    Map<String, Object> history = get("bode.donvi", "/api/exemplars/" + scenarios.exemplarIdOf(first)).getBody();

    assertThat((Map<String, Object>) history.get("exemplar")).containsEntry("kindLabel", "Tập thể");
    assertThat((List<Map<String, Object>>) history.get("nominations"))
        .extracting(n -> n.get("nominationId"), n -> n.get("roundYear"), n -> n.get("unitName"), n -> n.get("outcome"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(first, year, "Phường Bồ Đề", "công nhận cấp phường"),
            org.assertj.core.groups.Tuple.tuple(second, year + 1, "Phường Bồ Đề", "đã đề cử"));
  }

  @Test
  void aWardOfficialOfAnotherWardNeitherFindsNorReadsTheExemplar() {
    String name = TestData.nominee("Hoàng Văn Riêng");
    String id = scenarios.person(year, "phuong-bode", name, 1975);
    long exemplar = scenarios.exemplarIdOf(id);

    assertThat(list("viethung.donvi", "/api/exemplars?name=" + name)).isEmpty();
    ResponseEntity<Map> other = get("viethung.hoidong", "/api/exemplars/" + exemplar);
    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat((String) other.getBody().get("message")).isEqualTo("Không tìm thấy điển hình số " + exemplar);
    assertThat(get("quan.noivu", "/api/exemplars/" + exemplar).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get("thanhtra", "/api/exemplars/" + exemplar).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void phongNoiVuMergesTwoEntriesOfOneExemplarAndTheMergeIsInTheAudit() {
    String name = TestData.nominee("Vũ Thị Gộp");
    String first = scenarios.person(year, "phuong-bode", name, 1966);
    String second = scenarios.person(year + 1, "phuong-bode", name, 1967); // a typing error in the birth year
    long kept = scenarios.exemplarIdOf(first);
    long retired = scenarios.exemplarIdOf(second);

    ResponseEntity<Map> merged = post("quan.noivu", "/api/exemplars/" + kept + "/merge",
        Map.of("otherId", retired, "reason", "Cùng một người, nhập sai năm sinh"));

    assertThat(merged.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((List<Map<String, Object>>) merged.getBody().get("nominations"))
        .extracting(n -> n.get("nominationId")).containsExactly(first, second);
    assertThat((List<Map<String, Object>>) merged.getBody().get("changes")).singleElement()
        .satisfies(c -> assertThat(c).containsEntry("kind", "MERGE").containsEntry("changedBy", "quan.noivu")
            .containsEntry("reason", "Cùng một người, nhập sai năm sinh"));
    assertThat(((Map<String, Object>) get("bode.donvi", "/api/exemplars/" + retired).getBody().get("exemplar")))
        .containsEntry("id", (int) kept);
    assertThat(auditEntries(second)).filteredOn(e -> "REGISTRY_CHANGE".equals(e.get("kind")))
        .singleElement().satisfies(e -> assertThat(e).containsEntry("actor", "quan.noivu")
            .extracting(entry -> (String) entry.get("description")).asString()
            .contains("gộp điển hình số " + retired + " vào điển hình số " + kept));
  }

  @Test
  void phongNoiVuSplitsAWronglyMatchedNominationIntoAnEntryOfItsOwnAndTheSplitIsInTheAudit() {
    String name = TestData.nominee("Nguyễn Văn Trùng");
    String first = scenarios.person(year, "phuong-bode", name, 1990);
    String namesake = scenarios.person(year + 1, "phuong-bode", name, 1990);
    long shared = scenarios.exemplarIdOf(first);

    ResponseEntity<Map> split = post("quan.noivu", "/api/exemplars/" + shared + "/split",
        Map.of("nominationId", namesake, "reason", "Hai người trùng tên, cùng năm sinh"));

    assertThat(split.getStatusCode()).isEqualTo(HttpStatus.OK);
    long own = ((Number) ((Map<String, Object>) split.getBody().get("exemplar")).get("id")).longValue();
    assertThat(own).isNotEqualTo(shared);
    assertThat((List<Map<String, Object>>) split.getBody().get("nominations"))
        .extracting(n -> n.get("nominationId")).containsExactly(namesake);
    assertThat((List<Map<String, Object>>) get("quan.noivu", "/api/exemplars/" + shared).getBody().get("nominations"))
        .extracting(n -> n.get("nominationId")).containsExactly(first);
    assertThat(auditEntries(namesake)).filteredOn(e -> "REGISTRY_CHANGE".equals(e.get("kind")))
        .singleElement().satisfies(e -> assertThat((String) e.get("description"))
            .contains("tách hồ sơ " + namesake + " khỏi điển hình số " + shared));
  }

  @Test
  void onlyPhongNoiVuOrAnAdministratorMergesOrSplits() {
    String name = TestData.nominee("Lý Văn Quyền");
    long a = scenarios.exemplarIdOf(scenarios.person(year, "phuong-bode", name, 1960));
    long b = scenarios.exemplarIdOf(scenarios.person(year, "phuong-bode", name, 1961));

    assertThat(post("bode.donvi", "/api/exemplars/" + a + "/merge", Map.of("otherId", b)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("thanhtra", "/api/exemplars/" + a + "/merge", Map.of("otherId", b)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("bode.donvi", "/api/exemplars/" + b).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void badMergesAndSplitsAreRefusedWithAVietnameseReason() {
    String name = TestData.nominee("Đinh Thị Lỗi");
    String only = scenarios.person(year, "phuong-bode", name, 1985);
    long a = scenarios.exemplarIdOf(only);
    long collective = scenarios.exemplarIdOf(scenarios.collective(year, "phuong-bode", name));

    assertRefused(post("quan.noivu", "/api/exemplars/" + a + "/merge", Map.of("otherId", a)),
        HttpStatus.BAD_REQUEST, "Không gộp được một mục với chính nó");
    assertRefused(post("quan.noivu", "/api/exemplars/" + a + "/merge", Map.of()),
        HttpStatus.BAD_REQUEST, "Chưa chọn mục cần gộp");
    assertRefused(post("quan.noivu", "/api/exemplars/" + a + "/merge", Map.of("otherId", collective)),
        HttpStatus.CONFLICT, "là tập thể");
    assertRefused(post("quan.noivu", "/api/exemplars/" + a + "/split", Map.of("nominationId", only)),
        HttpStatus.CONFLICT, "chỉ có một hồ sơ đề cử");
    assertRefused(post("quan.noivu", "/api/exemplars/" + a + "/split", Map.of("nominationId", "DC-khong-co")),
        HttpStatus.BAD_REQUEST, "không thuộc điển hình số " + a);
    assertRefused(post("quan.noivu", "/api/exemplars/999999999/merge", Map.of("otherId", a)),
        HttpStatus.NOT_FOUND, "Không tìm thấy điển hình số 999999999");
  }

  private static void assertRefused(ResponseEntity<Map> response, HttpStatus status, String message) {
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(status);
    assertThat((String) response.getBody().get("message")).contains(message);
  }

  private List<Map<String, Object>> auditEntries(String nominationId) {
    ResponseEntity<Map> timeline = get("thanhtra", "/api/audit/nominations/" + nominationId);
    assertThat(timeline.getStatusCode()).isEqualTo(HttpStatus.OK);
    return (List<Map<String, Object>>) timeline.getBody().get("entries");
  }

  private List<Map<String, Object>> list(String user, String url) {
    ResponseEntity<List> response = rest.withBasicAuth(user, "demo").getForEntity(url, List.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private ResponseEntity<Map> get(String user, String url) {
    return rest.withBasicAuth(user, "demo").getForEntity(url, Map.class);
  }

  private ResponseEntity<Map> post(String user, String url, Object body) {
    return rest.withBasicAuth(user, "demo").exchange(url, HttpMethod.POST, new HttpEntity<>(body), Map.class);
  }
}
