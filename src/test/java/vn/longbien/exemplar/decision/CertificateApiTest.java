package vn.longbien.exemplar.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.BoDeReview;
import vn.longbien.exemplar.support.Officials;
import vn.longbien.exemplar.support.RestNominations;
import vn.longbien.exemplar.support.TestData;

/**
 * The certificate (giấy khen) of each exemplar a chairman recognised, printed from the template: one A4 landscape
 * page per exemplar, with the issuing body, the exemplar's name as written, the decision's number and date. Bồ Đề's
 * nominations of the shared round, told apart by their nominees' names.
 */
@ApplicationTest
class CertificateApiTest {

  private static final AtomicInteger NAMES = new AtomicInteger();
  /** One page of every certificate PDF is rendered here, to be looked at. */
  private static final Path PREVIEW = Path.of("target", "certificates");

  @Autowired private TestRestTemplate rest;
  @Autowired private RuntimeService runtimeService;
  @Autowired private ManagementService managementService;
  @Autowired private TaskService taskService;
  @Autowired private IdentityService identityService;
  @Value("${exemplar.documents.template-dir}") private String templateDir;

  private final int year = TestData.sharedRound();

  @Test
  void aDecisionsCertificatesAreOneLandscapePagePerRecognisedExemplar() throws IOException {
    List<String> names = List.of(name("Nguyễn Thị Hồng Nhung"), name("Trần Văn Đức"), name("Lê Thị Ưng"));
    List<String> ids = passedByTheWardCouncil(names);
    long id = submitted(decision("21/QĐ-UBND", List.of(
        line(ids.get(0), true, "Tiêu biểu"), line(ids.get(1), true, "Tiêu biểu"),
        line(ids.get(2), false, "Chưa đủ thành tích"))));

    ResponseEntity<byte[]> pdf = get("bode.chutich", "/api/decisions/" + id + "/certificates.pdf");

    assertThat(pdf.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PDF)).isTrue();
    try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
      assertThat(document.getNumberOfPages()).isEqualTo(2);
      for (int page = 0; page < 2; page++) {
        PDRectangle size = document.getPage(page).getMediaBox();
        assertThat(size.getWidth()).as("A4 landscape").isCloseTo(842f, org.assertj.core.data.Offset.offset(2f));
        assertThat(size.getHeight()).isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
      }
      String first = pageText(document, 1);
      assertThat(first).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG BỒ ĐỀ", "TẶNG", "GIẤY KHEN", "Bà:", names.get(0),
          "Quyết định số: 21/QĐ-UBND", "15/01/" + year, "Long Biên, ngày 15 tháng 01 năm " + year,
          "Nguyễn Văn An, Chủ tịch UBND", "điển hình tiên tiến năm " + year)
          .doesNotContain(names.get(1));
      assertThat(pageText(document, 2)).contains(names.get(1), "21/QĐ-UBND").doesNotContain(names.get(0));
      assertThat(pageText(document, 1) + pageText(document, 2)).doesNotContain(names.get(2));
      preview(document, "giay-khen-quyet-dinh.png");
    }
  }

  @Test
  void theNominatingUnitPrintsItsRecognisedNomineesCertificate() throws IOException {
    List<String> names = List.of(name("Phạm Thị Thu Hường"));
    List<String> ids = passedByTheWardCouncil(names);
    submitted(decision("22/QĐ-UBND", List.of(line(ids.get(0), true, "Tiêu biểu"))));

    try (PDDocument document = Loader.loadPDF(get("bode.donvi", "/api/nominations/" + ids.get(0) + "/certificate.pdf").getBody())) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      assertThat(pageText(document, 1)).contains(names.get(0), "Quyết định số: 22/QĐ-UBND", "15/01/" + year,
          "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG BỒ ĐỀ", "Tổ trưởng tổ dân phố, Tổ dân phố 5");
      preview(document, "giay-khen-ho-so.png");
    }
    for (String reader : List.of("quan.noivu", "thanhtra", "demo")) {
      assertThat(get(reader, "/api/nominations/" + ids.get(0) + "/certificate.pdf").getStatusCode()).as(reader)
          .isEqualTo(HttpStatus.OK);
    }
  }

  @Test
  void aRecognitionRecordedInTasklistPrintsItsDecisionNumberAndDate() throws IOException {
    String nominee = name("Đỗ Quang Hưng");
    String id = new BoDeReview(rest, runtimeService, managementService, taskService, identityService, year)
        .reviewed(nominee, year + "-01-10", 11, "5/QĐ-UBND");

    try (PDDocument document = Loader.loadPDF(get("bode.chutich", "/api/nominations/" + id + "/certificate.pdf?level=phuong").getBody())) {
      assertThat(pageText(document, 1)).contains(nominee, "Quyết định số: 5/QĐ-UBND", "15/01/" + year,
          "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG BỒ ĐỀ");
    }
  }

  @Test
  void aTemplateSavedInTheAdministratorsDirectoryChangesTheCertificateWithoutARebuild() throws IOException {
    String id = new BoDeReview(rest, runtimeService, managementService, taskService, identityService, year)
        .reviewed(name("Chu Thị Mẫu"), year + "-01-10", 11, "6/QĐ-UBND");
    Path edited = Path.of(templateDir).resolve("giay-khen.xhtml");
    String shipped;
    try (InputStream in = new ClassPathResource("templates/giay-khen.xhtml").getInputStream()) {
      shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Files.createDirectories(edited.getParent());
    Files.writeString(edited, shipped.replace("<p class=\"give\">TẶNG</p>", "<p class=\"give\">TẶNG (MẪU SỬA ĐỔI)</p>"));
    try (PDDocument document = Loader.loadPDF(get("bode.donvi", "/api/nominations/" + id + "/certificate.pdf").getBody())) {
      assertThat(pageText(document, 1)).contains("TẶNG (MẪU SỬA ĐỔI)", "6/QĐ-UBND");
    } finally {
      Files.delete(edited);
    }
    try (PDDocument document = Loader.loadPDF(get("bode.donvi", "/api/nominations/" + id + "/certificate.pdf").getBody())) {
      assertThat(pageText(document, 1)).doesNotContain("MẪU SỬA ĐỔI");
    }
  }

  @Test
  void aNomineeRecognisedByTheWardAndTheDistrictHasEachChairmansCertificate() throws IOException {
    String nominee = name("Trịnh Thị Quận");
    String id = passedByTheWardCouncil(List.of(nominee)).get(0);
    Officials.completeAs(identityService, taskService, "bode.chutich", "phuong-bode-chutich", task(id), Map.of(
        "recognised", true, "proposeUpward", true, "decisionNumber", "3/QĐ-UBND", "decisionDate", year + "-01-12"));
    new RestNominations(rest, runtimeService, managementService, taskService, year).afterPublicPosting(id);
    Officials.completeAs(identityService, taskService, "quan.hoidong", "quan-longbien-hoidong", task(id), Map.of(
        "councilAction", "vote", "councilMeetingDate", year + "-02-05", "councilMembersTotal", 17,
        "councilMembersPresent", 14, "councilVotesInFavour", 13, "councilVotesAgainst", 1));
    Officials.completeAs(identityService, taskService, "quan.chutich", "quan-longbien-chutich", task(id), Map.of(
        "recognised", true, "proposeGoodDeed", false, "proposeOutstandingCitizen", false, "proposeBook", false,
        "decisionNumber", "50/QĐ-UBND", "decisionDate", year + "-02-10", "decisionReason", "Công nhận cấp quận"));

    try (PDDocument latest = Loader.loadPDF(get("quan.noivu", "/api/nominations/" + id + "/certificate.pdf").getBody());
        PDDocument ward = Loader.loadPDF(get("quan.noivu", "/api/nominations/" + id + "/certificate.pdf?level=phuong").getBody())) {
      assertThat(pageText(latest, 1)).contains("CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN LONG BIÊN", nominee, "50/QĐ-UBND",
          "10/02/" + year);
      assertThat(pageText(ward, 1)).contains("CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG BỒ ĐỀ", nominee, "3/QĐ-UBND", "12/01/" + year);
    }
    assertThat(call("bode.chutich", "/api/nominations/" + id + "/certificate.pdf?level=quan").getStatusCode())
        .as("the ward's chairman did not sign the district's certificate").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call("quan.noivu", "/api/nominations/" + id + "/certificate.pdf?level=thanh-pho").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void aNomineeNotRecognisedHasNoCertificate() {
    List<String> ids = passedByTheWardCouncil(List.of(name("Vũ Thị Lành"), name("Hoàng Văn Tư")));
    long id = submitted(decision("23/QĐ-UBND", List.of(
        line(ids.get(0), false, "Chưa đủ thành tích"), line(ids.get(1), false, "Chưa đủ thành tích"))));

    ResponseEntity<Map> nominee = call("bode.donvi", "/api/nominations/" + ids.get(0) + "/certificate.pdf");
    assertThat(nominee.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) nominee.getBody().get("message")).contains("chưa được Chủ tịch UBND", "công nhận");
    ResponseEntity<Map> decision = call("bode.chutich", "/api/decisions/" + id + "/certificates.pdf");
    assertThat(decision.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) decision.getBody().get("message")).contains("không công nhận ai");
  }

  @Test
  void aDraftDecisionHasNoCertificatesYet() {
    List<String> ids = passedByTheWardCouncil(List.of(name("Ngô Thị Hạnh")));
    ResponseEntity<Map> opened = rest.withBasicAuth("bode.chutich", "demo").exchange("/api/decisions", HttpMethod.POST,
        new HttpEntity<>(decision("24/QĐ-UBND", List.of(line(ids.get(0), true, "Tiêu biểu")))), Map.class);
    long id = ((Number) opened.getBody().get("id")).longValue();

    ResponseEntity<Map> draft = call("bode.chutich", "/api/decisions/" + id + "/certificates.pdf");
    assertThat(draft.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) draft.getBody().get("message")).contains("chưa gửi");
  }

  @Test
  void anotherWardFindsNeitherTheDecisionNorTheNominee() {
    List<String> ids = passedByTheWardCouncil(List.of(name("Đinh Thị Xuân")));
    long id = submitted(decision("25/QĐ-UBND", List.of(line(ids.get(0), true, "Tiêu biểu"))));

    for (String stranger : List.of("viethung.chutich", "viethung.donvi")) {
      assertThat(call(stranger, "/api/decisions/" + id + "/certificates.pdf").getStatusCode()).as(stranger)
          .isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(call(stranger, "/api/nominations/" + ids.get(0) + "/certificate.pdf").getStatusCode()).as(stranger)
          .isEqualTo(HttpStatus.NOT_FOUND);
    }
    assertThat(call("bode.hoidong", "/api/nominations/" + ids.get(0) + "/certificate.pdf").getStatusCode())
        .as("the ward council reads the dossier but prints no certificate").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.withBasicAuth("bode.donvi", "demo").getForEntity("/api/decisions/" + id + "/certificates.pdf",
        byte[].class).getStatusCode()).as("the nominating unit prints its nominees' certificates of the decision")
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void theApiDescriptionNamesBothCertificatesAsPdf() {
    JsonNode paths = rest.withBasicAuth("bode.donvi", "demo").getForEntity("/v3/api-docs", JsonNode.class).getBody()
        .get("paths");

    for (String path : List.of("/api/decisions/{id}/certificates.pdf", "/api/nominations/{id}/certificate.pdf")) {
      JsonNode get = paths.path(path).path("get");
      assertThat(get.path("tags").toString()).as(path).contains("Giấy khen");
      assertThat(get.path("responses").path("200").path("content").has("application/pdf")).as(path).isTrue();
    }
  }

  // The nominations and the decision.

  private String name(String name) {
    return name + " " + NAMES.incrementAndGet();
  }

  private List<String> passedByTheWardCouncil(List<String> names) {
    RestNominations bode = new RestNominations(rest, runtimeService, managementService, taskService, year);
    List<String> ids = new ArrayList<>();
    for (String name : names) {
      String id = bode.submitByBoDe(name);
      Task council = bode.afterPublicPosting(id);
      Officials.completeAs(identityService, taskService, "bode.hoidong", "phuong-bode-hoidong", council, Map.of(
          "councilAction", "vote", "councilMeetingDate", year + "-01-10", "councilMembersTotal", 15,
          "councilMembersPresent", 12, "councilVotesInFavour", 11, "councilVotesAgainst", 1));
      ids.add(id);
    }
    return ids;
  }

  private Map<String, Object> decision(String number, List<Map<String, Object>> lines) {
    Map<String, Object> decision = new LinkedHashMap<>();
    decision.put("decisionNumber", number);
    decision.put("decisionDate", year + "-01-15");
    decision.put("signer", "Nguyễn Văn An, Chủ tịch UBND");
    decision.put("lines", lines);
    return decision;
  }

  private static Map<String, Object> line(String id, boolean recognised, String reason) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("nominationId", id);
    line.put("recognised", recognised);
    line.put("reason", reason);
    return line;
  }

  private long submitted(Map<String, Object> decision) {
    ResponseEntity<Map> opened = rest.withBasicAuth("bode.chutich", "demo")
        .exchange("/api/decisions", HttpMethod.POST, new HttpEntity<>(decision), Map.class);
    assertThat(opened.getStatusCode()).as(String.valueOf(opened.getBody())).isEqualTo(HttpStatus.CREATED);
    long id = ((Number) opened.getBody().get("id")).longValue();
    ResponseEntity<Map> submitted = rest.withBasicAuth("bode.chutich", "demo")
        .exchange("/api/decisions/" + id + "/submit", HttpMethod.POST, null, Map.class);
    assertThat(submitted.getStatusCode()).as(String.valueOf(submitted.getBody())).isEqualTo(HttpStatus.OK);
    return id;
  }

  private Task task(String nominationId) {
    return taskService.createTaskQuery().processInstanceBusinessKey(nominationId).singleResult();
  }

  private ResponseEntity<byte[]> get(String user, String url) {
    ResponseEntity<byte[]> response = rest.withBasicAuth(user, "demo").getForEntity(url, byte[].class);
    assertThat(response.getStatusCode()).as(user + " " + url).isEqualTo(HttpStatus.OK);
    return response;
  }

  private ResponseEntity<Map> call(String user, String url) {
    return rest.withBasicAuth(user, "demo").getForEntity(url, Map.class);
  }

  private static String pageText(PDDocument document, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(true);
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(document);
  }

  private static void preview(PDDocument document, String file) throws IOException {
    Files.createDirectories(PREVIEW);
    BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 80);
    ImageIO.write(image, "png", PREVIEW.resolve(file).toFile());
  }
}
