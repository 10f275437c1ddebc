package vn.longbien.exemplar.meeting;

import java.util.Arrays;
import java.util.Optional;

/** What the council did with a nominee at the meeting; the code is the API's and the pages' value. */
public enum AgendaAction {
  VOTE("vote", "Biểu quyết"),
  RETURN("return", "Trả hồ sơ để bổ sung minh chứng"),
  NOT_REVIEWED("not-reviewed", "Chưa xét trong phiên họp này");

  private final String code;
  private final String label;

  AgendaAction(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<AgendaAction> of(String code) {
    return Arrays.stream(values()).filter(action -> action.code.equals(code)).findFirst();
  }
}
