package vn.longbien.exemplar.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * The fields of a Camunda Form (a {@code forms/*.form} file as Camunda Modeler writes it): what a step accepts.
 * Only components with a {@code key} hold data; text, images, groups and the like are layout.
 *
 * @param id the form's id ("council-review")
 * @param fields the data fields in the order the form shows them (conditions are evaluated in that order,
 *     as the form viewer does)
 */
public record FormSchema(String id, List<Field> fields) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A form without fields: the step takes no data. */
  public static FormSchema none(String id) {
    return new FormSchema(id, List.of());
  }

  /**
   * One data field.
   *
   * @param type the form-js type: textfield, textarea, number, checkbox, checklist, taglist, radio, select,
   *     datetime
   * @param hide the FEEL condition that hides the field ("=councilAction != \"vote\""), or null
   * @param options the static options of a radio, select, checklist or taglist; empty when they come from
   *     {@code valuesKey} or {@code valuesExpression}
   * @param min a number or a FEEL expression ("=councilMembersTotal"), or null; {@code max} the same
   * @param subtype of a datetime field: date, time or datetime
   */
  public record Field(
      String key, String type, String label, boolean required, Object min, Object max, Integer minLength,
      Integer maxLength, String pattern, String hide, List<String> options, String valuesKey,
      String valuesExpression, String subtype, Integer decimalDigits, boolean disabled) {}

  public static FormSchema parse(InputStream form) {
    try (form) {
      JsonNode root = JSON.readTree(form);
      List<Field> fields = new ArrayList<>();
      collect(root, fields);
      return new FormSchema(root.path("id").asText("?"), Collections.unmodifiableList(fields));
    } catch (IOException e) {
      throw new ProcessEngineException("Biểu mẫu không đọc được (the deployed form is not valid JSON)", e);
    }
  }

  private static void collect(JsonNode container, List<Field> fields) {
    for (JsonNode component : container.path("components")) {
      if (component.hasNonNull("key")) {
        fields.add(field(component));
      }
      collect(component, fields);
    }
  }

  private static Field field(JsonNode c) {
    JsonNode validate = c.path("validate");
    List<String> options = new ArrayList<>();
    for (JsonNode value : c.path("values")) {
      options.add(value.path("value").asText());
    }
    return new Field(
        c.get("key").asText(), c.path("type").asText(), c.path("label").asText(c.get("key").asText()),
        validate.path("required").asBoolean(false), scalar(validate.get("min")), scalar(validate.get("max")),
        integer(validate.get("minLength")), integer(validate.get("maxLength")), text(validate.get("pattern")),
        text(c.path("conditional").get("hide")), List.copyOf(options), text(c.get("valuesKey")),
        text(c.get("valuesExpression")), text(c.get("subtype")), integer(c.get("decimalDigits")),
        c.path("disabled").asBoolean(false));
  }

  private static Object scalar(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    return node.isNumber() ? node.decimalValue() : node.asText();
  }

  private static Integer integer(JsonNode node) {
    return node == null || !node.isNumber() ? null : node.intValue();
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() || node.asText().isBlank() ? null : node.asText();
  }

  /** The keys of all fields, in the form's order. */
  public Set<String> keys() {
    Set<String> keys = new LinkedHashSet<>();
    fields.forEach(field -> keys.add(field.key()));
    return keys;
  }
}
