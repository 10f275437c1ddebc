package vn.longbien.exemplar.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import vn.longbien.exemplar.nomination.Nomination;
import vn.longbien.exemplar.nomination.NominationRepository;
import vn.longbien.exemplar.nomination.NominationStatus;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.TestData;

/**
 * Which outcomes count towards a yearly target is the {@code target-counting} table's answer: Phòng Nội vụ reads
 * the district's line as before, and an administrator who deploys a changed table changes the count with no code
 * change.
 */
@ApplicationTest
class TargetCountingApplicationTest {

  @Autowired private TestRestTemplate rest;
  @Autowired private NominationRepository nominations;
  @Autowired private RepositoryService repositoryService;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void theDistrictsLineCountsIndividualsRecognisedAtTheDistrictOrTheCity() throws IOException {
    int year = TestData.ownRound();
    recognisedAtTheDistrict(year, "ca-nhan", TestData.nominee("Nguyễn Văn Khánh"));
    recognisedAtTheDistrict(year, "tap-the", TestData.nominee("Tổ dân phố số 3"));

    assertThat(districtExemplars(year).get("achieved").asInt()).isEqualTo(1);
  }

  @Test
  void anAdministratorsChangedTableCountsCollectivesTooWithoutACodeChange() throws IOException {
    int year = TestData.ownRound();
    recognisedAtTheDistrict(year, "ca-nhan", TestData.nominee("Trần Văn Lộc"));
    recognisedAtTheDistrict(year, "tap-the", TestData.nominee("Tổ dân phố số 7"));
    String changed = repositoryService.createDeployment().name("target-counting changed by an administrator")
        .addString("target-counting.dmn", collectivesCountAtTheDistrict())
        .deploy().getId();
    try {
      assertThat(districtExemplars(year).get("achieved").asInt()).isEqualTo(2);
    } finally {
      repositoryService.deleteDeployment(changed, true);
    }
    assertThat(districtExemplars(year).get("achieved").asInt()).isEqualTo(1);
  }

  private JsonNode districtExemplars(int year) throws IOException {
    JsonNode report = json.readTree(rest.withBasicAuth("quan.noivu", "demo")
        .getForObject("/api/reports/targets?year=" + year, String.class));
    for (JsonNode line : report.get("lines")) {
      if (line.get("unitCode").asText().equals("quan-longbien") && line.get("targetType").asText().equals("quan")) {
        return line;
      }
    }
    throw new AssertionError("No district line in " + report);
  }

  private void recognisedAtTheDistrict(int year, String kind, String name) {
    Nomination nomination = new Nomination(
        UUID.randomUUID().toString(), year, "phuong-bode",
        new Nomination.Nominee(kind, name, "ca-nhan".equals(kind) ? 1980 : null, null, null, null, null),
        new Nomination.Dossier("chung", "Thành tích tiêu biểu", List.of("tc1", "tc2"), List.of(), false, false));
    nomination.moveTo(NominationStatus.RECOGNISED_DISTRICT, null, null);
    nomination.recognise("quan");
    nominations.save(nomination);
  }

  /** The table as an administrator would edit it in Modeler: the district's target counts any nominee kind. */
  private static String collectivesCountAtTheDistrict() throws IOException {
    try (InputStream file = new ClassPathResource("dmn/target-counting.dmn").getInputStream()) {
      return new String(file.readAllBytes(), StandardCharsets.UTF_8)
          .replaceFirst("(<inputEntry id=\"tc-rule-quan-i2\">\\s*<text>)\"ca-nhan\"", "$1-");
    }
  }
}
