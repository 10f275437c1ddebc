package vn.longbien.exemplar.web;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xml.sax.SAXParseException;
import vn.longbien.exemplar.forms.FormDataRefusedException;
import vn.longbien.exemplar.security.ApplicationEngineCalls;

/**
 * Errors of Camunda's REST API that are the caller's, not the server's, but that Camunda answers with 500:
 * <ul>
 *   <li>two officials acting on the same record at the same moment: the loser gets 409 (an
 *       {@link OptimisticLockingException}, or "Cannot find task" when the other completion has already
 *       committed; task completion wraps both in a {@link RestException});
 *   <li>a model that is not well-formed XML, or declares a DOCTYPE (Camunda's parser refuses DOCTYPEs, so
 *       no external entity is ever read): 400;
 *   <li>data a step's form does not take ({@link FormDataRefusedException}): 400 with each refused field;
 *   <li>a start or a form the process's own code refuses (a duplicate nominee: {@link ConflictException},
 *       409; a value it cannot take: {@link BadUserRequestException} or {@link InvalidInputException}, 400),
 *       which reaches the REST layer wrapped by the expression language and the resource.
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

  /** Camunda's own REST configuration, with the mappers added. */
  @Bean
  CamundaJerseyResourceConfig camundaJerseyResourceConfig(ApplicationEngineCalls engineCalls, HistoryService history) {
    return new CamundaJerseyResourceConfig() {
      @Override
      protected void registerAdditionalResources() {
        super.registerAdditionalResources();
        register(new ConcurrentChange());
        // Ahead of Camunda's own mappers of the same exception types (priority USER).
        CompletedTasks completed = new CompletedTasks(engineCalls, history);
        register(new RestCallerErrors(completed), Priorities.USER - 1);
        register(new TaskGoneBeforeAuthorization(completed), Priorities.USER - 1);
        register(new EngineCallerErrors(), Priorities.USER - 1);
      }
    };
  }

  /** The caller's error somewhere in the cause chain, answered as such; empty for a server error. */
  static Optional<Response> callerError(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockingException) {
        return Optional.of(error(Response.Status.CONFLICT, "ConcurrentChange", CONCURRENT_CHANGE));
      }
      if (cause instanceof SAXParseException) {
        return Optional.of(error(Response.Status.BAD_REQUEST, "UnreadableModel", UNREADABLE_MODEL));
      }
      if (cause instanceof ConflictException refusal) {
        return Optional.of(error(Response.Status.CONFLICT, refusal.type(), refusal.getMessage()));
      }
      if (cause instanceof FormDataRefusedException refusal) {
        return Optional.of(Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
            .entity(Map.of("type", "FormDataRefused", "message", refusal.getMessage(), "fieldErrors", refusal.errors()))
            .build());
      }
      if (cause instanceof InvalidInputException refusal) {
        return Optional.of(error(Response.Status.BAD_REQUEST, refusal.type(), refusal.getMessage()));
      }
      if (cause instanceof BadUserRequestException refusal && cause != error) {
        return Optional.of(error(Response.Status.BAD_REQUEST, "InvalidRequest", refusal.getMessage()));
      }
    }
    return Optional.empty();
  }

  private static Response error(Response.Status status, String type, String message) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("type", type, "message", message)).build();
  }

  static final class ConcurrentChange implements ExceptionMapper<OptimisticLockingException> {
    @Override
    public Response toResponse(OptimisticLockingException e) {
      return error(Response.Status.CONFLICT, "ConcurrentChange", CONCURRENT_CHANGE);
    }
  }

  /**
   * Errors the REST resources wrap: the caller's own, and completing a task that another official has
   * just completed (a conflict, not a missing task).
   */
  static final class RestCallerErrors implements ExceptionMapper<RestException> {

    private final CompletedTasks completed;

    @Context
    private UriInfo uri;

    RestCallerErrors(CompletedTasks completed) {
      this.completed = completed;
    }

    @Override
    public Response toResponse(RestException e) {
      Optional<Response> callers = callerError(e.getCause());
      if (callers.isPresent()) {
        return callers.get();
      }
      if (e.getCause() instanceof NullValueException && completed.requestedTaskIsDone(uri)) {
        return error(Response.Status.CONFLICT, "TaskAlreadyCompleted", TASK_ALREADY_COMPLETED);
      }
      return new RestExceptionHandler().toResponse(e);
    }
  }

  /**
   * The other completion may commit between the loser's reading of the task and its authorization check,
   * which then finds no candidate group left: also "already completed", not 403.
   */
  static final class TaskGoneBeforeAuthorization implements ExceptionMapper<AuthorizationException> {

    private final CompletedTasks completed;

    @Context
    private UriInfo uri;

    TaskGoneBeforeAuthorization(CompletedTasks completed) {
      this.completed = completed;
    }

    @Override
    public Response toResponse(AuthorizationException e) {
      return completed.requestedTaskIsDone(uri)
          ? error(Response.Status.CONFLICT, "TaskAlreadyCompleted", TASK_ALREADY_COMPLETED)
          : new ProcessEngineExceptionHandler().toResponse(e);
    }
  }

  /** Whether a request completes a task that is already completed. */
  record CompletedTasks(ApplicationEngineCalls engineCalls, HistoryService history) {

    private static final Pattern TASK_ACTION = Pattern.compile("(?:^|/)task/([^/]+)/(?:complete|submit-form)/?$");

    /** Looked up past the caller's authorizations: the caller only learns that the task was done. */
    boolean requestedTaskIsDone(UriInfo uri) {
      Matcher task = TASK_ACTION.matcher(uri.getPath());
      return task.find() && engineCalls.run(
          () -> history.createHistoricTaskInstanceQuery().taskId(task.group(1)).finished().count() > 0);
    }
  }

  /** Engine errors the resources pass on unwrapped (a deployment the parser refused, for one). */
  static final class EngineCallerErrors implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException e) {
      return callerError(e).orElseGet(() -> new ProcessEngineExceptionHandler().toResponse(e));
    }
  }
}
