package vn.longbien.exemplar.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text field of a request that may hold line breaks and tabs (achievements, an objection's content); every
 * other text field of a {@link PlainTextFields} request holds one line.
 */
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface MultiLine {}
