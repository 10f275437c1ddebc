package vn.longbien.exemplar.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.Test;
import vn.longbien.exemplar.organisation.FormerUnits;
import vn.longbien.exemplar.organisation.OrganisationCatalog;
import vn.longbien.exemplar.organisation.UnitRepository;
import vn.longbien.exemplar.security.CurrentOfficial.Official;
import vn.longbien.exemplar.support.OrganisationFiles;

/** What an official reads follows the organisation file: the secretariat it names reads the whole district. */
class CurrentOfficialTest {

  @Test
  void theGroupTheOrganisationFileNamesAsSecretariatReadsEveryUnitOfTheDistrict() {
    Official yTe = official(OrganisationFiles.withSecretariat("phong-yte-donvi"), "phong.yte", "phong-yte-donvi");

    assertThat(yTe.isSecretariat()).isTrue();
    assertThat(yTe.readableUnits()).contains("quan-longbien", "phuong-bode", "phong-noivu").doesNotContain("thanhpho-hanoi");
  }

  @Test
  void phongNoiVuIsNoLongerTheSecretariatOnceTheFileNamesAnotherGroup() {
    Official noiVu = official(OrganisationFiles.withSecretariat("phong-yte-donvi"), "quan.noivu", "phong-noivu-thuongtruc");

    assertThat(noiVu.isSecretariat()).isFalse();
    assertThat(noiVu.readableUnits()).containsExactly("phong-noivu");
  }

  private static Official official(OrganisationCatalog organisation, String user, String... groups) {
    IdentityService identities = mock(IdentityService.class);
    when(identities.getCurrentAuthentication()).thenReturn(new Authentication(user, List.of(groups)));
    return new CurrentOfficial(identities, organisation,
        new FormerUnits(organisation, mock(UnitRepository.class))).get();
  }
}
