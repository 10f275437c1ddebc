package vn.longbien.exemplar.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.camunda.spin.json.SpinJsonNode;
import vn.longbien.exemplar.forms.FormDataRefusedException.FieldError;
import vn.longbien.exemplar.forms.FormSchema.Field;
import vn.longbien.exemplar.text.PlainText;

/**
 * Checks data submitted to a step against the step's form, the way the form itself would have sent it:
 * only the form's fields; not a field that the form's conditions hide (the form viewer leaves hidden and
 * disabled fields out of what it submits); each value of its field's type, within its range, length and
 * pattern, among its options; and, for a submission that completes the step, every required field that is
 * shown. Conditions, and bounds written as expressions ("=councilMembersTotal"), are FEEL evaluated on the
 * step's variables overlaid with the submitted data, in the form's order. Text is returned in NFC.
 */
public final class FormCheck {

  /** A submission completes the step (required fields must be there) or only sets some of its fields. */
  public enum Mode {
    SUBMIT,
    PARTIAL
  }

  private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();
  /** The forms' FEEL expressions, parsed once per text (the forms are few; emptied should that ever grow large). */
  private static final Map<String, ParseResult> PARSED = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int MAX_PARSED = 10_000;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Set<String> FEEL_WORDS = Set.of("and", "or", "not", "true", "false", "null", "if", "then",
      "else", "for", "in", "return", "some", "every", "satisfies", "between", "instance", "of", "function");
  /** Stands for a value that could not be read as plain data (a Java object, XML). */
  private static final Object UNREADABLE = new Object();

  private FormCheck() {}

  /**
   * @param submitted the variables as the caller passed them (plain values or typed values)
   * @param variables reads the step's current variables by name (only those the form's expressions name)
   * @return the submitted variables, text in NFC
   * @throws FormDataRefusedException naming every field that is refused
   */
  public static Map<String, Object> check(
      FormSchema form, Map<String, ?> submitted, Function<Collection<String>, Map<String, Object>> variables, Mode mode) {
    Map<String, ?> data = submitted == null ? Map.of() : submitted;
    List<FieldError> errors = new ArrayList<>();
    Map<String, Object> accepted = new LinkedHashMap<>(data);
    Set<String> keys = form.keys();
    data.keySet().stream().filter(name -> !keys.contains(name))
        .forEach(name -> errors.add(new FieldError(name, "không có trong biểu mẫu của bước này")));

    Map<String, Object> plain = new HashMap<>();
    data.forEach((name, value) -> plain.put(name, plain(value)));
    Map<String, Object> context = new HashMap<>(variables.apply(namesToRead(form, plain.keySet())));
    context.replaceAll((name, value) -> plain(value));
    context.putAll(plain);

    List<String> applicable = new ArrayList<>();
    for (Field field : form.fields()) {
      boolean present = data.containsKey(field.key());
      if (field.hide() != null && isTrue(field.hide(), context)) {
        context.remove(field.key());
        if (present) {
          errors.add(new FieldError(field.key(), "không áp dụng với dữ liệu đã nhập (trường này bị ẩn trên biểu mẫu)"));
        }
        continue;
      }
      if (field.disabled()) {
        if (present) {
          errors.add(new FieldError(field.key(), "chỉ để xem, không được nhập"));
        }
        continue;
      }
      applicable.add(field.key());
      Object value = plain.get(field.key());
      if (isEmpty(value)) {
        if (field.required() && mode == Mode.SUBMIT) {
          errors.add(new FieldError(field.key(), "bắt buộc nhập (" + field.label() + ")"));
        }
        continue;
      }
      Optional<String> problem = problem(field, value, context);
      if (problem.isPresent()) {
        errors.add(new FieldError(field.key(), problem.get()));
      } else if (value instanceof String text) {
        accepted.put(field.key(), withText(data.get(field.key()), PlainText.normalized(text)));
      }
    }
    if (!errors.isEmpty()) {
      throw new FormDataRefusedException(form.id(), errors, applicable);
    }
    return accepted;
  }

  /** Removing a variable through a step: only the step's own fields. */
  public static void checkRemoval(FormSchema form, Collection<String> names) {
    Set<String> keys = form.keys();
    List<FieldError> errors = names.stream().filter(name -> !keys.contains(name))
        .map(name -> new FieldError(name, "không có trong biểu mẫu của bước này, không được xóa")).toList();
    if (!errors.isEmpty()) {
      throw new FormDataRefusedException(form.id(), errors, List.copyOf(keys));
    }
  }

