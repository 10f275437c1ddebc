package vn.longbien.exemplar.nomination;

import java.util.Optional;

/**
 * Which yearly round takes nominations today, by the engine's clock. Round N takes them from its opening day
 * (by default 01/12 of N-1) until its deadline (before 31/01 of N), both from the {@code round-deadlines}
 * decision; the yearly round (campaign) keeps that calendar, nominations only ask it.
 */
public interface RoundCalendar {

  /**
   * Why the round of this year takes no nomination today, in Vietnamese and naming the round that does (or the
   * next one to open); empty when it is open.
   */
  Optional<String> refusal(int roundYear);

  /** Whether the round's opening day has come: a round that has closed may still take a late nomination. */
  boolean hasOpened(int roundYear);

  /** The round open today or, between two rounds, the next one to open: the year a form left empty means. */
  int currentRoundYear();
}
