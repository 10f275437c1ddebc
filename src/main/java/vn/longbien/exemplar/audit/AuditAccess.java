package vn.longbien.exemplar.audit;

import java.util.function.Function;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.security.ApplicationEngineCalls;
import vn.longbien.exemplar.security.CurrentOfficial;
import vn.longbien.exemplar.security.CurrentOfficial.Official;

/**
 * The audit is for inspectors ({@code thanhtra}) and administrators only, and they read all of it: their
 * engine grants cover every process, task, decision and operation log entry. Once this rule has let the
 * caller in, the engine's history is read without its per-row authorization checks, which would join the
 * grants table (one grant per open task and group) in each of the two dozen queries of a timeline.
 */
@Component
public class AuditAccess {

  private final CurrentOfficial currentOfficial;
  private final ApplicationEngineCalls engineCalls;

  AuditAccess(CurrentOfficial currentOfficial, ApplicationEngineCalls engineCalls) {
    this.currentOfficial = currentOfficial;
    this.engineCalls = engineCalls;
  }

  /** The reading's result for an inspector or administrator; otherwise 403 and nothing is read. */
  public <T> T read(Function<Official, T> reading) {
    Official official = currentOfficial.get();
    if (!official.isAuditor() && !official.isAdministrator()) {
      throw new AuthorizationException(
          "User '" + official.userId() + "' is neither an auditor nor an administrator and may not read the audit trail");
    }
    return engineCalls.run(() -> reading.apply(official));
  }
}
