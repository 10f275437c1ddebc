package vn.longbien.exemplar.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.longbien.exemplar.nomination.api.AttachmentService;
import vn.longbien.exemplar.nomination.api.NominationRequest;
import vn.longbien.exemplar.nomination.api.NominationService;
import vn.longbien.exemplar.nomination.api.ObjectionRequest;
import vn.longbien.exemplar.nomination.api.ObjectionService;
import vn.longbien.exemplar.support.EmbeddedPostgresServer;
import vn.longbien.exemplar.support.RoundClock;
import vn.longbien.exemplar.support.TestData;

/**
 * The nominations' service and queries on the production profile and a real PostgreSQL 16 (its own
 * database): the search key, the duplicate check and its unique index, the readable-units filter, evidence
 * files (BYTEA) and objections work there as on H2. Called
 * through Java under the official's identity: the HTTP filter of /api looks up the engine named "default",
 * which in the test JVM is the shared H2 context's.
 */
@SpringBootTest
@DirtiesContext
@ActiveProfiles("postgres")
class NominationPostgresTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgresServer.configure(registry, "exemplars_api", "postgresapi");
    // The demo accounts (password "demo") exist only with Camunda's password policy off.
    registry.add("exemplar.demo-identity.enabled", () -> "true");
    registry.add("camunda.bpm.generic-properties.properties.enable-password-policy", () -> "false");
  }

  /** The nominations' round: its own database, nominees told apart by name. */
  private static final int YEAR = TestData.sharedRound();

  @Autowired private NominationService service;
  @Autowired private IdentityService identityService;
  @Autowired private JdbcTemplate jdbc;
  @Autowired private AttachmentService attachments;
  @Autowired private ObjectionService objections;
  @Autowired private NominationRepository nominations;

  @AfterEach
  void signOut() {
    identityService.clearAuthentication();
  }

  @Test
  void submitSearchWithoutAccentsAndRefuseTheDuplicateOnPostgresql() {
    identityService.setAuthentication("bode.donvi", List.of("phuong-bode-donvi"));
    String id = submit(request("Nguyễn Thị Hồng Nhung", "phuong-bode")).getId();

    assertThatThrownBy(() -> submit(request("NGUYEN THI HONG NHUNG", "phuong-bode")))
        .isInstanceOfSatisfying(DuplicateNominationException.class, e -> assertThat(e.existingNominationId()).isEqualTo(id));
    identityService.setAuthentication("bode.hoidong", List.of("phuong-bode-hoidong"));
    assertThat(service.search(new NominationService.Search(YEAR, null, null, null, "nguyen thi hong"), 0, 20).getContent())
        .extracting(Nomination::getId).containsExactly(id);
    identityService.setAuthentication("viethung.hoidong", List.of("phuong-viethung-hoidong"));
    assertThat(service.search(new NominationService.Search(YEAR, null, null, null, "nguyen"), 0, 20).getContent()).isEmpty();
    assertThat(jdbc.queryForObject("SELECT nominee_search_name FROM nomination WHERE id = ?", String.class, id))
        .isEqualTo("nguyen thi hong nhung");
  }

  @Test
  void evidenceFileBytesComeBackUnchangedFromPostgresql() {
    identityService.setAuthentication("bode.donvi", List.of("phuong-bode-donvi"));
    String id = submit(request("Lò Văn Pháo", "phuong-bode")).getId();
    byte[] png = new byte[70_000];
    new Random(7).nextBytes(png);
    System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, png, 0, 8);

    Long attachmentId = attachments.upload(id, new MockMultipartFile("file", "Ảnh trao thưởng.png", "image/png", png), null).getId();

    identityService.setAuthentication("bode.hoidong", List.of("phuong-bode-hoidong"));
    Attachment read = attachments.download(id, attachmentId);
    assertThat(read.getContent()).isEqualTo(png);
    assertThat(read.getFileName()).isEqualTo("Ảnh trao thưởng.png");
    assertThat(read.getContentType()).isEqualTo("image/png");
    assertThat(jdbc.queryForObject("SELECT octet_length(content) FROM attachment WHERE id = ?", Integer.class, attachmentId))
        .isEqualTo(png.length);
  }

  @Test
  void objectionIsStoredAndReachesThePostingOnPostgresql() {
    identityService.setAuthentication("bode.donvi", List.of("phuong-bode-donvi"));
    String id = submit(request("Sầm Thị Mai", "phuong-bode")).getId();

    identityService.setAuthentication("bode.hoidong", List.of("phuong-bode-hoidong"));
    objections.record(id, new ObjectionRequest("Tổ dân phố số 2", null, "Đơn khiếu nại về lối đi chung", true));

    assertThat(objections.of(id)).singleElement().satisfies(o -> assertThat(o.isComplaint()).isTrue());
    assertThat(service.readable(id).isComplaintPending()).isTrue();
  }

  @Test
  void uniqueIndexRefusesTheSameNomineeOnPostgresqlUntilTheFirstIsWithdrawn() {
    identityService.setAuthentication("bode.donvi", List.of("phuong-bode-donvi"));
    Nomination first = submit(request("Đoàn Văn Chặn", "phuong-bode"));
    Nomination copy = new Nomination("DC-" + YEAR + "-banchep", YEAR, "phuong-bode",
        new Nomination.Nominee("ca-nhan", "DOAN VAN CHAN", 1978, "nam", null, null, null),
        new Nomination.Dossier("chung", "Thành tích khác", List.of("tc1"), List.of(), false, false));

    assertThatThrownBy(() -> nominations.saveAndFlush(copy)).isInstanceOf(DataIntegrityViolationException.class);

    Nomination withdrawn = nominations.findById(first.getId()).orElseThrow();
    withdrawn.moveTo(NominationStatus.WITHDRAWN, "EndEvent_Withdrawn", "Đơn vị rút hồ sơ");
    nominations.save(withdrawn);
    assertThat(submit(request("Đoàn Văn Chặn", "phuong-bode")).getId()).isNotEqualTo(first.getId());
  }

  @Test
  void migrationKeyOfExistingNominationsIsTheKeyTheApplicationWrites() throws IOException {
    identityService.setAuthentication("bode.donvi", List.of("phuong-bode-donvi"));
    String id = submit(request("Kha Thị Khóa", "phuong-bode")).getId();
    String migration = new ClassPathResource("db/migration/V10__nomination_duplicate_key.sql")
        .getContentAsString(StandardCharsets.UTF_8);
    Matcher backfill = Pattern.compile("SET duplicate_key = ([^;]*?)\\s+WHERE").matcher(migration);
    assertThat(backfill.find()).as("the backfill UPDATE of V10").isTrue();

    String sqlKey = jdbc.queryForObject("SELECT " + backfill.group(1) + " FROM nomination WHERE id = ?", String.class, id);

    assertThat(sqlKey).isEqualTo(nominations.findById(id).orElseThrow().getDuplicateKey());
  }

  @Test
  void migrationKeyOfExistingNamesDropsAccentsAsTheApplicationDoes() throws IOException {
    // The backfill expression exactly as the migration has it, applied to a name.
    String migration = new ClassPathResource("db/migration/V5__nomination_search_and_decisions.sql")
        .getContentAsString(StandardCharsets.UTF_8);
    Matcher backfill = Pattern.compile("SET nominee_search_name = (TRANSLATE\\(LOWER\\(TRIM\\()nominee_name(\\)\\),[^;]*);")
        .matcher(migration);
    assertThat(backfill.find()).as("the backfill UPDATE of V5").isTrue();

    String sqlKey = jdbc.queryForObject(
        "SELECT " + backfill.group(1) + "?" + backfill.group(2), String.class, " Đặng Thị Ửng Hưởng ");

    assertThat(sqlKey).isEqualTo(SearchKey.of("Đặng Thị Ửng Hưởng"));
  }

  /** Submitted on a day inside the round's window. */
  private Nomination submit(NominationRequest request) {
    return RoundClock.inRound(YEAR, () -> service.submit(request));
  }

  private static NominationRequest request(String name, String unit) {
    return new NominationRequest(YEAR, unit, "ca-nhan", name, 1978, "nu", null, null, null, "chung",
        "Cứu người đuối nước trên sông Hồng.", List.of("tc1", "tc2", "tc3", "tc4"), List.of(), false, false);
  }
}
