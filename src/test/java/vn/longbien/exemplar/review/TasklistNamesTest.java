package vn.longbien.exemplar.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What officials read in Tasklist: the step as the diagram names it, with whose dossier and which unit's task. */
class TasklistNamesTest {

  @Test
  void aCouncilsTaskNamesItsUnitAfterTheCouncilAndTheNomineeLast() {
    assertThat(TasklistNames.of("Hội đồng TĐKT bình xét", "Phường Bồ Đề", "Nguyễn Văn A"))
        .isEqualTo("Hội đồng TĐKT Phường Bồ Đề bình xét: Nguyễn Văn A");
  }

  @Test
  void aChairmansTaskNamesItsUnitAfterTheChairman() {
    assertThat(TasklistNames.of("Chủ tịch UBND quyết định", "Quận Long Biên", "Trần Thị B"))
        .isEqualTo("Chủ tịch UBND Quận Long Biên quyết định: Trần Thị B");
  }

  @Test
  void aStepOutsideALevelsReviewOnlyAddsTheNominee() {
    assertThat(TasklistNames.of("Ghi nhận kết quả xét của Thành phố", null, "Lê Văn C"))
        .isEqualTo("Ghi nhận kết quả xét của Thành phố: Lê Văn C");
  }

  @Test
  void aNameAnOlderModelVersionAlreadyCompletedStaysAsItIs() {
    assertThat(TasklistNames.of("Hội đồng TĐKT Phường Bồ Đề bình xét: Nguyễn Văn A", "Phường Bồ Đề", "Nguyễn Văn A"))
        .isEqualTo("Hội đồng TĐKT Phường Bồ Đề bình xét: Nguyễn Văn A");
  }
}
