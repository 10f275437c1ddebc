package vn.longbien.exemplar.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The start form as served: its specific criteria are the options the latest {@code movement-specific-criteria}
 * table gives for the chosen movement, whatever the lead unit wrote in a label.
 */
class DecisionOptionsTest {

  private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();
  private static final ObjectMapper JSON = new ObjectMapper();

  private ProcessEngine engine;
  private DecisionOptions options;

  @BeforeEach
  void startEngine() {
    engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
        .setProcessEngineName("decision-options")
        .setJdbcUrl("jdbc:h2:mem:decision-options;DB_CLOSE_DELAY=1000")
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
        .setJobExecutorActivate(false)
        .buildProcessEngine();
    options = new DecisionOptions(engine::getRepositoryService, engine::getDecisionService);
  }

  @AfterEach
  void closeEngine() {
    engine.close();
  }

  @Test
  void aRedeployedTableIsServedFromTheNextRequestLabelsAsTheLeadUnitWroteThem() throws IOException {
    DmnModelInstance table = Dmn.readModelFromStream(resource("dmn/movement-eligibility.dmn"));
    engine.getRepositoryService().createDeployment().addModelInstance("movement-eligibility.dmn", table).deploy();
    assertThat(labels(served(), "giao-duc-dao-tao")).first().asString().startsWith("Đạt thành tích xuất sắc");

    String rewritten = "Giáo viên \"giỏi\" cấp quận \\ thành phố; có giải thưởng";
    Rule rule = table.getModelElementById("msc-rule-gddt-1");
    OutputEntry label = rule.getOutputEntries().stream().toList().get(1);
    label.getText().setTextContent("\"" + rewritten.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
    engine.getRepositoryService().createDeployment().addModelInstance("movement-eligibility.dmn", table).deploy();

    assertThat(labels(served(), "giao-duc-dao-tao")).first().isEqualTo(rewritten + " (bắt buộc)");
  }

  @Test
  void aFormWithoutOptionsFromADecisionIsServedAsDeployed() throws IOException {
    byte[] deployed = resource("forms/council-review.form").readAllBytes();

    assertThat(options.served(new java.io.ByteArrayInputStream(deployed)).readAllBytes()).isEqualTo(deployed);
  }

  private JsonNode served() throws IOException {
    for (JsonNode field : JSON.readTree(options.served(resource("forms/nomination-start.form"))).path("components")) {
      if ("specificCriteria".equals(field.path("key").asText())) {
        return field;
      }
    }
    throw new AssertionError("no specificCriteria field");
  }

  @SuppressWarnings("unchecked")
  private static List<Object> labels(JsonNode field, String movement) {
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("movement", movement);
    List<Map<String, Object>> offered = (List<Map<String, Object>>) FEEL.evaluateExpression(
        field.path("valuesExpression").asText().substring(1), context).result();
    return offered.stream().map(option -> option.get("label")).toList();
  }

  private static InputStream resource(String path) throws IOException {
    return new ClassPathResource(path).getInputStream();
  }
}
