package vn.longbien.exemplar.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.longbien.exemplar.support.ApplicationTest;

@ApplicationTest
class DemoIdentityTest {

  @Autowired
  private IdentityService identityService;

  @ParameterizedTest(name = "{0} thuộc nhóm {1}")
  @CsvSource({
    "demo, camunda-admin",
    "bode.donvi, phuong-bode-donvi",
    "bode.hoidong, phuong-bode-hoidong",
    "bode.chutich, phuong-bode-chutich",
    "viethung.donvi, phuong-viethung-donvi",
    "viethung.hoidong, phuong-viethung-hoidong",
    "viethung.chutich, phuong-viethung-chutich",
    "quan.hoidong, quan-longbien-hoidong",
    "quan.chutich, quan-longbien-chutich",
    "quan.noivu, phong-noivu-thuongtruc",
    "phong.yte, phong-yte-donvi",
    "thanhpho.bantdkt, thanhpho-hanoi-bantdkt",
    "thanhtra, thanhtra"
  })
  void demoAccountLogsInWithPasswordDemoAndBelongsToItsUnitRole(String userId, String groupId) {
    assertThat(identityService.checkPassword(userId, "demo")).isTrue();
    assertThat(identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count()).isEqualTo(1);
  }

  @Test
  void wardOfficialsBelongOnlyToTheirOwnWard() {
    assertThat(identityService.createGroupQuery().groupMember("bode.hoidong").list())
        .extracting(group -> group.getId())
        .containsExactly("phuong-bode-hoidong");
  }
}
