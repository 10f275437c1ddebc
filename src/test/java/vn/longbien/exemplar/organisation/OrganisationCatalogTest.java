package vn.longbien.exemplar.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.longbien.exemplar.support.OrganisationFiles;

/** The council's standing secretariat is one group, named once in the organisation file. */
class OrganisationCatalogTest {

  @Test
  void secretariatIsPhongNoiVusGroupAndServesTheDistrict() {
    OrganisationCatalog organisation = OrganisationFiles.shipped();

    assertThat(organisation.secretariatGroup()).isEqualTo("phong-noivu-thuongtruc");
    assertThat(organisation.secretariatUnit().name()).isEqualTo("Phòng Nội vụ");
    assertThat(organisation.secretariatServes()).isEqualTo("quan-longbien");
  }

  @Test
  void anOrganisationFileWhoseSecretariatIsNoUnitsGroupIsRefused() {
    assertThatThrownBy(() -> OrganisationFiles.withSecretariat("phong-noivu-khongco"))
        .hasMessageContaining("phong-noivu-khongco");
  }
}
