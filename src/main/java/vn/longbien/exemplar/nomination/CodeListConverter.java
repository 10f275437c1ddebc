package vn.longbien.exemplar.nomination;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/** Stores a list of criterion codes ("tc1", "tc3") as one comma-separated column. */
@Converter
public class CodeListConverter implements AttributeConverter<List<String>, String> {

  @Override
  public String convertToDatabaseColumn(List<String> codes) {
    return codes == null ? "" : String.join(",", codes);
  }

  @Override
  public List<String> convertToEntityAttribute(String column) {
    return parse(column);
  }

  public static List<String> parse(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.split("[,;\\s]+")).map(String::trim).filter(code -> !code.isEmpty()).toList();
  }
}
