package vn.longbien.exemplar.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.longbien.exemplar.support.RestNominations.typed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.RestNominations;
import vn.longbien.exemplar.support.RoundClock;
import vn.longbien.exemplar.support.TestData;

/**
 * The start form's specific criteria are chosen from the chosen movement's list, as the
 * {@code movement-specific-criteria} table gives it: the form Tasklist loads carries the options, and the start
 * takes only codes of that movement, stored on the nomination.
 */
@ApplicationTest
@SuppressWarnings({"unchecked", "rawtypes"})
class StartFormCriteriaApplicationTest {

  private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();

  @Autowired private TestRestTemplate rest;
  @Autowired private DecisionService decisionService;
  @Autowired private JdbcTemplate jdbc;

  @Test
  void startFormTasklistLoadsOffersTheChosenMovementsCriteriaFromTheDecisionTable() throws Exception {
    JsonNode field = specificCriteriaField(rest.withBasicAuth("bode.donvi", "demo")
        .getForObject("/engine-rest/process-definition/key/nomination-review/deployed-start-form", String.class));

    assertThat(field.path("type").asText()).isEqualTo("checklist");
    String valuesExpression = field.path("valuesExpression").asText();
    List<Map<String, Object>> rows = decisionService.evaluateDecisionTableByKey("movement-specific-criteria",
        Variables.createVariables().putValue("movement", "giao-duc-dao-tao")).getResultList();
    List<Map<String, String>> expected = rows.stream().map(row -> Map.of(
        "value", (String) row.get("criterionCode"),
        "label", row.get("criterionLabel") + (Boolean.TRUE.equals(row.get("criterionMandatory")) ? " (bắt buộc)" : "")))
        .toList();
    assertThat(expected).isNotEmpty();
    assertThat(evaluate(valuesExpression, "giao-duc-dao-tao")).isEqualTo(expected);
    assertThat((List<Map<String, String>>) evaluate(valuesExpression, "giao-duc-dao-tao"))
        .anySatisfy(option -> assertThat(option.get("label")).endsWith(" (bắt buộc)"));
  }

  @Test
  void criteriaAreHiddenUntilAMovementWithCriteriaIsChosen() throws Exception {
    JsonNode field = specificCriteriaField(rest.withBasicAuth("bode.donvi", "demo")
        .getForObject("/engine-rest/process-definition/key/nomination-review/deployed-start-form", String.class));
    String hide = field.path("conditional").path("hide").asText();

    assertThat(evaluate(hide, null)).isEqualTo(true);
    assertThat(evaluate(hide, "chung")).isEqualTo(true);
    assertThat(evaluate(hide, "giao-duc-dao-tao")).isEqualTo(false);
  }

  @Test
  void criteriaTickedInTheStartFormAreStoredOnTheNomination() {
    String nominee = "Cao Thị Tiêu Chí";
    ResponseEntity<Map> started = start(nominee, "giao-duc-dao-tao", "[\"gddt-1\",\"gddt-2\"]");

    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(jdbc.queryForObject("SELECT specific_criteria FROM nomination WHERE nominee_name = ?", String.class,
        nominee)).isEqualTo("gddt-1,gddt-2");
  }

  @Test
  void aCriterionOfAnotherMovementIsRefusedAndNothingIsStarted() {
    String nominee = "Cao Văn Sai Tiêu Chí";
    ResponseEntity<Map> refused = start(nominee, "giao-duc-dao-tao", "[\"hcm-1\"]");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains("specificCriteria", "“hcm-1” không phải là một trong");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM nomination WHERE nominee_name = ?", Integer.class, nominee))
        .isZero();
  }

  private ResponseEntity<Map> start(String nominee, String movement, String criteria) {
    Map<String, Object> variables =
        new LinkedHashMap<>(RestNominations.startForm("phuong-bode", nominee, TestData.sharedRound()));
    variables.put("movement", typed(movement, "String"));
    // As Tasklist sends a checklist's answer: a JSON array.
    variables.put("specificCriteria", typed(criteria, "Json"));
    return RoundClock.inRound(TestData.sharedRound(), () -> rest.withBasicAuth("bode.donvi", "demo").postForEntity(
        "/engine-rest/process-definition/key/nomination-review/submit-form", Map.of("variables", variables), Map.class));
  }

  private static JsonNode specificCriteriaField(String form) throws Exception {
    for (JsonNode component : new ObjectMapper().readTree(form).path("components")) {
      if ("specificCriteria".equals(component.path("key").asText())) {
        return component;
      }
    }
    throw new AssertionError("no specificCriteria field in " + form);
  }

  private static Object evaluate(String expression, String movement) {
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("movement", movement);
    return FEEL.evaluateExpression(expression.substring(1), context).result();
  }
}
