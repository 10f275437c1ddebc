package vn.longbien.exemplar.web;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
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
 *       which reaches the REST layer wrapped by the expression language and the resource;
 *   <li>a task, process instance, execution or process definition named in the path that does not exist
 *       (completing, claiming or reading the variables or form of a task that was never there or has ended;
 *       reading or changing the variables of an ended process instance): 404, where Camunda answers 500 or 400
 *       depending on the resource ({@link MissingRecords}).
 * </ul>
 * Answers are in Camunda's error shape with a Vietnamese message; every other error keeps Camunda's own. An
 * error on a record that exists keeps its answer, so 403 stays 403.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class EngineRestErrors {

  static final String CONCURRENT_CHANGE = "Hồ sơ vừa được người khác thay đổi cùng lúc; xin tải lại và thực hiện lại";
  static final String UNREADABLE_MODEL =
      "Tệp mô hình không đọc được: XML không hợp lệ hoặc có khai báo DOCTYPE, thực thể ngoài (không được phép)";
  static final String PASSWORD_POLICY = "Password does not match policy";
  static final String WEAK_PASSWORD = "Mật khẩu chưa đạt chính sách mật khẩu: ít nhất 10 ký tự, có chữ hoa, chữ thường,"
      + " chữ số và ký tự đặc biệt, không chứa tên đăng nhập hay họ tên (the password does not meet the password policy)";
  static final String TASK_ALREADY_COMPLETED = "Công việc này đã được người khác hoàn thành; xin tải lại danh sách công việc";

  /** Camunda's own REST configuration, with the mappers added. */
  @Bean
  CamundaJerseyResourceConfig camundaJerseyResourceConfig(
      ApplicationEngineCalls engineCalls, HistoryService history, TaskService tasks, RuntimeService runtime,
      RepositoryService repository) {
    return new CamundaJerseyResourceConfig() {
      @Override
      protected void registerAdditionalResources() {
        super.registerAdditionalResources();
        register(new ConcurrentChange());
        // Ahead of Camunda's own mappers of the same exception types (priority USER).
        CompletedTasks completed = new CompletedTasks(engineCalls, history);
        MissingRecords missing = new MissingRecords(engineCalls, tasks, runtime, repository);
        register(new RestCallerErrors(completed, missing), Priorities.USER - 1);
        register(new TaskGoneBeforeAuthorization(completed), Priorities.USER - 1);
        register(new EngineCallerErrors(missing), Priorities.USER - 1);
        register(new OtherErrors(missing), Priorities.USER - 1);
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
      if (cause instanceof ProcessEngineException refusal && PASSWORD_POLICY.equals(refusal.getMessage())) {
        // The engine's password policy (on in production) refuses with a plain engine exception.
        return Optional.of(error(Response.Status.BAD_REQUEST, "PasswordPolicy", WEAK_PASSWORD));
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
    private final MissingRecords missing;

    @Context
    private UriInfo uri;

    RestCallerErrors(CompletedTasks completed, MissingRecords missing) {
      this.completed = completed;
      this.missing = missing;
    }

    @Override
    public Response toResponse(RestException e) {
      Optional<Response> callers = callerError(e.getCause());
      if (callers.isPresent()) {
        return callers.get();
      }
      // Whatever the loser of two simultaneous completions trips over (the task gone when the engine or the step
      // guard reads it), a task already completed is "already completed", never "not found".
      if (completed.requestedTaskIsDone(uri)) {
        return error(Response.Status.CONFLICT, "TaskAlreadyCompleted", TASK_ALREADY_COMPLETED);
      }
      return missing.notFound(uri).orElseGet(() -> new RestExceptionHandler().toResponse(e));
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

  /** Engine errors the resources pass on unwrapped (a deployment the parser refused, a claim of a missing task). */
  static final class EngineCallerErrors implements ExceptionMapper<ProcessEngineException> {

    private final MissingRecords missing;

    @Context
    private UriInfo uri;

    EngineCallerErrors(MissingRecords missing) {
      this.missing = missing;
    }

    @Override
    public Response toResponse(ProcessEngineException e) {
      return callerError(e).or(() -> missing.notFound(uri))
          .orElseGet(() -> new ProcessEngineExceptionHandler().toResponse(e));
    }
  }

  /**
   * Anything else a resource throws: Camunda 7.24 reads the deployed form of a task that does not exist into a
   * NullPointerException. JAX-RS's own answers (an unknown path, a wrong method) keep their status.
   */
  static final class OtherErrors implements ExceptionMapper<Exception> {

    private final MissingRecords missing;

    @Context
    private UriInfo uri;

    OtherErrors(MissingRecords missing) {
      this.missing = missing;
    }

    @Override
    public Response toResponse(Exception e) {
      Optional<Response> notFound = e instanceof WebApplicationException ? Optional.empty() : missing.notFound(uri);
      return notFound.orElseGet(() -> new ExceptionHandler().toResponse(e));
    }
  }

  /**
   * Whether the task, process instance, execution or process definition a request names by id exists, looked up
   * past the caller's authorizations only once the request has failed: the caller learns no more than that
   * there is no such record. The collection resources of the same paths ({@code task/count},
   * {@code process-instance/suspended}, ...) name no record.
   */
  record MissingRecords(ApplicationEngineCalls engineCalls, TaskService tasks, RuntimeService runtime,
      RepositoryService repository) {

    private static final Pattern RECORD =
        Pattern.compile("^/?(?:engine/[^/]+/)?(task|process-instance|execution|process-definition)/([^/]+)(?:/.*)?$");

    private static final Map<String, Set<String>> COLLECTIONS = Map.of(
        "task", Set.of("count", "create", "report"),
        "process-instance", Set.of("count", "suspended", "suspended-async", "delete", "delete-historic-query-based",
            "job-retries", "job-retries-historic-query-based", "variables-async", "message-async"),
        "execution", Set.of("count"),
        "process-definition", Set.of("count", "statistics", "suspended", "key"));

    /** 404 in Camunda's error shape when the record the path names does not exist; empty otherwise. */
    Optional<Response> notFound(UriInfo uri) {
      Matcher path = RECORD.matcher(uri.getPath());
      if (!path.matches() || COLLECTIONS.get(path.group(1)).contains(path.group(2))) {
        return Optional.empty();
      }
      String kind = path.group(1);
      String id = path.group(2);
      boolean exists = engineCalls.run(() -> switch (kind) {
        case "task" -> tasks.createTaskQuery().taskId(id).count() > 0;
        case "process-instance" -> runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0;
        case "execution" -> runtime.createExecutionQuery().executionId(id).count() > 0;
        default -> repository.createProcessDefinitionQuery().processDefinitionId(id).count() > 0;
      });
      if (exists) {
        return Optional.empty();
      }
      String message = switch (kind) {
        case "task" -> "Không tìm thấy công việc " + id
            + ": công việc không tồn tại hoặc đã kết thúc; xin tải lại danh sách công việc";
        case "process-instance" -> "Không tìm thấy hồ sơ quy trình " + id + ": hồ sơ không tồn tại hoặc đã kết thúc";
        case "execution" -> "Không tìm thấy luồng thực thi " + id + ": luồng không tồn tại hoặc đã kết thúc";
        default -> "Không tìm thấy mẫu quy trình " + id;
      };
      return Optional.of(new RestExceptionHandler().toResponse(new InvalidRequestException(Response.Status.NOT_FOUND, message)));
    }
  }
}
