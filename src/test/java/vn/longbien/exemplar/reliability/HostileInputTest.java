package vn.longbien.exemplar.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.HostileFiles;
import vn.longbien.exemplar.support.Multipart;
import vn.longbien.exemplar.support.RestNominations;

/**
 * Hostile and malformed input at every public endpoint: each is refused with 4xx and a message, never a
 * 5xx, and nothing is written — no nomination, process instance, attachment, objection or deployment.
 */
@ApplicationTest
@SuppressWarnings({"unchecked", "rawtypes"})
class HostileInputTest {

  private static final String TEN_MEGABYTES = "A".repeat(10 * 1024 * 1024);
  private static final byte[] INVALID_UTF8 = {'{', '"', 'n', 'o', 'm', 'i', 'n', 'e', 'e', 'N', 'a', 'm', 'e', '"', ':',
      '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'};
  private static final String[] STORED = {"nomination", "act_ru_execution", "attachment", "objection",
      "act_re_deployment", "act_ru_variable"};

  @Autowired private TestRestTemplate rest;
  @Autowired private RuntimeService runtimeService;
  @Autowired private ManagementService managementService;
  @Autowired private TaskService taskService;
  @Autowired private JdbcTemplate jdbc;

  private record Attempt(String what, HttpMethod method, String path, String user, HttpEntity<?> body) {}

  @Test
  void everyHostileInputIsRefusedWith4xxAndWritesNothing() throws IOException {
    String nomination = new RestNominations(rest, runtimeService, managementService, taskService)
        .submitByBoDe("Nguyễn Văn Đích Thật");
    List<Attempt> attempts = attempts(nomination);
    Map<String, Integer> before = storedRows();

    SoftAssertions softly = new SoftAssertions();
    for (Attempt attempt : attempts) {
      // The paths are written already encoded; a URI keeps them as they are.
      ResponseEntity<String> answer = rest.withBasicAuth(attempt.user(), "demo").exchange(
          URI.create(rest.getRootUri() + attempt.path()), attempt.method(), attempt.body(), String.class);
      softly.assertThat(answer.getStatusCode().is4xxClientError())
          .as("%s → %s %s", attempt.what(), answer.getStatusCode(), answer.getBody()).isTrue();
      // The application's API always answers its JSON error; Camunda's answers a JSON syntax error in plain
      // text, and Tomcat refuses an encoded "/" in a path with its own page before any application code runs.
      boolean reachesTheApi = attempt.path().startsWith("/api") && !attempt.path().contains("%2F");
      softly.assertThat(answer.getBody()).as("%s: a message for the caller", attempt.what())
          .contains(reachesTheApi ? "\"message\"" : "");
      softly.assertThat(answer.getBody()).as("%s: a message for the caller", attempt.what()).isNotBlank();
    }
    Map<String, Integer> after = storedRows();

    System.out.printf("RELIABILITY hostile input: %d inputs tried on %d endpoints, stored rows before %s after %s%n",
        attempts.size(), attempts.stream().map(a -> a.method() + " " + a.path().replaceAll("\\?.*", "")).distinct().count(),
        before, after);
    softly.assertThat(after).as("nothing written").isEqualTo(before);
    softly.assertAll();
  }

