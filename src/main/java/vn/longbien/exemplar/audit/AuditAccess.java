package vn.longbien.exemplar.audit;

import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.stereotype.Component;
import vn.longbien.exemplar.security.CurrentOfficial;
import vn.longbien.exemplar.security.CurrentOfficial.Official;

/** The audit is for inspectors ({@code thanhtra}) and administrators only. */
@Component
class AuditAccess {

  private final CurrentOfficial currentOfficial;

  AuditAccess(CurrentOfficial currentOfficial) {
    this.currentOfficial = currentOfficial;
  }

  /** The caller, when an inspector or administrator; otherwise 403. */
  Official requireInspector() {
    Official official = currentOfficial.get();
    if (!official.isAuditor() && !official.isAdministrator()) {
      throw new AuthorizationException(
          "User '" + official.userId() + "' is neither an auditor nor an administrator and may not read the audit trail");
    }
    return official;
  }
}
