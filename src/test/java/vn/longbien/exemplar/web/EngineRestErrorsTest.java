package vn.longbien.exemplar.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;

/** Errors of Camunda REST that are the caller's, answered as such rather than with Camunda's 500. */
class EngineRestErrorsTest {

  @Test
  void aPasswordThePolicyRefusesIsABadRequestSayingWhatThePolicyAsks() {
    // As Camunda REST wraps it when an administrator creates an account (POST /engine-rest/user/create).
    RestException wrapped = new RestException(Response.Status.INTERNAL_SERVER_ERROR,
        new ProcessEngineException("Password does not match policy"), "Cannot create user");

    Response answer = EngineRestErrors.callerError(wrapped.getCause()).orElseThrow();

    assertThat(answer.getStatus()).isEqualTo(400);
    assertThat((Map<String, String>) answer.getEntity()).containsEntry("type", "PasswordPolicy")
        .extractingByKey("message").asString().startsWith("Mật khẩu chưa đạt chính sách mật khẩu: ít nhất 10 ký tự");
  }

  @Test
  void anotherEngineErrorStaysTheServers() {
    assertThat(EngineRestErrors.callerError(new ProcessEngineException("Bảng lỗi"))).isEmpty();
  }
}