  /**
   * An official who knows Camunda REST tries to take over a step: another step's data, the routing, the task's own
   * properties, another ward's group. Each is refused with 4xx, and the task, its candidates and the review's
   * variables are as they were.
   */
  @Test
  void everyAttemptToTakeOverAStepIsRefusedAndChangesNothing() {
    RestNominations nominations = new RestNominations(rest, runtimeService, managementService, taskService);
    org.camunda.bpm.engine.task.Task council = nominations.afterPublicPosting(nominations.submitByBoDe("Phùng Văn Chiếm Bước"));
    String task = "/engine-rest/task/" + council.getId();
    String vote = "\"councilAction\":{\"value\":\"vote\"},\"councilMeetingDate\":{\"value\":\"2027-01-10\"},"
        + "\"councilMembersTotal\":{\"value\":15},\"councilMembersPresent\":{\"value\":13},"
        + "\"councilVotesInFavour\":{\"value\":12},\"councilVotesAgainst\":{\"value\":1}";
    List<Attempt> attempts = List.of(
        asCouncil("re-route through task variables", HttpMethod.POST, task + "/variables",
            "{\"modifications\":{\"reviewUnit\":{\"value\":\"phuong-viethung\"}}}"),
        asCouncil("rewrite the secretariat", HttpMethod.PUT, task + "/variables/secretariatGroup",
            "{\"value\":\"phuong-viethung-hoidong\",\"type\":\"String\"}"),
        asCouncil("rename the nominee", HttpMethod.PUT, task + "/variables/nomineeName", "{\"value\":\"Tên đã bị đổi\"}"),
        asCouncil("set a local variable", HttpMethod.POST, task + "/localVariables",
            "{\"modifications\":{\"reviewUnit\":{\"value\":\"phuong-viethung\"}}}"),
        asCouncil("remove the review unit", HttpMethod.DELETE, task + "/variables/reviewUnit", null),
        asCouncil("complete with another step's fields", HttpMethod.POST, task + "/complete",
            "{\"variables\":{" + vote + ",\"recognised\":{\"value\":true},\"proposeUpward\":{\"value\":true}}}"),
        asCouncil("submit the form with the routing", HttpMethod.POST, task + "/submit-form",
            "{\"variables\":{" + vote + ",\"reviewUnit\":{\"value\":\"phuong-viethung\"}}}"),
        asCouncil("a vote the form refuses", HttpMethod.POST, task + "/complete",
            "{\"variables\":{" + vote.replace("\"councilMembersPresent\":{\"value\":13}", "\"councilMembersPresent\":{\"value\":99}")
                + "}}"),
        asCouncil("add another ward's group", HttpMethod.POST, task + "/identity-links",
            "{\"groupId\":\"phuong-viethung-hoidong\",\"type\":\"candidate\"}"),
        asCouncil("postpone and rename the task", HttpMethod.PUT, task,
            "{\"name\":\"Để sau\",\"due\":\"2030-01-31T00:00:00.000+0700\",\"priority\":50}"),
        asCouncil("assign to another ward", HttpMethod.POST, task + "/assignee", "{\"userId\":\"viethung.hoidong\"}"),
        asCouncil("delegate to another ward", HttpMethod.POST, task + "/delegate", "{\"userId\":\"viethung.hoidong\"}"),
        asCouncil("claim for another ward", HttpMethod.POST, task + "/claim", "{\"userId\":\"viethung.hoidong\"}"),
        asCouncil("end the step with an uncaught BPMN error", HttpMethod.POST, task + "/bpmnError", "{\"errorCode\":\"bo-qua\"}"),
        new Attempt("another ward unclaims", HttpMethod.POST, task + "/unclaim", "viethung.hoidong", null),
        new Attempt("another ward comments", HttpMethod.POST, task + "/comment/create", "viethung.hoidong",
            jsonBytes("{\"message\":\"Ý kiến lạ\"}".getBytes(StandardCharsets.UTF_8))),
        json("start the review with its routing", "/engine-rest/process-definition/key/nomination-review/start",
            "{\"variables\":{\"reviewUnit\":{\"value\":\"phuong-viethung\"},\"level\":{\"value\":\"quan\"},"
                + "\"secretariatGroup\":{\"value\":\"phuong-viethung-hoidong\"}}}"),
        json("start the review part-way", "/engine-rest/process-definition/key/nomination-review/start",
            "{\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Gateway_EntryLevel\"}]}"));
    String state = stepState(council);
    Map<String, Integer> before = storedRows();

    SoftAssertions softly = new SoftAssertions();
    for (Attempt attempt : attempts) {
      ResponseEntity<String> answer = rest.withBasicAuth(attempt.user(), "demo").exchange(
          URI.create(rest.getRootUri() + attempt.path()), attempt.method(), attempt.body(), String.class);
      softly.assertThat(answer.getStatusCode().is4xxClientError())
          .as("%s → %s %s", attempt.what(), answer.getStatusCode(), answer.getBody()).isTrue();
    }

    System.out.printf("RELIABILITY step takeover: %d attempts on %d endpoints, all 4xx: %s%n", attempts.size(),
        attempts.stream().map(a -> a.method() + " " + a.path().replace(council.getId(), "{id}")).distinct().count(),
        !softly.wasSuccess() ? "no" : "yes");
    softly.assertThat(stepState(council)).as("the task, its candidates and the review's variables").isEqualTo(state);
    softly.assertThat(storedRows()).as("nothing written").isEqualTo(before);
    softly.assertAll();
  }

  /** The council task's own fields, its identity links and the level's variables, as one comparable text. */
  private String stepState(org.camunda.bpm.engine.task.Task council) {
    return jdbc.queryForList("SELECT name_, due_date_, priority_, assignee_, owner_, delegation_ FROM act_ru_task"
        + " WHERE id_ = ?", council.getId())
        + " " + jdbc.queryForList("SELECT type_, group_id_, user_id_ FROM act_ru_identitylink WHERE task_id_ = ?"
        + " ORDER BY type_, group_id_, user_id_", council.getId())
        + " " + jdbc.queryForList("SELECT name_, text_ FROM act_ru_variable WHERE proc_inst_id_ = ? ORDER BY name_",
        council.getProcessInstanceId())
        + " " + jdbc.queryForObject("SELECT count(*) FROM act_hi_comment WHERE task_id_ = ?", Integer.class, council.getId());
  }

