package vn.longbien.exemplar.documents;

/** The documents generated from a review level's decisions; each has one template per format. */
enum DocumentKind {
  COUNCIL_MINUTES("bien-ban-hop-hoi-dong"),
  SUBMISSION("to-trinh"),
  DECISION_LIST("danh-sach-kem-theo-quyet-dinh"),
  /** Giấy khen: PDF only, one page per recognised exemplar. */
  CERTIFICATE("giay-khen");

  private final String fileName;

  DocumentKind(String fileName) {
    this.fileName = fileName;
  }

  /** The template's and the download's base name, e.g. {@code to-trinh}. */
  String fileName() {
    return fileName;
  }
}
