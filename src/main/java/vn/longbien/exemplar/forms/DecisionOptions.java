package vn.longbien.exemplar.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Fills, as a deployed form is served, the options of a list whose choices a decision table gives for another
 * field's answer: the start form's specific criteria, which depend on the chosen movement. Tasklist hands a start
 * form no variables, so the options travel in the form itself.
 *
 * <p>In the form file (readable in Camunda Modeler) the checklist or select names, in its custom properties, the
 * decision ({@code optionsDecision}) and the field whose value is the decision's input ({@code optionsInput}, a
 * select or radio with fixed options). As served, the field's {@code valuesExpression} becomes
 * {@code =get value({"giao-duc-dao-tao": [{label: "…", value: "gddt-1"}, …], …}, movement)}, built from the
 * latest version of the decision evaluated for each option of the input field, and the field is hidden while the
 * chosen value has no rows. The decision's rows give {@code criterionCode} (the value), {@code criterionLabel}
 * and {@code criterionMandatory} (the label then ends with "(bắt buộc)"). The policy stays in the table: the
 * form file holds no option, and a redeployed table is served from its next request.
 */
public final class DecisionOptions {

  public static final String DECISION_PROPERTY = "optionsDecision";
  public static final String INPUT_PROPERTY = "optionsInput";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** An option as form-js lists it. */
  public record Option(String value, String label) {}

  private final Supplier<RepositoryService> repository;
  private final Supplier<DecisionService> decisions;
  /** Read once per decision version and input value, so that serving forms adds no decision history beyond that. */
  private final Map<String, List<Option>> byVersionAndInput = new ConcurrentHashMap<>();

  public DecisionOptions(Supplier<RepositoryService> repository, Supplier<DecisionService> decisions) {
    this.repository = repository;
    this.decisions = decisions;
  }

  /** The options a decision table's rows give: code, and label marked "(bắt buộc)" when mandatory. */
  public static Option option(Map<String, Object> row) {
    boolean mandatory = Boolean.TRUE.equals(row.get("criterionMandatory"));
    return new Option((String) row.get("criterionCode"), row.get("criterionLabel") + (mandatory ? " (bắt buộc)" : ""));
  }

  /**
   * The form as served: unchanged when no field takes its options from a decision, or when the decision is not
   * deployed (the field then offers nothing, and the check refuses any choice).
   */
  public InputStream served(InputStream deployed) {
    byte[] form;
    try (deployed) {
      form = deployed.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      JsonNode root = JSON.readTree(form);
      if (root == null || !root.isObject()) {
        return new ByteArrayInputStream(form);
      }
      List<ObjectNode> fields = new ArrayList<>();
      collect(root, fields);
      boolean changed = false;
      for (ObjectNode field : fields) {
        changed |= fill(field, fields);
      }
      return new ByteArrayInputStream(changed ? JSON.writeValueAsBytes(root) : form);
    } catch (IOException notJson) {
      // Not a form this class reads: served as deployed, and FormSchema says what is wrong with it.
      return new ByteArrayInputStream(form);
    }
  }

  private static void collect(JsonNode container, List<ObjectNode> fields) {
    for (JsonNode component : container.path("components")) {
      if (component instanceof ObjectNode object) {
        fields.add(object);
        collect(object, fields);
      }
    }
  }

  private boolean fill(ObjectNode field, List<ObjectNode> fields) {
    String decisionKey = field.path("properties").path(DECISION_PROPERTY).asText("");
    String input = field.path("properties").path(INPUT_PROPERTY).asText("");
    if (decisionKey.isBlank() || input.isBlank()) {
      return false;
    }
    DecisionDefinition latest = repository.get().createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey)
        .withoutTenantId().latestVersion().singleResult();
    if (latest == null) {
      return false;
    }
    List<String> inputValues = new ArrayList<>();
    fields.stream().filter(f -> input.equals(f.path("key").asText(null)))
        .forEach(f -> f.path("values").forEach(v -> inputValues.add(v.path("value").asText())));
    StringBuilder byInput = new StringBuilder("{");
    List<String> withOptions = new ArrayList<>();
    for (String value : inputValues) {
      List<Option> options = optionsOf(latest, input, value);
      if (options.isEmpty()) {
        continue;
      }
      withOptions.add(feelString(value));
      byInput.append(byInput.length() > 1 ? ", " : "").append(feelString(value)).append(": [")
          .append(options.stream().map(o -> "{label: " + feelString(o.label()) + ", value: " + feelString(o.value()) + "}")
              .collect(Collectors.joining(", ")))
          .append(']');
    }
    byInput.append('}');
    field.remove("values");
    field.remove("valuesKey");
    field.put("valuesExpression", "=get value(" + byInput + ", " + input + ")");
    String noOptions = "not(list contains([" + String.join(", ", withOptions) + "], " + input + "))";
    String ownHide = field.path("conditional").path("hide").asText("");
    String hide = ownHide.isBlank() ? noOptions : "(" + ownHide.replaceFirst("^=", "") + ") or " + noOptions;
    ObjectNode conditional = field.has("conditional") && field.get("conditional").isObject()
        ? (ObjectNode) field.get("conditional") : field.putObject("conditional");
    conditional.put("hide", "=" + hide);
    return true;
  }

  private List<Option> optionsOf(DecisionDefinition decision, String input, String value) {
    return byVersionAndInput.computeIfAbsent(decision.getId() + "|" + input + "|" + value, key ->
        decisions.get().evaluateDecisionTableById(decision.getId(), Variables.createVariables().putValue(input, value))
            .getResultList().stream().map(DecisionOptions::option).toList());
  }

  /** A FEEL string literal. */
  static String feelString(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
