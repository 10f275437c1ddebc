package vn.longbien.exemplar.nomination;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Stores what an official submitted for a step (names and text values, in order) as one JSON object column. */
@Converter
public class RecordedValuesConverter implements AttributeConverter<Map<String, String>, String> {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {};

  @Override
  public String convertToDatabaseColumn(Map<String, String> values) {
    if (values == null || values.isEmpty()) {
      return null;
    }
    try {
      return JSON.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Không ghi được các giá trị của bước xét", e);
    }
  }

  @Override
  public Map<String, String> convertToEntityAttribute(String column) {
    if (column == null || column.isBlank()) {
      return Map.of();
    }
    try {
      return JSON.readValue(column, MAP);
    } catch (JsonProcessingException e) {
      return Map.of("recordedValues", column);
    }
  }
}
