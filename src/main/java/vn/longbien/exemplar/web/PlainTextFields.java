package vn.longbien.exemplar.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Optional;
import vn.longbien.exemplar.text.PlainText;
import vn.longbien.exemplar.text.PlainText.Lines;

/**
 * Every text of the request is text an official typed ({@link PlainText}): each {@code String} component, and
 * each {@code String} in a list component, is checked, one line unless marked {@link MultiLine}. A violation
 * names the field ({@code nomineeName}, {@code generalCriteria[1]}), so the API's 400 and the bulk import's row
 * errors report it like any other field. Whether a field may be empty stays the field's own rule.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainTextFields.Check.class)
public @interface PlainTextFields {

  String message() default "Nội dung không hợp lệ";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check implements ConstraintValidator<PlainTextFields, Record> {

    /** The Vietnamese message for a text {@link PlainText} refuses ("Nội dung chứa ký tự điều khiển U+0000, …"). */
    static Optional<String> problem(String text, Lines lines) {
      return PlainText.problem(text, lines).map(problem -> "Nội dung " + problem);
    }

    @Override
    public boolean isValid(Record request, ConstraintValidatorContext context) {
      if (request == null) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      boolean valid = true;
      for (RecordComponent component : request.getClass().getRecordComponents()) {
        Lines lines = component.isAnnotationPresent(MultiLine.class) ? Lines.MULTI : Lines.SINGLE;
        Object value = valueOf(component, request);
        if (value instanceof String text) {
          valid &= check(text, lines, component.getName(), context);
        } else if (value instanceof Collection<?> values) {
          int index = 0;
          for (Object element : values) {
            if (element instanceof String text) {
              valid &= check(text, lines, component.getName() + "[" + index + "]", context);
            }
            index++;
          }
        }
      }
      return valid;
    }

    private static boolean check(String text, Lines lines, String field, ConstraintValidatorContext context) {
      Optional<String> problem = problem(text, lines);
      problem.ifPresent(message -> context
          .buildConstraintViolationWithTemplate(message.replaceAll("([\\\\{}$])", "\\\\$1"))
          .addPropertyNode(field).addConstraintViolation());
      return problem.isEmpty();
    }

    private static Object valueOf(RecordComponent component, Record request) {
      Method accessor = component.getAccessor();
      try {
        accessor.setAccessible(true);
        return accessor.invoke(request);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("Cannot read " + component, e);
      }
    }
  }
}
