package vn.longbien.exemplar.review;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;

/** A council's vote as the secretary records it; numbers that cannot be true are refused. */
record VoteCount(int membersTotal, int membersPresent, int votesInFavour, int votesAgainst) {

  VoteCount {
    if (membersTotal < 1
        || membersPresent < 0
        || membersPresent > membersTotal
        || votesInFavour < 0
        || votesAgainst < 0
        || votesInFavour + votesAgainst > membersPresent) {
      throw new ProcessEngineException(
          "Số liệu biểu quyết không hợp lệ: cần 0 ≤ tán thành + không tán thành ≤ có mặt ≤ tổng số thành viên");
    }
  }

  static VoteCount read(VariableScope scope, String prefix) {
    return new VoteCount(
        number(scope, prefix + "MembersTotal"),
        number(scope, prefix + "MembersPresent"),
        number(scope, prefix + "VotesInFavour"),
        number(scope, prefix + "VotesAgainst"));
  }

  vn.longbien.exemplar.nomination.NominationDecision.Votes asRecorded() {
    return new vn.longbien.exemplar.nomination.NominationDecision.Votes(
        membersTotal, membersPresent, votesInFavour, votesAgainst);
  }

  String summary() {
    return "Có mặt " + membersPresent + "/" + membersTotal + " thành viên; tán thành " + votesInFavour
        + ", không tán thành " + votesAgainst;
  }

  private static int number(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value instanceof Number number) {
      return number.intValue();
    }
    throw new ProcessEngineException("Chưa nhập số liệu biểu quyết: " + name);
  }
}
