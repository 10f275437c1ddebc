package vn.longbien.exemplar.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import vn.longbien.exemplar.nomination.Nomination;
import vn.longbien.exemplar.nomination.NominationQueries;
import vn.longbien.exemplar.nomination.NominationStatus;
import vn.longbien.exemplar.organisation.OrganisationCatalog;
import vn.longbien.exemplar.support.TestData;

/**
 * The place on a certificate's date line is the issuing unit's place in the organisation file: a ward of the
 * three-tier organisation prints its district's ("Long Biên, ngày …"), a ward of the two-tier organisation of 2025
 * its own ("Việt Hưng, ngày …"). Printed from the shipped template, the text read back from the PDF.
 */
class CertificatePlaceTest {

  private final int year = TestData.sharedRound();

  @Test
  void aWardOfTheThreeTierOrganisationDatesItsCertificateInLongBien() throws IOException {
    String text = certificateText("organisation/units.yaml", "phuong-viethung");

    assertThat(text).contains("Long Biên, ngày 15 tháng 01 năm " + year, "PHƯỜNG VIỆT HƯNG");
  }

  @Test
  void aWardOfTheTwoTierOrganisationDatesItsCertificateAtItsOwnPlace() throws IOException {
    String text = certificateText("organisation/units-2025-two-tier.yaml", "phuong-viethung");

    assertThat(text).contains("Việt Hưng, ngày 15 tháng 01 năm " + year, "PHƯỜNG VIỆT HƯNG")
        .doesNotContain("Long Biên, ngày");
  }

  @Test
  void aUnitWithoutAPlaceOfItsOwnTakesItsParentsPlace() {
    OrganisationCatalog threeTier = OrganisationCatalog.load(new ClassPathResource("organisation/units.yaml"));
    OrganisationCatalog twoTier =
        OrganisationCatalog.load(new ClassPathResource("organisation/units-2025-two-tier.yaml"));

    assertThat(threeTier.placeOf("phuong-bode")).isEqualTo("Long Biên");
    assertThat(threeTier.placeOf("quan-longbien")).isEqualTo("Long Biên");
    assertThat(twoTier.placeOf("phuong-bode")).isEqualTo("Bồ Đề");
    assertThat(twoTier.placeOf("thanhpho-hanoi")).isEqualTo("Hà Nội");
  }

  private String certificateText(String organisationFile, String unit) throws IOException {
    OrganisationCatalog catalog = OrganisationCatalog.load(new ClassPathResource(organisationFile));
    String name = TestData.nominee("Lê Thị Thu");
    Nomination nomination = new Nomination("DHTT-CERT-PLACE-" + name.hashCode(), year, unit,
        new Nomination.Nominee("ca-nhan", name, 1980, "nu", null, null, null),
        new Nomination.Dossier("chung", "Thành tích tiêu biểu", List.of("tc1", "tc2"), List.of(), false, false));
    nomination.moveTo(NominationStatus.RECOGNISED_WARD, null, null);
    nomination.recognise("phuong");
    NominationQueries nominations = mock(NominationQueries.class);
    when(nominations.findById(nomination.getId())).thenReturn(Optional.of(nomination));
    CertificatePrinter printer =
        new CertificatePrinter(nominations, catalog, new DocumentTemplates(new DocumentProperties(null)));

    MeetingPapers.File file = printer.print(List.of(new CertificatePrinter.Recognition(
        nomination.getId(), unit, "31/QĐ-UBND", year + "-01-15", null)), "dia-danh");

    try (PDDocument document = Loader.loadPDF(file.content())) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains(name);
      return text;
    }
  }
}
