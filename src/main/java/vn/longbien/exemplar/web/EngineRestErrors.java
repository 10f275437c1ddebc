package vn.longbien.exemplar.web;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xml.sax.SAXParseException;

/**
 * Errors of Camunda's REST API that are the caller's, not the server's, but that Camunda answers with 500:
 * <ul>
 *   <li>two officials acting on the same record at the same moment: the loser gets 409 (an
 *       {@link OptimisticLockingException}, or "Cannot find task" when the other completion has already
 *       committed; task completion wraps both in a {@link RestException});
 *   <li>a model that is not well-formed XML, or declares a DOCTYPE (Camunda's parser refuses DOCTYPEs, so
 *       no external entity is ever read): 400.
 * </ul>
 * Answers are in Camunda's error shape with a Vietnamese message; every other error keeps Camunda's own.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class EngineRestErrors {

  static final String CONCURRENT_CHANGE = "Hồ sơ vừa được người khác thay đổi cùng lúc; xin tải lại và thực hiện lại";
  static final String UNREADABLE_MODEL =
      "Tệp mô hình không đọc được: XML không hợp lệ hoặc có khai báo DOCTYPE, thực thể ngoài (không được phép)";
  static final String TASK_ALREADY_COMPLETED = "Công việc này đã được người khác hoàn thành; xin tải lại danh sách công việc";

  private static final Pattern TASK_ACTION = Pattern.compile("(?:^|/)task/([^/]+)/(?:complete|submit-form)/?$");

  /** Camunda's own REST configuration, with the two mappers added. */
  @Bean
  CamundaJerseyResourceConfig camundaJerseyResourceConfig(ProcessEngine engine) {
    return new CamundaJerseyResourceConfig() {
      @Override
      protected void registerAdditionalResources() {
        super.registerAdditionalResources();
        register(new ConcurrentChange());
        // Ahead of Camunda's own mapper of the same exception type (priority USER).
        register(new TaskConflicts(engine), Priorities.USER - 1);
        register(new TaskGoneBeforeAuthorization(engine), Priorities.USER - 1);
        register(new UnreadableModel(), Priorities.USER - 1);
      }
    };
  }

  private static Response conflict(String type, String message) {
    return error(Response.Status.CONFLICT, type, message);
  }

  private static Response error(Response.Status status, String type, String message) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("type", type, "message", message)).build();
  }

  static final class ConcurrentChange implements ExceptionMapper<OptimisticLockingException> {
    @Override
    public Response toResponse(OptimisticLockingException e) {
      return conflict("ConcurrentChange", CONCURRENT_CHANGE);
    }
  }

  /** Completing a task that another official is completing, or has just completed, is a conflict. */
  static final class TaskConflicts implements ExceptionMapper<RestException> {

    private final ProcessEngine engine;

    @Context
    private UriInfo uri;

    TaskConflicts(ProcessEngine engine) {
      this.engine = engine;
    }

    @Override
    public Response toResponse(RestException e) {
      if (e.getCause() instanceof OptimisticLockingException) {
        return conflict("ConcurrentChange", CONCURRENT_CHANGE);
      }
      if (e.getCause() instanceof NullValueException && completedBefore(engine, uri)) {
        return conflict("TaskAlreadyCompleted", TASK_ALREADY_COMPLETED);
      }
      return new RestExceptionHandler().toResponse(e);
    }
  }

  /**
   * The other completion may commit between the loser's reading of the task and its authorization check,
   * which then finds no candidate group left: also "already completed", not 403.
   */
  static final class TaskGoneBeforeAuthorization implements ExceptionMapper<AuthorizationException> {

    private final ProcessEngine engine;

    @Context
    private UriInfo uri;

    TaskGoneBeforeAuthorization(ProcessEngine engine) {
      this.engine = engine;
    }

    @Override
    public Response toResponse(AuthorizationException e) {
      return completedBefore(engine, uri)
          ? conflict("TaskAlreadyCompleted", TASK_ALREADY_COMPLETED)
          : new ProcessEngineExceptionHandler().toResponse(e);
    }
  }

  /**
   * Whether the request completes a task that is already completed; looked up past the caller's
   * authorizations: the caller only learns that the task was done.
   */
  private static boolean completedBefore(ProcessEngine engine, UriInfo uri) {
    Matcher task = TASK_ACTION.matcher(uri.getPath());
    if (!task.find()) {
      return false;
    }
    String taskId = task.group(1);
    IdentityService identities = engine.getIdentityService();
    Authentication caller = identities.getCurrentAuthentication();
    identities.clearAuthentication();
    try {
      return engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0;
    } finally {
      if (caller != null) {
        identities.setAuthentication(caller);
      }
    }
  }

  /** The engine's parser refused a deployed resource (ENGINE-09003 and the like, caused by the XML parser). */
  static final class UnreadableModel implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof SAXParseException) {
          return error(Response.Status.BAD_REQUEST, "UnreadableModel", UNREADABLE_MODEL);
        }
      }
      return new ProcessEngineExceptionHandler().toResponse(e);
    }
  }
}
