package vn.longbien.exemplar.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.longbien.exemplar.nomination.NominationRequests.individual;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.longbien.exemplar.support.ApplicationTest;

/**
 * {@code /api/nominations} as the demo officials use it over HTTP: submitting starts the review, a unit
 * submits only for itself, a nominee is nominated once per round, and each official finds only the records
 * of the units they may read. Every scenario uses a year of its own, as the context is shared.
 */
@ApplicationTest
@SuppressWarnings({"unchecked", "rawtypes"})
class NominationApiTest {

  @Autowired private TestRestTemplate rest;
  @Autowired private RuntimeService runtimeService;
  @Autowired private RepositoryService repositoryService;
  @Autowired private JdbcTemplate jdbc;

  @Test
  void submittedNominationIsStoredAndItsReviewStartsWithItsIdAsBusinessKey() {
    ResponseEntity<Map> response = post("bode.donvi", individual(2041, "phuong-bode", "Trần Thị Mai", 1975));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String id = (String) response.getBody().get("id");
    assertThat(response.getHeaders().getLocation()).hasToString("/api/nominations/" + id);
    assertThat(response.getBody()).containsEntry("nominatingUnitName", "Phường Bồ Đề")
        .containsEntry("status", "POSTED").containsEntry("statusLabel", "Đang công khai danh sách");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("nomination-review")
        .processInstanceBusinessKey(id).count()).isEqualTo(1);
  }

  @Test
  void nominatingForAnotherWardIsForbiddenAndStoresNothing() {
    ResponseEntity<Map> response = post("bode.donvi", individual(2042, "phuong-viethung", "Phạm Văn Hải", 1970));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rowsOfYear(2042)).isZero();
  }

  @Test
  void wardCouncilMemberMayNotSubmitForTheirWard() {
    ResponseEntity<Map> response = post("bode.hoidong", individual(2042, "phuong-bode", "Phạm Văn Hải", 1970));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void incompleteNominationIsRefusedWithTheFieldsToCorrectInVietnamese() {
    Map<String, Object> body = individual(2043, "phuong-bode", " ", 1970);
    body.put("nomineeKind", "ca nhan");
    body.put("movement", "khong-co");
    body.put("generalCriteria", List.of("tc9"));

    ResponseEntity<Map> response = post("bode.donvi", body);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).containsEntry("type", "ValidationError");
    List<Map<String, String>> fields = (List<Map<String, String>>) response.getBody().get("fieldErrors");
    assertThat(fields).extracting(f -> f.get("field"))
        .containsExactlyInAnyOrder("nomineeName", "nomineeKind", "movement", "generalCriteria[0]");
    assertThat(fields).extracting(f -> f.get("message"))
        .contains("Chưa nhập họ và tên / tên tập thể", "Mã phong trào thi đua không có trong danh mục");
    assertThat(rowsOfYear(2043)).isZero();
  }

  @Test
  void sameNomineeTwiceInOneRoundIsRefusedWithTheExistingNomination() {
    String first = (String) post("bode.donvi", individual(2044, "phuong-bode", "Nguyễn Văn Đức", 1980)).getBody().get("id");

    ResponseEntity<Map> again = post("bode.donvi", individual(2044, "phuong-bode", "nguyen  van duc", 1980));

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody()).containsEntry("type", "DuplicateNomination").containsEntry("existingNominationId", first);
    assertThat((String) again.getBody().get("message")).contains("không được khen thưởng hai lần");
    assertThat(rowsOfYear(2044)).isEqualTo(1);
  }

  @Test
  void namesakeBornInAnotherYearIsAnotherNominee() {
    post("bode.donvi", individual(2045, "phuong-bode", "Lê Thị Hoa", 1980));

    ResponseEntity<Map> namesake = post("bode.donvi", individual(2045, "phuong-bode", "Lê Thị Hoa", 1991));

    assertThat(namesake.getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void searchByNameIgnoresAccentsAndCase() {
    String id = (String) post("bode.donvi", individual(2046, "phuong-bode", "Nguyễn Thị Đào", 1969)).getBody().get("id");
    post("bode.donvi", individual(2046, "phuong-bode", "Ngô Văn Nam", 1969));

    Map page = get("bode.donvi", "/api/nominations?year=2046&name=nguyen thi dao").getBody();

    assertThat(page.get("totalElements")).isEqualTo(1);
    assertThat((List<Map<String, Object>>) page.get("content")).extracting(n -> n.get("id")).containsExactly(id);
    assertThat(get("bode.donvi", "/api/nominations?year=2046&name=ĐÀO").getBody().get("totalElements")).isEqualTo(1);
  }

  @Test
  void eachOfficialFindsOnlyTheNominationsOfUnitsTheyMayRead() {
    post("bode.donvi", individual(2047, "phuong-bode", "Đỗ Minh Tâm", 1985));
    post("viethung.donvi", individual(2047, "phuong-viethung", "Vũ Thị Lan", 1987));

    assertThat(names("bode.hoidong", "/api/nominations?year=2047")).containsExactly("Đỗ Minh Tâm");
    assertThat(names("viethung.donvi", "/api/nominations?year=2047")).containsExactly("Vũ Thị Lan");
    assertThat(names("quan.hoidong", "/api/nominations?year=2047")).containsExactlyInAnyOrder("Đỗ Minh Tâm", "Vũ Thị Lan");
    assertThat(names("viethung.donvi", "/api/nominations?year=2047&unit=phuong-bode")).isEmpty();
  }

  @Test
  void phongNoiVuFindsAndReadsTheNominationsOfEveryWard() {
    String boDe = (String) post("bode.donvi", individual(2051, "phuong-bode", "Lương Văn Thu", 1981)).getBody().get("id");
    post("viethung.donvi", individual(2051, "phuong-viethung", "Đinh Thị Gom", 1983));

    assertThat(names("quan.noivu", "/api/nominations?year=2051")).containsExactlyInAnyOrder("Lương Văn Thu", "Đinh Thị Gom");
    assertThat(get("quan.noivu", "/api/nominations/" + boDe).getBody()).containsEntry("nomineeName", "Lương Văn Thu");
  }

  @Test
  void searchIsPagedAndFiltersByUnitMovementAndStatus() {
    for (String name : List.of("Cao Văn Một", "Cao Văn Hai", "Cao Văn Ba")) {
      post("bode.donvi", individual(2048, "phuong-bode", name, 1990));
    }

    Map first = get("bode.donvi", "/api/nominations?year=2048&unit=phuong-bode&movement=chung&status=POSTED&size=2").getBody();
    Map second = get("bode.donvi", "/api/nominations?year=2048&size=2&page=1").getBody();

    assertThat(first).containsEntry("totalElements", 3).containsEntry("totalPages", 2);
    assertThat((List) first.get("content")).hasSize(2);
    assertThat((List) second.get("content")).hasSize(1);
    assertThat(get("bode.donvi", "/api/nominations?year=2048&status=RECOGNISED_CITY").getBody())
        .containsEntry("totalElements", 0);
    assertThat(get("bode.donvi", "/api/nominations?size=500").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void nominationOfAnotherWardIsUnknownToItsOfficials() {
    String id = (String) post("bode.donvi", individual(2049, "phuong-bode", "Hoàng Văn Bình", 1972)).getBody().get("id");

    assertThat(get("viethung.hoidong", "/api/nominations/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get("bode.hoidong", "/api/nominations/" + id).getBody()).containsEntry("nomineeName", "Hoàng Văn Bình");
    assertThat(get("thanhtra", "/api/nominations/" + id).getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<Map> unknown = get("bode.hoidong", "/api/nominations/DC-2049-khongco");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody()).containsEntry("type", "NotFound");
  }

  @Test
  void nominationWhoseReviewCannotStartIsNotStored() {
    repositoryService.suspendProcessDefinitionByKey("nomination-review");
    try {
      ResponseEntity<Map> response = post("bode.donvi", individual(2050, "phuong-bode", "Kiều Văn Sơn", 1966));

      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
      assertThat(response.getBody()).containsEntry("type", "ReviewNotStarted");
      assertThat(rowsOfYear(2050)).isZero();
    } finally {
      repositoryService.activateProcessDefinitionByKey("nomination-review");
    }
  }

  private ResponseEntity<Map> post(String user, Map<String, Object> body) {
    return rest.withBasicAuth(user, "demo").postForEntity("/api/nominations", body, Map.class);
  }

  private ResponseEntity<Map> get(String user, String path) {
    return rest.withBasicAuth(user, "demo").getForEntity(path, Map.class);
  }

  private List<Object> names(String user, String path) {
    ResponseEntity<Map> response = get(user, path);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return ((List<Map<String, Object>>) response.getBody().get("content")).stream().map(n -> n.get("nomineeName")).toList();
  }

  private int rowsOfYear(int year) {
    return jdbc.queryForObject("SELECT count(*) FROM nomination WHERE round_year = ?", Integer.class, year);
  }
}