  private static Attempt asCouncil(String what, HttpMethod method, String path, String body) {
    return new Attempt(what, method, path, "bode.hoidong",
        body == null ? null : jsonBytes(body.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aBpmnWithAnExternalEntityIsRefusedEvenFromTheAdministrator() {
    String xxe = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE definitions [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="xxe">
          <process id="xxe-probe" name="&secret;" isExecutable="true" camunda:historyTimeToLive="1">
            <startEvent id="StartEvent_Probe" name="Bắt đầu" />
          </process>
        </definitions>
        """;
    long deployments = jdbc.queryForObject("SELECT count(*) FROM act_re_deployment", Long.class);

    ResponseEntity<String> answer = rest.withBasicAuth("demo", "demo").postForEntity("/engine-rest/deployment/create",
        Multipart.file("xxe.bpmn", xxe.getBytes(StandardCharsets.UTF_8), "deployment-name", "xxe"), String.class);

    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat(answer.getBody()).contains("DOCTYPE").doesNotContain("root:");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM act_re_deployment", Long.class)).isEqualTo(deployments);
  }

  private List<Attempt> attempts(String nomination) throws IOException {
    List<Attempt> attempts = new ArrayList<>();
    for (String path : List.of("/api/nominations", "/api/nominations/" + nomination + "/objections")) {
      attempts.add(json("wrong types", path, "{\"roundYear\":\"năm nay\",\"birthYear\":[1],\"senderName\":{}}"));
      attempts.add(json("missing fields", path, "{}"));
      attempts.add(json("not JSON", path, "<nomination/>"));
      attempts.add(json("an array instead of an object", path, "[1,2,3]"));
      attempts.add(json("JSON nested 5000 deep", path, "[".repeat(5000) + "]".repeat(5000)));
      attempts.add(json("10 MB string", path,
          "{\"roundYear\":2027,\"nominatingUnit\":\"phuong-bode\",\"nomineeKind\":\"ca-nhan\",\"nomineeName\":\""
              + TEN_MEGABYTES + "\",\"achievements\":\"" + TEN_MEGABYTES + "\",\"senderName\":\"" + TEN_MEGABYTES
              + "\",\"content\":\"" + TEN_MEGABYTES + "\"}"));
      attempts.add(new Attempt("invalid UTF-8", HttpMethod.POST, path, "bode.donvi", jsonBytes(INVALID_UTF8)));
    }
    String start = "/engine-rest/process-definition/key/nomination-review/start";
    attempts.add(json("wrong variable type", start, "{\"variables\":{\"roundYear\":{\"value\":\"x\",\"type\":\"Integer\"}}}"));
    attempts.add(json("unknown variable type", start, "{\"variables\":{\"roundYear\":{\"value\":1,\"type\":\"Nonsense\"}}}"));
    attempts.add(json("not JSON", start, "<start/>"));
    attempts.add(json("10 MB string", start, "{\"variables\":{\"nomineeName\":{\"value\":\"" + TEN_MEGABYTES + "\"}}}"));
    attempts.add(new Attempt("invalid UTF-8", HttpMethod.POST, start, "bode.donvi", jsonBytes(INVALID_UTF8)));
    attempts.add(json("Java-serialized variable", start,
        "{\"variables\":{\"x\":{\"value\":\"rO0AB\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.util.Date\","
            + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}}}"));

    String nominations = "/api/nominations";
    attempts.add(json("a name of zero-width spaces", nominations, nomination("2027", "\\u200B\\u2060\\u200B")));
    attempts.add(json("a name containing NUL", nominations, nomination("2027", "Nguyễn\\u0000Văn Rỗng")));
    attempts.add(json("a line break in a name", nominations, nomination("2027", "Nguyễn Văn\\nHai Dòng")));
    attempts.add(json("a year with a fraction", nominations, nomination("2027.5", "Nguyễn Văn Lẻ")));
    attempts.add(json("a control character in an objection", "/api/nominations/" + nomination + "/objections",
        "{\"senderName\":\"Tổ dân phố\\u0007\",\"content\":\"Nội dung\\u0000\",\"isComplaint\":false}"));
    attempts.add(new Attempt("NUL in an attachment's description", HttpMethod.POST,
        "/api/nominations/" + nomination + "/attachments", "bode.donvi",
        Multipart.file("Giấy khen.pdf", "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), "description", "Giấy\u0000khen")));
    attempts.add(get("NUL in a search", "/api/nominations?name=Nguy%00%E1%BB%85n"));

    String imports = "/api/nominations/import";
    attempts.add(upload("zip bomb XLSX", imports, "bom.xlsx", zipBomb()));
    attempts.add(upload("XLSX with one entry inflating to 300 MB", imports, "phinh-to.xlsx",
        HostileFiles.zipWithOneEntryInflatingTo(300)));
    attempts.add(upload("XLSX without a sheet", imports, "khong-trang.xlsx", workbookWithoutSheets()));
    attempts.add(upload("XLSX with NUL in a cell", imports, "nul.xlsx", workbookWithNulInACell()));
    String template = new String(rest.withBasicAuth("bode.donvi", "demo")
        .getForEntity(imports + "/template?format=csv", byte[].class).getBody(), StandardCharsets.UTF_8).lines().findFirst()
        .orElseThrow();
    attempts.add(upload("CSV with an unterminated quoted field", imports, "ngoac-kep.csv",
        (template + "\n2027,phuong-bode,ca-nhan,\"Kiều Thị Thiếu,1971,nu\n").getBytes(StandardCharsets.UTF_8)));
    attempts.add(upload("CSV with a character after a closing quote", imports, "ngoac-kep-2.csv",
        (template + "\n2027,phuong-bode,ca-nhan,\"Kiều\"Thị,1971,nu\n").getBytes(StandardCharsets.UTF_8)));
    attempts.add(upload("CSV in code page 1258", imports, "ma-cu.csv",
        (template + "\n").getBytes(java.nio.charset.Charset.forName("windows-1258"))));
    attempts.add(upload("CSV with a heading twice", imports, "hai-cot.csv", (template + ",Năm sinh\n"
        + "2027,phuong-bode,ca-nhan,Tạ Văn Đôi,1970,nam,,,,chung,Hiến máu.,\"tc1, tc2, tc3, tc4\",,Không,Không,1971\n")
        .getBytes(StandardCharsets.UTF_8)));
    attempts.add(upload("CSV with NUL in a cell", imports, "nul.csv", (template
        + "\n2027,phuong-bode,ca-nhan,Nguyễn\u0000Văn,1970,nam,,,,chung,Hiến máu.,\"tc1, tc2, tc3, tc4\",,Không,Không\n")
        .getBytes(StandardCharsets.UTF_8)));
    attempts.add(upload("path traversal in the file name", imports, "../../etc/passwd", "root:x:0:0".getBytes()));
    attempts.add(upload("path traversal with a CSV ending", imports, "../../../etc/cron.d/x.csv", "a,b\n1,2\n".getBytes()));
    attempts.add(upload("an XLSX that is not one", imports, "de-cu.xlsx", "PK not really a zip".getBytes()));
    attempts.add(upload("invalid UTF-8 CSV", imports, "de-cu.csv", INVALID_UTF8));
    attempts.add(upload("empty file", imports, "de-cu.csv", new byte[0]));
    String attachments = "/api/nominations/" + nomination + "/attachments";
    attempts.add(upload("path traversal, not a document", attachments, "../../etc/passwd", "root:x:0:0".getBytes()));
    attempts.add(upload("script in the name, not a document", attachments, "<script>alert(1)</script>.pdf",
        "<script>alert(1)</script>".getBytes()));
    attempts.add(new Attempt("no file part", HttpMethod.POST, attachments, "bode.donvi",
        new HttpEntity<>(new org.springframework.util.LinkedMultiValueMap<>(Map.of("kind", List.of("x"))), multipartHeaders())));

    attempts.add(get("year not a number", "/api/reports/targets?year=abc"));
    attempts.add(get("unknown format", "/api/reports/yearly?year=2027&format=exe"));
    attempts.add(get("year out of range", "/api/reports/targets?year=99999999999"));
    attempts.add(get("period years out of range", "/api/reports/period?from=-99999999999&to=99999999999"));
    attempts.add(get("period of a thousand years", "/api/reports/period?from=1000&to=2000"));
    attempts.add(get("path traversal in an id", "/api/audit/nominations/..%2F..%2Fetc%2Fpasswd"));
    attempts.add(get("page not a number", "/api/audit/nominations?page=-1&size=abc"));
    attempts.add(get("year not a number", "/api/audit/rounds/abc"));
    attempts.add(get("page too large", "/engine-rest/task?maxResults=99999999999999"));
    attempts.add(get("expression in a query", "/engine-rest/task?nameLike=%24%7BsomeBean%7D"));
    attempts.add(json("completing a task that does not exist", "/engine-rest/task/khong-co/complete", "{\"variables\":{}}"));
    attempts.add(json("claiming a task that does not exist", "/engine-rest/task/khong-co/claim", "{\"userId\":\"bode.donvi\"}"));
    attempts.add(get("the form of a task that does not exist", "/engine-rest/task/khong-co/deployed-form"));
    attempts.add(get("the variables of a task that does not exist", "/engine-rest/task/khong-co/variables"));
    attempts.add(get("the variables of a process instance that does not exist",
        "/engine-rest/process-instance/khong-co/variables"));
    return attempts;
  }

  /** A nomination as a nominating unit of Bồ Đề submits it, with the round year and name as written. */
  private static String nomination(String roundYear, String jsonName) {
    return "{\"roundYear\":" + roundYear + ",\"nominatingUnit\":\"phuong-bode\",\"nomineeKind\":\"ca-nhan\","
        + "\"nomineeName\":\"" + jsonName + "\",\"birthYear\":1970,\"gender\":\"nam\",\"movement\":\"chung\","
        + "\"achievements\":\"Hiến máu nhiều lần.\",\"generalCriteria\":[\"tc1\",\"tc2\",\"tc3\",\"tc4\"]}";
  }

  private static byte[] workbookWithoutSheets() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      workbook.write(out);
      return out.toByteArray();
    }
  }

  /** The template filled with one nomination whose name holds a NUL, as Excel writes it in a cell (_x0000_). */
  private byte[] workbookWithNulInACell() throws IOException {
    byte[] template = rest.withBasicAuth("bode.donvi", "demo")
        .getForEntity("/api/nominations/import/template?format=xlsx", byte[].class).getBody();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(template));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      org.apache.poi.ss.usermodel.Row row = workbook.getSheetAt(0).createRow(1);
      Object[] values = {2027, "phuong-bode", "ca-nhan", "Nguyễn_x0000_Văn", 1970, "nam", "", "", "", "chung",
          "Hiến máu.", "tc1, tc2, tc3, tc4", "", "Không", "Không"};
      for (int c = 0; c < values.length; c++) {
        if (values[c] instanceof Integer number) {
          row.createCell(c).setCellValue(number);
        } else {
          row.createCell(c).setCellValue((String) values[c]);
        }
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private Map<String, Integer> storedRows() {
    Map<String, Integer> rows = new java.util.LinkedHashMap<>();
    for (String table : STORED) {
      rows.put(table, jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class));
    }
    return rows;
  }

  private static Attempt json(String what, String path, String body) {
    return new Attempt(what + " (" + path + ")", HttpMethod.POST, path, "bode.donvi",
        jsonBytes(body.getBytes(StandardCharsets.UTF_8)));
  }

  private static HttpEntity<byte[]> jsonBytes(byte[] body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  private static Attempt upload(String what, String path, String fileName, byte[] content) {
    return new Attempt(what + " (" + path + ")", HttpMethod.POST, path, "bode.donvi",
        Multipart.file(fileName, content, "kind", "khac"));
  }

  private static HttpHeaders multipartHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return headers;
  }

  private static Attempt get(String what, String path) {
    return new Attempt(what + " (" + path + ")", HttpMethod.GET, path, "quan.noivu", null);
  }

  /** An XLSX whose sheet inflates from some kilobytes to 100 MB of blanks. */
  private static byte[] zipBomb() throws IOException {
    String relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      entry(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
          + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
          + "</Types>");
      entry(zip, "_rels/.rels", relationship(relationships + "/officeDocument", "xl/workbook.xml"));
      entry(zip, "xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
          + " xmlns:r=\"" + relationships + "\"><sheets><sheet name=\"Hồ sơ\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      entry(zip, "xl/_rels/workbook.xml.rels", relationship(relationships + "/worksheet", "worksheets/sheet1.xml"));
      entry(zip, "xl/worksheets/sheet1.xml",
          "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
      byte[] blanks = new byte[1024 * 1024];
      java.util.Arrays.fill(blanks, (byte) ' ');
      for (int i = 0; i < 100; i++) {
        zip.write(blanks);
      }
      zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(("<?xml version=\"1.0\"?>" + xml).getBytes(StandardCharsets.UTF_8));
  }

  private static String relationship(String type, String target) {
    return "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"" + type + "\" Target=\"" + target + "\"/></Relationships>";
  }
}
