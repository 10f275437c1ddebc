package vn.longbien.exemplar.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.longbien.exemplar.organisation.Role;
import vn.longbien.exemplar.organisation.OrganisationCatalog;
import vn.longbien.exemplar.organisation.OrganisationCatalog.UnitDefinition;

/**
 * Serves a form's nominating-unit select ({@code nominatingUnit}: the start form "Bình xét điển hình tiên tiến")
 * with the units of the organisation file that nominate, so that after a switch of file (the two-tier organisation
 * of 2025) a former ward or the district's departments are no longer offered: the form file's options that are
 * still nominating units keep their order and labels, and a nominating unit the form file does not list is added
 * with its name. A form whose options are exactly the file's is served unchanged.
 */
public final class UnitOptions {

  static final String UNIT_FIELD = "nominatingUnit";
  private static final String NOMINATING_ROLE = Role.NOMINATING.code();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<UnitDefinition> nominating;

  public UnitOptions(OrganisationCatalog catalog) {
    this.nominating = catalog.units().stream().filter(unit -> unit.roles().contains(NOMINATING_ROLE)).toList();
  }

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
      boolean changed = false;
      for (ObjectNode field : unitFields(root, new java.util.ArrayList<>())) {
        changed |= restrict(field);
      }
      return new ByteArrayInputStream(changed ? JSON.writeValueAsBytes(root) : form);
    } catch (IOException notJson) {
      return new ByteArrayInputStream(form);
    }
  }

  private static List<ObjectNode> unitFields(JsonNode container, List<ObjectNode> found) {
    for (JsonNode component : container.path("components")) {
      if (component instanceof ObjectNode object) {
        if (UNIT_FIELD.equals(object.path("key").asText(null)) && object.path("values").isArray()) {
          found.add(object);
        }
        unitFields(object, found);
      }
    }
    return found;
  }

  private boolean restrict(ObjectNode field) {
    Set<String> current = new HashSet<>();
    nominating.forEach(unit -> current.add(unit.code()));
    ArrayNode kept = JSON.createArrayNode();
    Set<String> listed = new HashSet<>();
    boolean changed = false;
    for (JsonNode option : field.get("values")) {
      String value = option.path("value").asText();
      if (current.contains(value) && listed.add(value)) {
        kept.add(option);
      } else {
        changed = true;
      }
    }
    for (UnitDefinition unit : nominating) {
      if (listed.add(unit.code())) {
        kept.addObject().put("label", unit.name()).put("value", unit.code());
        changed = true;
      }
    }
    if (changed) {
      field.set("values", kept);
    }
    return changed;
  }
}
