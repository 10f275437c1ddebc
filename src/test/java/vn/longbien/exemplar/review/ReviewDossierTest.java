package vn.longbien.exemplar.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What officials and nominating units wrote is shown in the served forms as they wrote it. */
class ReviewDossierTest {

  @Test
  void markdownAndTheFormsTemplatesInWhatAUnitWroteAreEscaped() {
    assertThat(ReviewDossier.escape("Ông *An* [xem] <b>{{dossier}}</b> | _x_ `y` ~z~ \\"))
        .isEqualTo("Ông \\*An\\* \\[xem\\] \\<b\\>\\{\\{dossier\\}\\}\\</b\\> \\| \\_x\\_ \\`y\\` \\~z\\~ \\\\");
  }

  @Test
  void aLineBreakInWhatAUnitWroteStaysInsideItsListItem() {
    assertThat(ReviewDossier.escape("Dòng một\n\n- Dòng hai")).isEqualTo("Dòng một - Dòng hai");
  }

  @Test
  void vietnameseTextAndOrdinaryPunctuationAreShownUnchanged() {
    assertThat(ReviewDossier.escape("Tổ dân phố số 5 (0912 345 678). Đề nghị làm rõ, năm 2023!"))
        .isEqualTo("Tổ dân phố số 5 (0912 345 678). Đề nghị làm rõ, năm 2023!");
  }
}
