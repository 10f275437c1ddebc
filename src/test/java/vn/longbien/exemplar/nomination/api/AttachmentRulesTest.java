package vn.longbien.exemplar.nomination.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** How an evidence file's name is made safe and its type recognised from its bytes (no Spring context). */
class AttachmentRulesTest {

  @Test
  void fileNameKeepsVietnameseLettersAndLosesDirectoriesAndControlCharacters() {
    assertThat(FileNames.sanitise("..\\..\\Windows\\Bản\u0000 khai\u202E thành tích\t2024.docx", 200))
        .isEqualTo("Bản khai thành tích 2024.docx");
    assertThat(FileNames.sanitise("/etc/../.hidden.pdf", 200)).isEqualTo("hidden.pdf");
    assertThat(FileNames.sanitise("a<b>:c\"|?*.pdf", 200)).isEqualTo("abc.pdf");
  }

  @Test
  void decomposedVietnameseIsStoredComposedAndLongNamesKeepTheirExtension() {
    assertThat(FileNames.sanitise("Nguye\u0302\u0303n.pdf", 200)).isEqualTo("Nguyễn.pdf");
    assertThat(FileNames.sanitise("Đ".repeat(300) + ".xlsx", 20)).isEqualTo("Đ".repeat(15) + ".xlsx");
  }

  @Test
  void wordAndExcelPackagesAreToldApartByTheirEntries() throws IOException {
    byte[] docx = zip("[Content_Types].xml", "word/document.xml");
    byte[] xlsx = zip("[Content_Types].xml", "xl/workbook.xml");
    byte[] plainZip = zip("readme.txt");

    assertThat(AttachmentType.DOCX.matches(docx)).isTrue();
    assertThat(AttachmentType.XLSX.matches(docx)).isFalse();
    assertThat(AttachmentType.XLSX.matches(xlsx)).isTrue();
    assertThat(AttachmentType.DOCX.matches(plainZip)).isFalse();
    assertThat(AttachmentType.PDF.matches(docx)).isFalse();
  }

  @Test
  void extensionDecidesTheExpectedTypeWhateverItsCase() {
    assertThat(AttachmentType.ofFileName("ẢNH.JPEG")).contains(AttachmentType.JPEG);
    assertThat(AttachmentType.ofFileName("ảnh.jpg")).contains(AttachmentType.JPEG);
    assertThat(AttachmentType.ofFileName("script.pdf.exe")).isEmpty();
    assertThat(AttachmentType.ofFileName("khong-duoi")).isEmpty();
  }

  private static byte[] zip(String... entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String entry : entries) {
        zip.putNextEntry(new ZipEntry(entry));
        zip.write("<x/>".getBytes());
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
