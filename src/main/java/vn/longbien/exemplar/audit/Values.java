package vn.longbien.exemplar.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.function.Supplier;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/** How stored values read in the audit: as text, exactly as the engine holds them, never deserialized. */
final class Values {

  static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
  static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(HANOI);

  private Values() {}

  static String text(Supplier<TypedValue> value) {
    try {
      return text(value.get());
    } catch (RuntimeException e) {
      return "(không đọc được giá trị đã lưu)";
    }
  }

  static String text(TypedValue value) {
    if (value == null || (value.getValue() == null && !(value instanceof SerializableValue))) {
      return "(trống)";
    }
    if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
      return String.valueOf(serializable.getValueSerialized());
    }
    Object raw = value.getValue();
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
