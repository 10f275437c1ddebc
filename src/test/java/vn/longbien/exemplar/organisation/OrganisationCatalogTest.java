package vn.longbien.exemplar.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
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

  @Test
  void theTwoTierFileOf2025HasTheNewWardsUnderTheCityWhoseBoardIsTheSecretariat() {
    OrganisationCatalog organisation =
        OrganisationCatalog.load(new ClassPathResource("organisation/units-2025-two-tier.yaml"));

    assertThat(organisation.units()).filteredOn(unit -> unit.kind() == UnitKind.WARD)
        .extracting(OrganisationCatalog.UnitDefinition::name, OrganisationCatalog.UnitDefinition::parent)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Phường Bồ Đề", "thanhpho-hanoi"),
            org.assertj.core.groups.Tuple.tuple("Phường Long Biên", "thanhpho-hanoi"),
            org.assertj.core.groups.Tuple.tuple("Phường Phúc Lợi", "thanhpho-hanoi"),
            org.assertj.core.groups.Tuple.tuple("Phường Việt Hưng", "thanhpho-hanoi"));
    assertThat(organisation.units()).noneMatch(unit -> unit.kind() == UnitKind.DISTRICT);
    assertThat(organisation.secretariatGroup()).isEqualTo("thanhpho-hanoi-thuongtruc");
    assertThat(organisation.secretariatServes()).isEqualTo("thanhpho-hanoi");
    assertThat(organisation.groupsOfRole("donvi"))
        .containsExactly("phuong-bode-donvi", "phuong-longbien-donvi", "phuong-phucloi-donvi", "phuong-viethung-donvi");
  }
}
