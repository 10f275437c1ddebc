package vn.longbien.exemplar.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.longbien.exemplar.nomination.Nomination;
import vn.longbien.exemplar.nomination.NominationRepository;
import vn.longbien.exemplar.nomination.NominationStatus;
import vn.longbien.exemplar.support.ApplicationTest;

/** The reports as PDF: Vietnamese text with every diacritic, read back from the file, and the counts. */
@ApplicationTest
class ReportPdfTest {

  @Autowired private TestRestTemplate rest;
  @Autowired private NominationRepository nominations;

  @Test
  void pdfChosenByAcceptHeaderHasTheVietnameseTitleAndTheCounts() throws IOException {
    int year = 2171;
    for (int i = 0; i < 3; i++) {
      recognisedInBoDe(year);
    }

    String text = textOf(get("/api/reports/targets?year=" + year, MediaType.APPLICATION_PDF_VALUE, "quan.noivu"));

    assertThat(text).contains("Báo cáo kết quả thực hiện chỉ tiêu điển hình tiên tiến năm " + year);
    assertThat(text).contains("Ngày lập:", "Đơn vị", "Đánh giá", "Phường Bồ Đề", "Phường Thượng Thanh", "Chưa đạt");
    assertThat(text).containsPattern("(?s)Phường Bồ Đề.*?\\n\\s*2 3 Đạt");
  }

  @Test
  void pdfChosenByFormatParameterShowsAWardOnlyItsOwnLine() throws IOException {
    int year = 2172;
    recognisedInBoDe(year);

    String text = textOf(get("/api/reports/targets?year=" + year + "&format=pdf", null, "bode.hoidong"));

    assertThat(text).contains("Phường Bồ Đề").doesNotContain("Phường Việt Hưng", "Quận Long Biên");
  }

  private void recognisedInBoDe(int year) {
    Nomination nomination = new Nomination(
        UUID.randomUUID().toString(), year, "phuong-bode",
        new Nomination.Nominee("ca-nhan", "Trần Văn Đức " + UUID.randomUUID(), 1975, null, null, null, null),
        new Nomination.Dossier("chung", "Thành tích tiêu biểu", List.of("tc1", "tc2"), List.of(), false, false));
    nomination.moveTo(NominationStatus.RECOGNISED_WARD, null, null);
    nomination.recognise("phuong");
    nominations.save(nomination);
  }

  private ResponseEntity<byte[]> get(String url, String accept, String user) {
    HttpHeaders headers = new HttpHeaders();
    if (accept != null) {
      headers.set(HttpHeaders.ACCEPT, accept);
    }
    return rest.withBasicAuth(user, "demo").exchange(url, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
  }

  private static String textOf(ResponseEntity<byte[]> response) throws IOException {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType().equalsTypeAndSubtype(MediaType.APPLICATION_PDF)).isTrue();
    PdfReader reader = new PdfReader(response.getBody());
    try {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      return text.toString();
    } finally {
      reader.close();
    }
  }
}
