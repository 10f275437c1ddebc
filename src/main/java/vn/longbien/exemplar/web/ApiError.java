package vn.longbien.exemplar.web;

import java.util.List;

/**
 * The body of every error answer of the application's API: a stable English {@code type}, a Vietnamese
 * {@code message} for the official, and, for invalid input, one entry per field.
 */
public record ApiError(String type, String message, List<FieldError> fieldErrors) {

  public record FieldError(String field, String message) {}

  public static ApiError of(String type, String message) {
    return new ApiError(type, message, List.of());
  }
}
