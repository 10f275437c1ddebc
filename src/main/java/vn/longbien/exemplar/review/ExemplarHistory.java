package vn.longbien.exemplar.review;

import java.util.List;
import java.util.Optional;

/**
 * What the review shows and asks of the council about a nominee's earlier rounds: the earlier nominations and
 * outcomes of the same exemplar, and the warning when the nominee was already recognised for the same movement (the
 * council must then confirm that the nomination is for a new achievement). Answered by the exemplar registry; the
 * review depends only on this interface.
 */
public interface ExemplarHistory {

  /** No registry: no history, never a warning (the process tests without the application). */
  ExemplarHistory NONE = new ExemplarHistory() {
    @Override
    public List<String> earlierNominations(String nominationId) {
      return List.of();
    }

    @Override
    public Optional<String> repeatWarning(String nominationId) {
      return Optional.empty();
    }

    @Override
    public void confirmNewAchievement(String nominationId, String level, String confirmedBy, String warning) {}
  };

  /** One line per earlier nomination of the same exemplar, oldest first ("2024 — Phường Bồ Đề: công nhận cấp phường"). */
  List<String> earlierNominations(String nominationId);

  /** The warning the council reads, when an earlier recognition of the same exemplar counts (decision table). */
  Optional<String> repeatWarning(String nominationId);

  /** The council confirmed, with its vote, that the warned nomination is for a new achievement. */
  void confirmNewAchievement(String nominationId, String level, String confirmedBy, String warning);
}
