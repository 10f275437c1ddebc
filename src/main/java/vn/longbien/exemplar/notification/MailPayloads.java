package vn.longbien.exemplar.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A mail's data as the outbox stores it (JSON). Its own mapper, not the API's: the API's reading rules for
 * officials' input (one line, no control characters) are not those of text the application wrote itself.
 */
final class MailPayloads {

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private MailPayloads() {}

  static String write(MailPayload payload) {
    try {
      return JSON.writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write a mail's data", e);
    }
  }

  static MailPayload read(String json) {
    try {
      return JSON.readValue(json, MailPayload.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot read a mail's data", e);
    }
  }
}
