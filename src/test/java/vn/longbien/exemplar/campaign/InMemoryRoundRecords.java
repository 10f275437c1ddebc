package vn.longbien.exemplar.campaign;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The round's tables and the nominations' outcomes for engine tests that run without Spring. */
class InMemoryRoundRecords {

  final Rounds rounds = new Rounds();
  final Report report = new Report();
  final Outcomes outcomes = new Outcomes();

  Optional<ReviewRound> round(int year) {
    return rounds.findById(year);
  }

  static class Rounds implements ReviewRoundRepository {
    private final Map<Integer, ReviewRound> rows = new HashMap<>();

    @Override
    public Optional<ReviewRound> findById(Integer roundYear) {
      return Optional.ofNullable(rows.get(roundYear));
    }

    @Override
    public ReviewRound save(ReviewRound round) {
      rows.put(round.getRoundYear(), round);
      return round;
    }
  }

  static class Report implements RoundReportRepository {
    private final List<RoundReportLine> rows = new ArrayList<>();

    @Override
    public List<RoundReportLine> findByRoundYearOrderByLineNo(int roundYear) {
      return rows.stream()
          .filter(line -> line.getRoundYear() == roundYear)
          .sorted(Comparator.comparingInt(RoundReportLine::getLineNo))
          .toList();
    }

    @Override
    public RoundReportLine save(RoundReportLine line) {
      rows.add(line);
      return line;
    }
  }

  static class Outcomes implements NominationOutcomes {
    private final Map<String, Long> introductions = new HashMap<>();

    void introduced(int year, String unit, String movement, long count) {
      introductions.put(year + "/" + unit + "/" + movement, count);
    }

    @Override
    public long countIntroductions(int year, String unit, String movement) {
      return introductions.getOrDefault(year + "/" + unit + "/" + movement, 0L);
    }

    @Override
    public List<NominationOutcome> outcomesOf(int year) {
      return List.of();
    }
  }
}
