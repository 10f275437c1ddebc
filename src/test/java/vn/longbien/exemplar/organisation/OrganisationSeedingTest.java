package vn.longbien.exemplar.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.longbien.exemplar.support.ApplicationTest;

@ApplicationTest
class OrganisationSeedingTest {

  @Autowired
  private UnitRepository units;

  @Autowired
  private IdentityService identityService;

  @Autowired
  private OrganisationSeeder seeder;

  @Autowired
  private TransactionTemplate transaction;

  @Test
  void allFourteenWardsOfLongBienExistAsUnits() {
    List<Unit> wards = units.findByKindOrderByName(UnitKind.WARD);

    assertThat(wards).hasSize(14);
    assertThat(wards).extracting(Unit::getName).contains("Phường Bồ Đề", "Phường Việt Hưng", "Phường Thạch Bàn");
    assertThat(wards).extracting(Unit::getParentCode).containsOnly("quan-longbien");
  }

  @Test
  void everyWardHasItsOwnNominatingCouncilAndChairmanGroups() {
    for (Unit ward : units.findByKindOrderByName(UnitKind.WARD)) {
      for (String role : List.of("donvi", "hoidong", "chutich")) {
        assertThat(identityService.createGroupQuery().groupId(ward.getCode() + "-" + role).count())
            .as("group %s-%s", ward.getCode(), role)
            .isEqualTo(1);
      }
    }
  }

  @Test
  void departmentsCarryTheirHeadcountFromTheOrganisationFile() {
    List<Unit> departments = units.findByKindOrderByName(UnitKind.DEPARTMENT);

    assertThat(departments).hasSize(14).allSatisfy(unit -> assertThat(unit.getHeadcount()).isPositive());
    assertThat(units.findById("phong-yte")).get().extracting(Unit::getHeadcount).isEqualTo(320);
    assertThat(units.findByKindOrderByName(UnitKind.WARD)).extracting(Unit::getHeadcount).containsOnlyNulls();
  }

  @Test
  void groupNamesAreVietnamese() {
    Group council = identityService.createGroupQuery().groupId("phuong-bode-hoidong").singleResult();

    assertThat(council.getName()).isEqualTo("Hội đồng Thi đua - Khen thưởng Phường Bồ Đề");
  }

  @Test
  void seedingAgainChangesNothing() {
    long unitsBefore = units.count();
    long groupsBefore = identityService.createGroupQuery().count();

    transaction.executeWithoutResult(status -> seeder.seed());

    assertThat(units.count()).isEqualTo(unitsBefore);
    assertThat(identityService.createGroupQuery().count()).isEqualTo(groupsBefore);
  }
}
