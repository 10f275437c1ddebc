package vn.longbien.exemplar.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import vn.longbien.exemplar.calendar.HanoiCalendar;

/** How stored values read in the audit: as text, exactly as the engine holds them, never deserialized. */
final class Values {

  static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(HanoiCalendar.ZONE);

  static final String JAVA_SERIALIZED = "application/x-java-serialized-object";

  private Values() {}

  /**
   * A Java-serialized value (the engine keeps a decision's list inputs this way) is never deserialized here:
   * the audit shows the texts it contains, read as literals from the byte stream, and its type.
   */
  static String javaSerialized(SerializableValue value) {
    String type = value instanceof ObjectValue object ? object.getObjectTypeName() : null;
    List<String> texts = new ArrayList<>();
    try {
      byte[] data = Base64.getDecoder().decode(String.valueOf(value.getValueSerialized()));
      for (int i = 0; i + 3 <= data.length; i++) {
        if (data[i] != 0x74) { // TC_STRING
          continue;
        }
        int length = ((data[i + 1] & 0xff) << 8) | (data[i + 2] & 0xff);
        if (length == 0 || i + 3 + length > data.length) {
          continue;
        }
        String text = new String(data, i + 3, length, StandardCharsets.UTF_8);
        boolean typeSignature = text.contains("/") || text.startsWith("[") || (text.startsWith("L") && text.endsWith(";"));
        if (!typeSignature && text.codePoints().noneMatch(c -> Character.isISOControl(c) || c == 0xFFFD)) {
          texts.add(text);
          i += 2 + length;
        }
      }
    } catch (IllegalArgumentException e) {
      texts.clear();
    }
    return texts + " (giá trị Java tuần tự hóa" + (type == null ? "" : ", kiểu " + type)
        + "; chỉ đọc các chuỗi ký tự, không giải mã)";
  }

  static String text(Supplier<TypedValue> value) {
    try {
      return text(value.get());
    } catch (RuntimeException e) {
      return "(không đọc được giá trị đã lưu)";
    }
  }

  static String text(TypedValue value) {
    if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
      if (JAVA_SERIALIZED.equals(serializable.getSerializationDataFormat())) {
        return javaSerialized(serializable);
      }
      return String.valueOf(serializable.getValueSerialized());
    }
    Object raw = value == null ? null : value.getValue();
    if (raw == null) {
      return "(trống)";
    }
    if (raw instanceof Date date) {
      return date.toInstant().toString();
    }
    return String.valueOf(raw);
  }

  static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  static String local(Instant instant) {
    return instant == null ? "" : LOCAL.format(instant);
  }

  static String local(Date date) {
    return date == null ? "" : LOCAL.format(date.toInstant());
  }
}
