package vn.longbien.exemplar.meeting;

import java.util.Optional;
import vn.longbien.exemplar.text.Coded;

/** What the council did with a nominee at the meeting; the code is the API's and the pages' value. */
public enum AgendaAction implements Coded {
  VOTE("vote", "Biểu quyết"),
  RETURN("return", "Trả hồ sơ để bổ sung minh chứng"),
  NOT_REVIEWED("not-reviewed", "Chưa xét trong phiên họp này");

  private final Words words;

  AgendaAction(String code, String label) {
    this.words = new Words(code, label);
  }

  @Override
  public Words words() {
    return words;
  }

  public static Optional<AgendaAction> of(String code) {
    return Coded.of(AgendaAction.class, code);
  }
}
