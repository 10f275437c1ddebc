package vn.longbien.exemplar.nomination;

import vn.longbien.exemplar.web.ConflictException;

/** The nominee is already nominated by the unit in the round: one achievement is not rewarded twice. */
public class DuplicateNominationException extends ConflictException {

  private final String existingNominationId;

  public DuplicateNominationException(String existingNominationId, String nomineeName, int roundYear) {
    super(
        "DuplicateNomination",
        "Đối tượng “" + nomineeName + "” đã được đơn vị đề cử trong đợt bình xét năm " + roundYear + " (hồ sơ "
            + existingNominationId + "); một thành tích không được khen thưởng hai lần");
    this.existingNominationId = existingNominationId;
  }

  public String existingNominationId() {
    return existingNominationId;
  }
}