  private static Optional<String> problem(Field field, Object value, Map<String, Object> context) {
    return switch (field.type()) {
      case "textfield" -> text(field, value, PlainText.Lines.SINGLE);
      case "textarea" -> text(field, value, PlainText.Lines.MULTI);
      case "number" -> number(field, value, context);
      case "checkbox" -> value instanceof Boolean ? Optional.empty() : Optional.of("phải là đúng/sai (true/false)");
      case "radio", "select" -> option(field, value, context);
      case "checklist", "taglist" -> options(field, value, context);
      case "datetime" -> dateTime(field, value);
      case "expression" -> Optional.empty();
      default -> Optional.of("loại trường " + field.type() + " không nhận dữ liệu ở đây");
    };
  }

  private static Optional<String> text(Field field, Object value, PlainText.Lines lines) {
    if (!(value instanceof String text)) {
      return Optional.of("phải là văn bản");
    }
    Optional<String> problem = PlainText.problem(text, lines);
    if (problem.isPresent()) {
      return problem;
    }
    String normalized = PlainText.normalized(text);
    if (field.maxLength() != null && normalized.length() > field.maxLength()) {
      return Optional.of("dài quá " + field.maxLength() + " ký tự");
    }
    if (field.minLength() != null && normalized.length() < field.minLength()) {
      return Optional.of("cần ít nhất " + field.minLength() + " ký tự");
    }
    if (field.pattern() != null) {
      try {
        if (!Pattern.compile(field.pattern()).matcher(normalized).find()) {
          return Optional.of("không đúng định dạng quy định");
        }
      } catch (PatternSyntaxException e) {
        return Optional.of("biểu mẫu khai báo định dạng không hợp lệ");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> number(Field field, Object value, Map<String, Object> context) {
    Optional<BigDecimal> number = decimal(value);
    if (number.isEmpty()) {
      return Optional.of("phải là một số");
    }
    BigDecimal n = number.get();
    int digits = field.decimalDigits() == null ? Integer.MAX_VALUE : field.decimalDigits();
    if (n.stripTrailingZeros().scale() > digits) {
      return Optional.of(digits == 0 ? "phải là số nguyên" : "tối đa " + digits + " chữ số thập phân");
    }
    Optional<BigDecimal> min = bound(field.min(), context);
    if (min.isPresent() && n.compareTo(min.get()) < 0) {
      return Optional.of("không được nhỏ hơn " + min.get().stripTrailingZeros().toPlainString());
    }
    Optional<BigDecimal> max = bound(field.max(), context);
    if (max.isPresent() && n.compareTo(max.get()) > 0) {
      return Optional.of("không được lớn hơn " + max.get().stripTrailingZeros().toPlainString());
    }
    return Optional.empty();
  }

  private static Optional<String> option(Field field, Object value, Map<String, Object> context) {
    if (!(value instanceof String text)) {
      return Optional.of("phải là một lựa chọn của biểu mẫu");
    }
    List<String> options = optionsOf(field, context);
    return options.contains(text) ? Optional.empty() : Optional.of("phải là một trong: " + String.join(", ", options));
  }

  private static Optional<String> options(Field field, Object value, Map<String, Object> context) {
    if (!(value instanceof List<?> chosen)) {
      return Optional.of("phải là danh sách lựa chọn");
    }
    List<String> options = optionsOf(field, context);
    for (Object item : chosen) {
      if (!(item instanceof String text) || !options.contains(text)) {
        return Optional.of("“" + item + "” không phải là một trong: " + String.join(", ", options));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> dateTime(Field field, Object value) {
    if (!(value instanceof String text)) {
      return Optional.of("phải là ngày dạng yyyy-MM-dd");
    }
    try {
      switch (field.subtype() == null ? "date" : field.subtype()) {
        case "time" -> {
          if (text.length() > 5) {
            OffsetTime.parse(text);
          } else {
            LocalTime.parse(text);
          }
        }
        case "datetime" -> {
          if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
            OffsetDateTime.parse(text);
          } else {
            LocalDateTime.parse(text);
          }
        }
        default -> LocalDate.parse(text);
      }
      return Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.of("không phải là ngày, giờ hợp lệ (yyyy-MM-dd)");
    }
  }

  /** The options of a radio, select or list: static, from a variable ({@code valuesKey}) or an expression. */
  private static List<String> optionsOf(Field field, Map<String, Object> context) {
    Object dynamic = null;
    if (field.valuesKey() != null) {
      dynamic = context.get(field.valuesKey());
    } else if (field.valuesExpression() != null) {
      dynamic = evaluate(field.valuesExpression(), context);
    }
    if (!(dynamic instanceof List<?> list)) {
      return field.options();
    }
    List<String> options = new ArrayList<>();
    for (Object option : list) {
      Object v = option instanceof Map<?, ?> map ? map.get("value") : option;
      if (v != null) {
        options.add(v.toString());
      }
    }
    return options;
  }

  private static Optional<BigDecimal> bound(Object bound, Map<String, Object> context) {
    if (bound == null) {
      return Optional.empty();
    }
    Object value = bound instanceof String text && text.startsWith("=") ? evaluate(text, context) : bound;
    if (value instanceof String text) {
      try {
        return Optional.of(new BigDecimal(text.trim()));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return decimal(value);
  }

  private static Optional<BigDecimal> decimal(Object value) {
    if (value instanceof BigDecimal d) {
      return Optional.of(d);
    }
    if (value instanceof BigInteger i) {
      return Optional.of(new BigDecimal(i));
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return Optional.of(BigDecimal.valueOf(((Number) value).longValue()));
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return Double.isFinite(d) ? Optional.of(BigDecimal.valueOf(d)) : Optional.empty();
    }
    return Optional.empty();
  }

  private static boolean isTrue(String condition, Map<String, Object> context) {
    return Boolean.TRUE.equals(evaluate(condition, context));
  }

  /** A FEEL expression of the form ("=..."), or null when it cannot be evaluated (as the form viewer treats it). */
  private static Object evaluate(String expression, Map<String, Object> context) {
    String feel = expression.startsWith("=") ? expression.substring(1) : expression;
    ParseResult parsed = PARSED.get(feel);
    if (parsed == null) {
      if (PARSED.size() >= MAX_PARSED) {
        PARSED.clear();
      }
      parsed = PARSED.computeIfAbsent(feel, FEEL::parseExpression);
    }
    if (!parsed.isSuccess()) {
      return null;
    }
    EvaluationResult result = FEEL.evaluate(parsed.parsedExpression(), context);
    return result.isSuccess() ? result.result() : null;
  }

  /** The variables the form's expressions name, beyond the submitted fields. */
  private static Set<String> namesToRead(FormSchema form, Set<String> submitted) {
    Set<String> names = new LinkedHashSet<>();
    for (Field field : form.fields()) {
      for (Object expression : new Object[] {field.hide(), field.min(), field.max(), field.valuesExpression()}) {
        if (expression instanceof String text && (text.startsWith("=") || expression == field.valuesExpression())) {
          Matcher identifier = IDENTIFIER.matcher(text.replaceAll("\"(\\\\.|[^\"])*\"", ""));
          while (identifier.find()) {
            names.add(identifier.group());
          }
        }
      }
      if (field.valuesKey() != null) {
        names.add(field.valuesKey());
      }
    }
    names.removeAll(FEEL_WORDS);
    names.removeAll(submitted);
    return names;
  }

  private static boolean isEmpty(Object value) {
    return value == null || (value instanceof String text && text.isEmpty())
        || (value instanceof Collection<?> list && list.isEmpty());
  }

  /** A variable's value as plain data: typed values unwrapped, JSON (Spin, or serialized JSON) as lists and maps. */
  static Object plain(Object value) {
    Object v = value;
    if (v instanceof TypedValue typed) {
      if (typed instanceof SerializableValue serializable && !serializable.isDeserialized()) {
        String format = serializable.getSerializationDataFormat();
        if (format == null || !format.contains("json")) {
          return UNREADABLE;
        }
        return json(serializable.getValueSerialized());
      }
      v = typed.getValue();
    }
    if (v instanceof SpinJsonNode node) {
      return json(node.toString());
    }
    return v;
  }

  private static Object json(String text) {
    try {
      return text == null ? null : JSON.readValue(text, Object.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return UNREADABLE;
    }
  }

  /** The submitted value with its text replaced, keeping a typed value typed. */
  private static Object withText(Object original, String text) {
    if (original instanceof TypedValue typed && typed.getType() == ValueType.STRING) {
      return Variables.stringValue(text, typed.isTransient());
    }
    return original instanceof String ? text : original;
  }
}
