package vn.longbien.exemplar.nomination;

/**
 * The titles “Công dân Thủ đô ưu tú” awarded in a round year, counted for the yearly cap one check at a time:
 * a caller that counts holds the year until its transaction ends, so a second check of the same year waits
 * and then counts the award the first one made.
 */
@FunctionalInterface
public interface AwardedTitles {

  /** Titles awarded in the round year; no other check of that year gets past this call before the caller's transaction ends. */
  long countHoldingTheYear(int roundYear);
}
