package vn.longbien.exemplar.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Error answers of the security filters, shaped like Camunda REST errors: {"type", "message"}. */
final class JsonErrors {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonErrors() {}

  static void send(HttpServletResponse response, int status, String type, String message) throws IOException {
    response.setStatus(status);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentType("application/json");
    JSON.writeValue(response.getOutputStream(), Map.of("type", type, "message", message));
  }
}
