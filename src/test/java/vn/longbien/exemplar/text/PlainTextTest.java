package vn.longbien.exemplar.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.longbien.exemplar.text.PlainText.Lines;

class PlainTextTest {

  @Test
  void aNameTypedWithCombiningMarksIsStoredPrecomposed() {
    String combining = "Nguye\u0302\u0303n";

    assertThat(PlainText.normalized(combining)).isEqualTo("Nguyễn");
  }

  @Test
  void aNulCharacterIsRefusedAnywhere() {
    assertThat(PlainText.problem("Nguyễn\u0000Văn", Lines.MULTI)).contains("chứa ký tự điều khiển U+0000, không được phép");
  }

  @Test
  void otherControlCharactersAreRefused() {
    assertThat(PlainText.problem("A\u0007B", Lines.MULTI)).isPresent();
    assertThat(PlainText.problem("A\u009BB", Lines.MULTI)).isPresent();
  }

  @Test
  void lineBreaksAndTabsAreTextOnlyInMultiLineFields() {
    assertThat(PlainText.problem("Dòng một\r\nDòng hai\tcột", Lines.MULTI)).isEmpty();
    assertThat(PlainText.problem("Nguyễn\nVăn", Lines.SINGLE)).contains("không được xuống dòng");
    assertThat(PlainText.problem("Nguyễn\tVăn", Lines.SINGLE)).contains("không được chứa ký tự tab");
  }

  @Test
  void textMadeOnlyOfInvisibleCharactersIsBlank() {
    assertThat(PlainText.problem("\u200B\u200B", Lines.SINGLE)).contains("chỉ gồm khoảng trắng hoặc ký tự ẩn");
    assertThat(PlainText.problem("\u3000 \uFEFF\u2060", Lines.SINGLE)).contains("chỉ gồm khoảng trắng hoặc ký tự ẩn");
    assertThat(PlainText.problem("\u3164", Lines.SINGLE)).isPresent();
  }

  @Test
  void anEmptyTextIsNoTextRatherThanAnError() {
    assertThat(PlainText.problem("", Lines.SINGLE)).isEmpty();
    assertThat(PlainText.problem(null, Lines.SINGLE)).isEmpty();
  }

  @Test
  void anUnpairedSurrogateIsRefusedAndAPairedOneIsText() {
    assertThat(PlainText.problem("A\uD800B", Lines.SINGLE)).isPresent();
    assertThat(PlainText.problem("Hoa \uD83C\uDF38", Lines.SINGLE)).isEmpty();
  }

  @Test
  void ordinaryVietnameseIsAccepted() {
    assertThat(PlainText.problem("Trần Thị Hồng Nhung — Tổ dân phố 5, phường Bồ Đề", Lines.SINGLE)).isEmpty();
  }
}
