package vn.longbien.exemplar.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/** The application's model files as an administrator edits them in Camunda Modeler before deploying. */
final class EditedModels {

  private EditedModels() {}

  static String file(String path) {
    try {
      return Files.readString(Path.of(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every occurrence of an id (the element, its diagram shape, the flows and events that refer to it). */
  static String renamed(String path, String id, String newId) {
    String model = file(path);
    if (!model.contains("\"" + id + "\"")) {
      throw new IllegalArgumentException(path + " has no " + id);
    }
    return model.replace("\"" + id + "\"", "\"" + newId + "\"").replace("\"" + id + "_di\"", "\"" + newId + "_di\"");
  }

  /** The first occurrence of the text replaced. */
  static String replaced(String path, String text, String replacement) {
    String model = file(path);
    int at = model.indexOf(text);
    if (at < 0) {
      throw new IllegalArgumentException(path + " has no " + text);
    }
    return model.substring(0, at) + replacement + model.substring(at + text.length());
  }

  /** A Camunda Form with the field of this key deleted. */
  static String withoutField(String path, String key) {
    try {
      ObjectMapper json = new ObjectMapper();
      JsonNode form = json.readTree(file(path));
      if (!remove(form, key)) {
        throw new IllegalArgumentException(path + " has no field " + key);
      }
      return json.writerWithDefaultPrettyPrinter().writeValueAsString(form);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean remove(JsonNode node, String key) {
    if (!(node.get("components") instanceof ArrayNode components)) {
      return false;
    }
    for (Iterator<JsonNode> it = components.iterator(); it.hasNext(); ) {
      JsonNode component = it.next();
      if (key.equals(component.path("key").asText(null))) {
        it.remove();
        return true;
      }
      if (remove(component, key)) {
        return true;
      }
    }
    return false;
  }
}
