package vn.longbien.exemplar.nomination.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import vn.longbien.exemplar.organisation.OrganisationCatalog;

/** A movement code of {@code organisation/units.yaml} ("chung", "y-te-an-toan-thuc-pham", ...). */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownMovement.Check.class)
public @interface KnownMovement {

  String message() default "Mã phong trào thi đua không có trong danh mục";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Spring creates the validator, so it reads the organisation's catalog. */
  class Check implements ConstraintValidator<KnownMovement, String> {

    private final OrganisationCatalog catalog;

    public Check(OrganisationCatalog catalog) {
      this.catalog = catalog;
    }

    @Override
    public boolean isValid(String code, ConstraintValidatorContext context) {
      return code == null || code.isBlank() || catalog.movement(code).isPresent();
    }
  }
}
