package vn.longbien.exemplar.documents;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.RestNominations;
import vn.longbien.exemplar.support.RoundClock;
import vn.longbien.exemplar.support.TestData;

/**
 * The documents officials sign, generated from the decisions Bồ Đề's council and chairman recorded in a round
 * of the class's own, its nominations submitted inside the round's window: two council meetings (10 January of the
 * round year: three nominees, one not passed; 20 January: one nominee) and two recognition decisions (12/QĐ-UBND
 * on 15 January, 20/QĐ-UBND on 25 January). Read back with the libraries that read such files.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentsApiTest {

  private static final String YEAR = String.valueOf(TestData.ownRound());
  private static final String FIRST_MEETING = YEAR + "-01-10";
  private static final String SECOND_MEETING = YEAR + "-01-20";
  private static final String HANG = TestData.nominee("Nguyễn Thị Hằng");
  private static final String LUC = TestData.nominee("Trần Văn Lực");
  private static final String MAI = TestData.nominee("Lê Thị Mai");
  private static final String HOSTILE = TestData.nominee("<script>Lan & Hà");
  private static final String MINUTES = "/api/documents/council-minutes?unit=phuong-bode&year=" + YEAR;
  private static final String SUBMISSION = "/api/documents/submission?unit=phuong-bode&year=" + YEAR;
  private static final String DECISION_LIST = "/api/documents/decision-list?unit=phuong-bode&year=" + YEAR;

  @Autowired private TestRestTemplate rest;
  @Autowired private RuntimeService runtimeService;
  @Autowired private ManagementService managementService;
  @Autowired private TaskService taskService;
  @Autowired private IdentityService identityService;
  @Value("${exemplar.documents.template-dir}") private String templateDir;

  @BeforeAll
  void boDeCouncilMetTwiceAndItsChairmanDecidedTwice() {
    reviewed(HANG, FIRST_MEETING, 11, "12/QĐ-UBND", false);
    reviewed(HOSTILE, FIRST_MEETING, 10, "12/QĐ-UBND", false);
    reviewed(LUC, FIRST_MEETING, 5, null, false);
    String proposed = reviewed(MAI, SECOND_MEETING, 9, "20/QĐ-UBND", true);
    new RestNominations(rest, runtimeService, managementService, taskService).afterPublicPosting(proposed);
    decide(proposed, "quan.hoidong", "quan-longbien-hoidong", Map.of(
        "councilAction", "vote", "councilMeetingDate", YEAR + "-02-05", "councilMembersTotal", 17,
        "councilMembersPresent", 14, "councilVotesInFavour", 13, "councilVotesAgainst", 1));
  }

  @Test
  void councilMinutesShowTheMeetingAttendanceAndEachNomineesVoteTally() throws IOException {
    String text = pdfText(get(MINUTES + "&meetingDate=" + FIRST_MEETING, "bode.hoidong"));

    assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BIÊN BẢN",
        "PHƯỜNG BỒ ĐỀ", "Long Biên, ngày 10 tháng 01 năm " + YEAR, "Thành viên Hội đồng có mặt: 12/15",
        "hồ sơ của 3 người", HANG, "11/15", "73,33%", LUC, "5/15", "33,33%",
        "Không thông qua", "công nhận 2 người");
    assertThat(text).doesNotContain(MAI);
  }

  @Test
  void councilMinutesAsDocxCarryTheSameTally() throws IOException {
    String text = docxText(get(MINUTES + "&meetingDate=" + FIRST_MEETING + "&format=docx", "bode.hoidong"));

    assertThat(text).contains("BIÊN BẢN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Phường Bồ Đề", "12/15",
        HANG + "\t", "11/15", "73,33%", LUC, "5/15", "Không thông qua", "công nhận 2 người")
        .doesNotContain("{{", MAI);
  }

  @Test
  void submissionListsOnlyWhomTheCouncilPassedWithTheirAchievements() throws IOException {
    String pdf = pdfText(get(SUBMISSION + "&meetingDate=" + FIRST_MEETING, "bode.chutich"));
    String docx = docxText(get(SUBMISSION + "&meetingDate=" + FIRST_MEETING + "&format=docx", "bode.chutich"));

    for (String text : List.of(pdf, docx)) {
      assertThat(text).contains("TỜ TRÌNH", "Kính gửi: Chủ tịch Ủy ban nhân dân Phường Bồ Đề", "công nhận 2 người",
          HANG, "Vận động nhân dân hiến đất", "11/15").doesNotContain(LUC, MAI);
    }
  }

  @Test
  void decisionListNamesTheDecisionAndWhomItRecognised() throws IOException {
    String pdf = pdfText(get(DECISION_LIST + "&decisionNumber=12/QĐ-UBND", "quan.noivu"));
    String docx = docxText(get(DECISION_LIST + "&decisionNumber=12/QĐ-UBND&format=docx", "thanhtra"));

    for (String text : List.of(pdf, docx)) {
      assertThat(text).contains("DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN NĂM " + YEAR, "Quyết định số 12/QĐ-UBND ngày 15/01/" + YEAR,
          HANG, "gồm 2 người").doesNotContain(LUC, MAI);
    }
  }

  @Test
  void districtMinutesCoverWhatTheWardsProposedToTheDistrictCouncil() throws IOException {
    String url = "/api/documents/council-minutes?unit=quan-longbien&year=" + YEAR;

    String text = pdfText(get(url, "quan.hoidong"));

    assertThat(text).contains("BIÊN BẢN", "UBND QUẬN LONG BIÊN", "Quận Long Biên",
        "Thành viên Hội đồng có mặt: 14/17", MAI, "13/17", "76,47%").doesNotContain(HANG);
    assertThat(status(url, "bode.hoidong")).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aYearWithSeveralMeetingsAsksWhichOne() {
    ResponseEntity<Map> response = rest.withBasicAuth("bode.hoidong", "demo").getForEntity(MINUTES, Map.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) response.getBody().get("message"))
        .contains("2 phiên họp", "meetingDate", FIRST_MEETING, SECOND_MEETING);
  }

  @Test
  void aHostileNomineeNameIsPrintedAsTextNotMarkup() throws IOException {
    byte[] docx = get(DECISION_LIST + "&decisionNumber=12/QĐ-UBND&format=docx", "bode.chutich").getBody();

    assertThat(pdfText(get(DECISION_LIST + "&decisionNumber=12/QĐ-UBND", "bode.chutich"))).contains(HOSTILE);
    assertThat(docxText(docx)).contains(HOSTILE);
    assertThat(documentXml(docx)).contains("&lt;script").contains("Lan &amp; Hà").doesNotContain("<script");
  }

  @Test
  void anotherWardsOfficialCannotFindTheWardAndTheNominatingUnitIsRefused() {
    assertThat(status(MINUTES + "&meetingDate=" + FIRST_MEETING, "viethung.hoidong")).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(status(SUBMISSION + "&meetingDate=" + FIRST_MEETING, "viethung.chutich")).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(status(MINUTES + "&meetingDate=" + FIRST_MEETING, "bode.donvi")).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity(MINUTES + "&meetingDate=" + FIRST_MEETING, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void badYearFormatOrMeetingDateAre400InVietnamese() {
    assertThat(message("/api/documents/council-minutes?unit=phuong-bode&year=20x1", HttpStatus.BAD_REQUEST))
        .contains("Năm bình xét không hợp lệ");
    assertThat(message(MINUTES + "&format=odt", HttpStatus.BAD_REQUEST)).contains("chỉ nhận pdf hoặc docx");
    assertThat(message(MINUTES + "&meetingDate=10/01/" + YEAR, HttpStatus.BAD_REQUEST)).contains("Ngày họp không hợp lệ");
    assertThat(message("/api/documents/decision-list?unit=phong-yte&year=" + YEAR, HttpStatus.BAD_REQUEST))
        .contains("chỉ phường hoặc quận");
  }

  @Test
  void anUnknownUnitOrAYearWithoutDecisionsIs404() {
    assertThat(message("/api/documents/council-minutes?unit=phuong-khongco&year=" + YEAR, HttpStatus.NOT_FOUND))
        .contains("Không tìm thấy đơn vị phuong-khongco");
    int yearWithoutDecisions = TestData.ownRound();
    assertThat(message("/api/documents/decision-list?unit=phuong-bode&year=" + yearWithoutDecisions, HttpStatus.NOT_FOUND))
        .contains("Chưa có", "Phường Bồ Đề năm " + yearWithoutDecisions);
  }

  @Test
  void aTemplateSavedInTheAdministratorsDirectoryChangesTheDocument() throws IOException {
    Path edited = Path.of(templateDir).resolve("bien-ban-hop-hoi-dong.xhtml");
    String shipped;
    try (InputStream in = new ClassPathResource("templates/bien-ban-hop-hoi-dong.xhtml").getInputStream()) {
      shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Files.createDirectories(edited.getParent());
    Files.writeString(edited, shipped.replace("<h1>BIÊN BẢN</h1>", "<h1>BIÊN BẢN HỌP (MẪU SỬA ĐỔI)</h1>"));
    try {
      assertThat(pdfText(get(MINUTES + "&meetingDate=" + FIRST_MEETING, "bode.hoidong"))).contains("BIÊN BẢN HỌP (MẪU SỬA ĐỔI)");
    } finally {
      Files.delete(edited);
    }
    assertThat(pdfText(get(MINUTES + "&meetingDate=" + FIRST_MEETING, "bode.hoidong"))).doesNotContain("MẪU SỬA ĐỔI");
  }

  /** Submitted by Bồ Đề, voted on by its council (12 of 15 present), and recognised when it passed. */
  private String reviewed(String name, String meetingDate, int inFavour, String decisionNumber, boolean proposeUpward) {
    ResponseEntity<Map> created = RoundClock.inRound(Integer.parseInt(YEAR), () -> rest.withBasicAuth("bode.donvi", "demo")
        .postForEntity("/api/nominations", Map.ofEntries(
        entry("roundYear", Integer.parseInt(YEAR)), entry("nominatingUnit", "phuong-bode"), entry("nomineeKind", "ca-nhan"),
        entry("nomineeName", name), entry("birthYear", 1980), entry("gender", "nu"),
        entry("positionTitle", "Tổ trưởng tổ dân phố"), entry("workplace", "Tổ dân phố 3"), entry("movement", "chung"),
        entry("achievements", "Vận động nhân dân hiến đất mở rộng ngõ, xây dựng tuyến phố văn minh."),
        entry("generalCriteria", List.of("tc1", "tc2", "tc3", "tc4")), entry("specificCriteria", List.of())), Map.class));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String id = (String) created.getBody().get("id");
    new RestNominations(rest, runtimeService, managementService, taskService).afterPublicPosting(id);
    decide(id, "bode.hoidong", "phuong-bode-hoidong", Map.of(
        "councilAction", "vote", "councilMeetingDate", meetingDate, "councilMembersTotal", 15,
        "councilMembersPresent", 12, "councilVotesInFavour", inFavour, "councilVotesAgainst", 12 - inFavour));
    if (decisionNumber != null) {
      Map<String, Object> decision = new java.util.HashMap<>(Map.of("recognised", true, "proposeUpward", proposeUpward,
          "decisionNumber", decisionNumber, "decisionDate", YEAR + (decisionNumber.startsWith("12/") ? "-01-15" : "-01-25")));
      if (!proposeUpward) {
        decision.put("decisionReason", "Thành tích tiêu biểu của phường");
      }
      decide(id, "bode.chutich", "phuong-bode-chutich", decision);
    }
    return id;
  }

  /** The nomination's open task, completed by an official of the group it is offered to. */
  private void decide(String nominationId, String user, String group, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(nominationId).singleResult();
    identityService.setAuthentication(user, List.of(group));
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private ResponseEntity<byte[]> get(String url, String user) {
    ResponseEntity<byte[]> response = rest.withBasicAuth(user, "demo").getForEntity(url, byte[].class);
    assertThat(response.getStatusCode()).as(url).isEqualTo(HttpStatus.OK);
    return response;
  }

  private HttpStatus status(String url, String user) {
    return HttpStatus.valueOf(rest.withBasicAuth(user, "demo").getForEntity(url, String.class).getStatusCode().value());
  }

  private String message(String url, HttpStatus expected) {
    ResponseEntity<Map> response = rest.withBasicAuth("quan.noivu", "demo").getForEntity(url, Map.class);
    assertThat(response.getStatusCode()).as(url).isEqualTo(expected);
    return (String) response.getBody().get("message");
  }

  private static String pdfText(ResponseEntity<byte[]> response) throws IOException {
    assertThat(response.getHeaders().getContentType().equalsTypeAndSubtype(MediaType.APPLICATION_PDF)).isTrue();
    return pdfText(response.getBody());
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(document);
    }
  }

  private static String docxText(ResponseEntity<byte[]> response) throws IOException {
    assertThat(response.getHeaders().getContentType().equalsTypeAndSubtype(
        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))).isTrue();
    return docxText(response.getBody());
  }

  private static String docxText(byte[] docx) throws IOException {
    try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
      return extractor.getText();
    }
  }

  private static String documentXml(byte[] docx) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().equals("word/document.xml")) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("No word/document.xml in the DOCX");
  }
}
