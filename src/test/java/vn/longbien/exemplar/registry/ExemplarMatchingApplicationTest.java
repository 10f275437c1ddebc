package vn.longbien.exemplar.registry;

import vn.longbien.exemplar.reporting.RepeatedExemplar;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.longbien.exemplar.support.ApplicationTest;
import vn.longbien.exemplar.support.TestData;

/**
 * Every new nomination is matched to the registry's earlier entries: an individual by the name without accents, the
 * birth year and the nominating unit; a collective or a household by the name without accents and the unit.
 */
@ApplicationTest
class ExemplarMatchingApplicationTest {

  @Autowired private ExemplarRegistry registry;

  @Autowired private RegistryScenarios scenarios;
  private final int year = RegistryScenarios.firstRound();

  @Test
  void aPersonNominatedAgainWithoutAccentsInAnotherCaseAndSpacingIsTheSameExemplar() {
    String name = TestData.nominee("Nguyễn Thị Đào");
    String suffix = name.substring(name.lastIndexOf(' ') + 1);
    String first = scenarios.person(year, "phuong-bode", name, 1978);
    String again = scenarios.person(year + 1, "phuong-bode", "NGUYEN  thi   dao " + suffix.toLowerCase(), 1978);

    assertThat(registry.exemplarOf(again).orElseThrow().getId()).isEqualTo(registry.exemplarOf(first).orElseThrow().getId());
    assertThat(registry.earlierNominationsOf(again)).extracting(n -> n.getId()).containsExactly(first);
  }

  @Test
  void aPersonOfTheSameNameBornInAnotherYearIsAnotherExemplar() {
    String name = TestData.nominee("Trần Văn Đức");
    String first = scenarios.person(year, "phuong-bode", name, 1978);
    String other = scenarios.person(year + 1, "phuong-bode", name, 1979);

    assertThat(registry.exemplarOf(other).orElseThrow().getId()).isNotEqualTo(registry.exemplarOf(first).orElseThrow().getId());
    assertThat(registry.earlierNominationsOf(other)).isEmpty();
  }

  @Test
  void aCollectiveIsMatchedByItsNameWithoutAccentsAndItsUnit() {
    String name = TestData.nominee("Tổ dân phố số 5 Đức Giang");
    String suffix = name.substring(name.lastIndexOf(' ') + 1);
    String first = scenarios.collective(year, "phuong-bode", name);
    String again = scenarios.collective(year + 1, "phuong-bode", "To dan pho so 5 Duc Giang " + suffix);

    assertThat(registry.exemplarOf(again).orElseThrow().getId()).isEqualTo(registry.exemplarOf(first).orElseThrow().getId());
  }

  @Test
  void aCollectiveOfTheSameNameInAnotherWardIsAnotherExemplar() {
    String name = TestData.nominee("Chi hội Phụ nữ tổ 3");
    String first = scenarios.collective(year, "phuong-bode", name);
    String other = scenarios.collective(year + 1, "phuong-viethung", name);

    assertThat(registry.exemplarOf(other).orElseThrow().getId()).isNotEqualTo(registry.exemplarOf(first).orElseThrow().getId());
  }

  @Test
  void aNominationStoredBeforeTheRegistryExistedIsLinkedToItsExemplarByTheCatchUpAtStartup() {
    String name = TestData.nominee("Vũ Thị Trước");
    String first = scenarios.person(year, "phuong-bode", name, 1975);
    String older = scenarios.personStoredWithoutLink(year + 1, "phuong-bode", name, 1975);
    assertThat(registry.exemplarOf(older)).isEmpty();

    registry.catchUp();

    long exemplar = registry.exemplarOf(first).orElseThrow().getId();
    assertThat(registry.exemplarOf(older).orElseThrow().getId()).isEqualTo(exemplar);
    assertThat(registry.nominationsOf(exemplar)).extracting(n -> n.getId()).containsExactly(first, older);
  }

  @Test
  void moreNominationsWithoutALinkThanTheCatchUpReadsAtATimeAreAllLinked() {
    List<String> unlinked = new ArrayList<>();
    for (int i = 0; i <= ExemplarRegistry.CATCH_UP_BATCH; i++) {
      unlinked.add(
          scenarios.personStoredWithoutLink(year, "phuong-viethung", TestData.nominee("Đinh Văn Chờ"), 1800 + i));
    }

    registry.catchUp();

    assertThat(unlinked).allSatisfy(id -> assertThat(registry.exemplarOf(id)).as(id).isPresent());
  }

  @Test
  void theExemplarsRecognisedInSeveralYearsOfARangeAreListedWithTheirYears() {
    String twice = TestData.nominee("Lê Thị Bền");
    String once = TestData.nominee("Phạm Văn Một");
    scenarios.recognised(scenarios.person(year, "phuong-bode", twice, 1970), "phuong");
    scenarios.recognised(scenarios.person(year + 1, "phuong-viethung", twice, 1970), "phuong");
    scenarios.recognised(scenarios.person(year + 1, "phuong-bode", twice, 1970), "quan");
    scenarios.recognised(scenarios.person(year, "phuong-bode", once, 1971), "phuong");
    scenarios.person(year + 1, "phuong-bode", once, 1971);

    var repeated = registry.recognisedInSeveralYears(year, year + 1);

    assertThat(repeated).filteredOn(r -> r.name().equals(twice))
        .extracting(RepeatedExemplar::kind, RepeatedExemplar::unitCode,
            RepeatedExemplar::years)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ca-nhan", "phuong-bode", java.util.List.of(year, year + 1)));
    assertThat(repeated).extracting(RepeatedExemplar::name).doesNotContain(once);
  }
}
