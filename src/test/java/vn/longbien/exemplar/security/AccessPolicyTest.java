package vn.longbien.exemplar.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.longbien.exemplar.support.ApplicationTest;

/** Who may start which process: nominating units nominate, Phòng Nội vụ opens the round. */
@ApplicationTest
class AccessPolicyTest {

  @Autowired
  private AuthorizationService authorizationService;

  @Autowired
  private IdentityService identityService;

  @ParameterizedTest(name = "{0} khởi động {1}: {2}")
  @CsvSource({
    "bode.donvi, nomination-review, true",
    "phong.yte, nomination-review, true",
    "bode.hoidong, nomination-review, false",
    "thanhtra, nomination-review, false",
    "quan.noivu, yearly-round, true",
    "bode.donvi, yearly-round, false",
    "quan.chutich, yearly-round, false",
    "thanhtra, yearly-round, false"
  })
  void onlyTheRightRoleMayStartAProcess(String user, String process, boolean allowed) {
    List<String> groups = groupsOf(user);

    assertThat(authorizationService.isUserAuthorized(
            user, groups, ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, process))
        .isEqualTo(allowed);
  }

  @ParameterizedTest(name = "{0} đọc nhật ký thao tác {1}: {2}")
  @CsvSource({
    "thanhtra, Operator, true",
    "thanhtra, Admin, true",
    "bode.hoidong, Operator, false"
  })
  void onlyAuditorsAndAdministratorsReadTheOperationLog(String user, String category, boolean allowed) {
    List<String> groups = groupsOf(user);

    assertThat(authorizationService.isUserAuthorized(
            user, groups, UserOperationLogCategoryPermissions.READ, Resources.OPERATION_LOG_CATEGORY, category))
        .isEqualTo(allowed);
  }

  private List<String> groupsOf(String user) {
    return identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
  }
}
