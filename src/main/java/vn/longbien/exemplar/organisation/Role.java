package vn.longbien.exemplar.organisation;

/**
 * The roles a unit's officials have, by the code that makes their group's id ({@code <unit code>-<role>}). Their
 * Vietnamese names are declared once, in the organisation file ({@code roleNames} of {@code units.yaml}, see
 * {@link OrganisationCatalog}); the code compares these constants, never the strings.
 */
public enum Role {
  /** Đơn vị đề cử / giới thiệu: nominates. */
  NOMINATING("donvi"),
  /** Hội đồng Thi đua - Khen thưởng: reviews and votes. */
  COUNCIL("hoidong"),
  /** Chủ tịch UBND: decides. */
  CHAIRMAN("chutich"),
  /** Thường trực Hội đồng TĐKT (Phòng Nội vụ): collects, reports, escalations. */
  SECRETARIAT("thuongtruc"),
  /** Ban Thi đua - Khen thưởng Thành phố: records the city's outcome. */
  CITY_BOARD("bantdkt");

  private final String code;

  Role(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** The group of this role in a unit: {@code phuong-bode-hoidong}. */
  public String groupOf(String unitCode) {
    return OrganisationCatalog.groupId(unitCode, code);
  }
}
