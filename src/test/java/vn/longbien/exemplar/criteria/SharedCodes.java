package vn.longbien.exemplar.criteria;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.Yaml;

/** The movement codes of organisation/units.yaml, the single source of the shared codes. */
final class SharedCodes {

  private SharedCodes() {
  }

  /** Every movement code, {@code chung} first, then the 15 movements of the appendix in order. */
  @SuppressWarnings("unchecked")
  static List<String> movementCodes() {
    try (InputStream stream = SharedCodes.class.getClassLoader().getResourceAsStream("organisation/units.yaml")) {
      Map<String, Object> document = new Yaml().load(stream);
      List<Map<String, Object>> movements = (List<Map<String, Object>>) document.get("movements");
      return movements.stream().map(movement -> (String) movement.get("code")).toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The 15 movements of the appendix (every code but {@code chung}). */
  static List<String> appendixMovementCodes() {
    return movementCodes().stream().filter(code -> !code.equals("chung")).toList();
  }
}
