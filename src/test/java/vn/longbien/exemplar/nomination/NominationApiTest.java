package vn.longbien.exemplar.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.longbien.exemplar.nomination.NominationRequests.individual;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import vn.longbien.exemplar.support.RestNominations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.RoundClock;
import vn.longbien.exemplar.support.TestData;

/**
 * {@code /api/nominations} as the demo officials use it over HTTP: submitting starts the review, a unit
 * submits only for itself, a nominee is nominated once per round, and each official finds only the records
 * of the units they may read. Every scenario uses a round of its own, as the context is shared, and submits
 * on a day inside its window.
 */
@ApplicationTest
@SuppressWarnings({"unchecked", "rawtypes"})
class NominationApiTest {

  @Autowired private TestRestTemplate rest;
  @Autowired private RuntimeService runtimeService;
  @Autowired private ManagementService managementService;
  @Autowired private TaskService taskService;
  @Autowired private RepositoryService repositoryService;
  @Autowired private JdbcTemplate jdbc;

  @Test
  void submittedNominationIsStoredAndItsReviewStartsWithItsIdAsBusinessKey() {
    int year = TestData.ownRound();
    ResponseEntity<Map> response = post("bode.donvi", individual(year, "phuong-bode", "Trần Thị Mai", 1975));

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
    int year = TestData.ownRound();
    ResponseEntity<Map> response = post("bode.donvi", individual(year, "phuong-viethung", "Phạm Văn Hải", 1970));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rowsOfYear(year)).isZero();
  }

  @Test
  void wardCouncilMemberMayNotSubmitForTheirWard() {
    int year = TestData.sharedRound();
    ResponseEntity<Map> response = post("bode.hoidong", individual(year, "phuong-bode", "Phạm Văn Hải", 1970));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void incompleteNominationIsRefusedWithTheFieldsToCorrectInVietnamese() {
    int year = TestData.ownRound();
    Map<String, Object> body = individual(year, "phuong-bode", " ", 1970);
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
    assertThat(rowsOfYear(year)).isZero();
  }

  @Test
  void sameNomineeTwiceInOneRoundIsRefusedWithTheExistingNomination() {
    int year = TestData.ownRound();
    String first = (String) post("bode.donvi", individual(year, "phuong-bode", "Nguyễn Văn Đức", 1980)).getBody().get("id");

    ResponseEntity<Map> again = post("bode.donvi", individual(year, "phuong-bode", "nguyen  van duc", 1980));

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody()).containsEntry("type", "DuplicateNomination").containsEntry("existingNominationId", first);
    assertThat((String) again.getBody().get("message")).contains("không được khen thưởng hai lần");
    assertThat(rowsOfYear(year)).isEqualTo(1);
  }

  @Test
  void namesakeBornInAnotherYearIsAnotherNominee() {
    int year = TestData.sharedRound();
    post("bode.donvi", individual(year, "phuong-bode", "Lê Thị Hoa", 1980));

    ResponseEntity<Map> namesake = post("bode.donvi", individual(year, "phuong-bode", "Lê Thị Hoa", 1991));

    assertThat(namesake.getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void searchByNameIgnoresAccentsAndCase() {
    int year = TestData.ownRound();
    String id = (String) post("bode.donvi", individual(year, "phuong-bode", "Nguyễn Thị Đào", 1969)).getBody().get("id");
    post("bode.donvi", individual(year, "phuong-bode", "Ngô Văn Nam", 1969));

    Map page = get("bode.donvi", "/api/nominations?year=" + year + "&name=nguyen thi dao").getBody();

    assertThat(page.get("totalElements")).isEqualTo(1);
    assertThat((List<Map<String, Object>>) page.get("content")).extracting(n -> n.get("id")).containsExactly(id);
    assertThat(get("bode.donvi", "/api/nominations?year=" + year + "&name=ĐÀO").getBody().get("totalElements")).isEqualTo(1);
  }

  @Test
  void theNominationListAndTheAuditSearchFindTheSameNomineesForEveryNameTyped() {
    int year = TestData.ownRound();
    String dao = TestData.nominee("Nguyễn Thị Đào");
    String thu = TestData.nominee("Đặng Thị Thu");
    post("bode.donvi", individual(year, "phuong-bode", dao, 1969));
    post("bode.donvi", individual(year, "phuong-bode", TestData.nominee("Ngô Văn Nam"), 1969));
    post("bode.donvi", individual(year, "phuong-bode", thu, 1975));

    for (String typed : List.of("nguyen thi dao", "ĐÀO", "  thi  ", "dang", "ng", "%", "nguy_n", "Nguyễn Thị Đào Xuân")) {
      List<Object> listed = names("bode.donvi", "/api/nominations?year=" + year + "&size=50&name=" + typed);
      ResponseEntity<List> audited = rest.withBasicAuth("thanhtra", "demo").getForEntity(
          "/api/audit/nominations?year=" + year + "&unit=phuong-bode&name=" + typed, List.class);
      assertThat(audited.getStatusCode()).isEqualTo(HttpStatus.OK);

      assertThat(((List<Map<String, Object>>) audited.getBody()).stream().map(n -> n.get("nomineeName")).toList())
          .as("the audit's search for “%s”", typed).containsExactlyInAnyOrderElementsOf(listed);
    }
    assertThat(names("bode.donvi", "/api/nominations?year=" + year + "&name=  thi  "))
        .containsExactlyInAnyOrder(dao, thu);
    assertThat(names("bode.donvi", "/api/nominations?year=" + year + "&name=%")).isEmpty();
  }

  @Test
  void eachOfficialFindsOnlyTheNominationsOfUnitsTheyMayRead() {
    int year = TestData.ownRound();
    post("bode.donvi", individual(year, "phuong-bode", "Đỗ Minh Tâm", 1985));
    post("viethung.donvi", individual(year, "phuong-viethung", "Vũ Thị Lan", 1987));

    assertThat(names("bode.hoidong", "/api/nominations?year=" + year)).containsExactly("Đỗ Minh Tâm");
    assertThat(names("viethung.donvi", "/api/nominations?year=" + year)).containsExactly("Vũ Thị Lan");
    assertThat(names("quan.hoidong", "/api/nominations?year=" + year)).containsExactlyInAnyOrder("Đỗ Minh Tâm", "Vũ Thị Lan");
    assertThat(names("viethung.donvi", "/api/nominations?year=" + year + "&unit=phuong-bode")).isEmpty();
  }

  @Test
  void phongNoiVuFindsAndReadsTheNominationsOfEveryWard() {
    int year = TestData.ownRound();
    String boDe = (String) post("bode.donvi", individual(year, "phuong-bode", "Lương Văn Thu", 1981)).getBody().get("id");
    post("viethung.donvi", individual(year, "phuong-viethung", "Đinh Thị Gom", 1983));

    assertThat(names("quan.noivu", "/api/nominations?year=" + year)).containsExactlyInAnyOrder("Lương Văn Thu", "Đinh Thị Gom");
    assertThat(get("quan.noivu", "/api/nominations/" + boDe).getBody()).containsEntry("nomineeName", "Lương Văn Thu");
  }

  @Test
  void searchIsPagedAndFiltersByUnitMovementAndStatus() {
    int year = TestData.ownRound();
    for (String name : List.of("Cao Văn Một", "Cao Văn Hai", "Cao Văn Ba")) {
      post("bode.donvi", individual(year, "phuong-bode", name, 1990));
    }

    Map first = get("bode.donvi", "/api/nominations?year=" + year + "&unit=phuong-bode&movement=chung&status=POSTED&size=2").getBody();
    Map second = get("bode.donvi", "/api/nominations?year=" + year + "&size=2&page=1").getBody();

    assertThat(first).containsEntry("totalElements", 3).containsEntry("totalPages", 2);
    assertThat((List) first.get("content")).hasSize(2);
    assertThat((List) second.get("content")).hasSize(1);
    assertThat(get("bode.donvi", "/api/nominations?year=" + year + "&status=RECOGNISED_CITY").getBody())
        .containsEntry("totalElements", 0);
    assertThat(get("bode.donvi", "/api/nominations?size=500").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void nominationOfAnotherWardIsUnknownToItsOfficials() {
    int year = TestData.sharedRound();
    String id = (String) post("bode.donvi", individual(year, "phuong-bode", "Hoàng Văn Bình", 1972)).getBody().get("id");

    assertThat(get("viethung.hoidong", "/api/nominations/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get("bode.hoidong", "/api/nominations/" + id).getBody()).containsEntry("nomineeName", "Hoàng Văn Bình");
    assertThat(get("thanhtra", "/api/nominations/" + id).getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<Map> unknown = get("bode.hoidong", "/api/nominations/DC-" + year + "-khongco");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody()).containsEntry("type", "NotFound");
  }

  @Test
  void nominationWhoseReviewCannotStartIsNotStored() {
    int year = TestData.ownRound();
    repositoryService.suspendProcessDefinitionByKey("nomination-review");
    try {
      ResponseEntity<Map> response = post("bode.donvi", individual(year, "phuong-bode", "Kiều Văn Sơn", 1966));

      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
      assertThat(response.getBody()).containsEntry("type", "ReviewNotStarted");
      assertThat(rowsOfYear(year)).isZero();
    } finally {
      repositoryService.activateProcessDefinitionByKey("nomination-review");
    }
  }

  @Test
  void nominationForARoundWhoseDeadlineHasPassedIsRefusedNamingTheOpenRound() {
    int closed = TestData.ownRound();
    int open = TestData.ownRound();

    ResponseEntity<Map> response = RoundClock.inRound(open, () -> rest.withBasicAuth("bode.donvi", "demo")
        .postForEntity("/api/nominations", individual(closed, "phuong-bode", "Trương Văn Trễ", 1974), Map.class));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(response.getBody()).containsEntry("type", "RoundNotOpen").containsEntry("message",
        "Đợt bình xét năm " + closed + " đã hết hạn nhận hồ sơ; hồ sơ nộp muộn chỉ được nhận khi Phòng Nội vụ chấp nhận."
            + " Đợt đang nhận hồ sơ là đợt năm " + open + " (từ ngày 01/12/" + closed + ", hạn trước ngày 31/01/" + open + ").");
    assertThat(rowsOfYear(closed)).isZero();
  }

  @Test
  void nominationForARoundNotYetOpenIsRefusedNamingTheOpenRound() {
    int open = TestData.ownRound();
    int next = TestData.ownRound();

    ResponseEntity<Map> response = RoundClock.inRound(open, () -> rest.withBasicAuth("bode.donvi", "demo")
        .postForEntity("/api/nominations", individual(next, "phuong-bode", "Trương Văn Sớm", 1975), Map.class));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(response.getBody()).containsEntry("type", "RoundNotOpen").containsEntry("message",
        "Đợt bình xét năm " + next + " chưa mở (mở từ ngày 01/12/" + open + "). Đợt đang nhận hồ sơ là đợt năm " + open
            + " (từ ngày 01/12/" + (open - 1) + ", hạn trước ngày 31/01/" + open + ").");
    assertThat(rowsOfYear(next)).isZero();
  }

  @Test
  void phongNoiVuAcceptsALateNominationForAWardAndTheRecordSaysWhoAndWhen() {
    int closed = TestData.ownRound();
    int open = TestData.ownRound();

    ResponseEntity<Map> accepted = RoundClock.inRound(open, () -> rest.withBasicAuth("quan.noivu", "demo")
        .postForEntity("/api/nominations?acceptLate=true", individual(closed, "phuong-bode", "Mẫn Văn Muộn", 1977), Map.class));

    assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String id = (String) accepted.getBody().get("id");
    Map<String, Object> seenByTheWard = get("bode.donvi", "/api/nominations/" + id).getBody();
    assertThat(seenByTheWard).containsEntry("roundYear", closed).containsEntry("nominatingUnit", "phuong-bode");
    assertThat((Map<String, Object>) seenByTheWard.get("lateAcceptance")).containsEntry("acceptedBy", "quan.noivu")
        .containsKey("acceptedAt");
    assertThat((List<Map<String, Object>>) get("bode.donvi", "/api/nominations?year=" + closed).getBody().get("content"))
        .singleElement().satisfies(summary -> assertThat(summary).containsEntry("acceptedLate", true));
    Task council = new RestNominations(rest, runtimeService, managementService, taskService, closed).afterPublicPosting(id);
    assertThat(rest.withBasicAuth("bode.hoidong", "demo")
        .getForObject("/engine-rest/task/" + council.getId() + "/deployed-form", String.class))
        .contains("Nộp sau hạn của đợt, được quan.noivu chấp nhận ngày 10/12/" + closed);
  }

  @Test
  void administratorMayAlsoAcceptALateNomination() {
    int closed = TestData.ownRound();
    int open = TestData.ownRound();

    ResponseEntity<Map> accepted = RoundClock.inRound(open, () -> rest.withBasicAuth("demo", "demo")
        .postForEntity("/api/nominations?acceptLate=true", individual(closed, "phong-yte", "Mẫn Thị Chậm", 1982), Map.class));

    assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat((Map<String, Object>) accepted.getBody().get("lateAcceptance")).containsEntry("acceptedBy", "demo");
  }

  @Test
  void aWardMayNotAcceptItsOwnLateNomination() {
    int closed = TestData.ownRound();
    int open = TestData.ownRound();

    ResponseEntity<Map> response = RoundClock.inRound(open, () -> rest.withBasicAuth("bode.donvi", "demo")
        .postForEntity("/api/nominations?acceptLate=true", individual(closed, "phuong-bode", "Mẫn Văn Tự", 1978), Map.class));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rowsOfYear(closed)).isZero();
  }

  @Test
  void lateAcceptanceWhileTheRoundIsOpenIsRefusedAsNeedless() {
    int open = TestData.ownRound();

    ResponseEntity<Map> response = RoundClock.inRound(open, () -> rest.withBasicAuth("quan.noivu", "demo")
        .postForEntity("/api/nominations?acceptLate=true", individual(open, "phuong-bode", "Mẫn Văn Đúng", 1979), Map.class));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).containsEntry("type", "RoundOpen");
    assertThat(rowsOfYear(open)).isZero();
  }

  /** Submits on a day inside the window of the body's round. */
  private ResponseEntity<Map> post(String user, Map<String, Object> body) {
    return NominationRequests.submit(rest, user, body);
  }

  private ResponseEntity<Map> get(String user, String path) {
    return rest.withBasicAuth(user, "demo").getForEntity(path, Map.class);
  }

  private List<Object> names(String user, String path) {
    ResponseEntity<Map> response = get(user, path);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return ((List<Map<String, Object>>) response.getBody().get("content")).stream().map(n -> n.get("nomineeName")).toList();
  }

  private String reviewOf(String nominationId) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("nomination-review")
        .processInstanceBusinessKey(nominationId).singleResult().getId();
  }

  private int rowsOfYear(int year) {
    return jdbc.queryForObject("SELECT count(*) FROM nomination WHERE round_year = ?", Integer.class, year);
  }
}
