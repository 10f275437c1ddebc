package vn.longbien.exemplar.reporting;

import java.util.List;

/**
 * The exemplars recognised in several rounds of a period, for the period report's section "Điển hình được công
 * nhận nhiều năm". The exemplar registry provides it; without such a bean the report leaves the section out.
 */
public interface RepeatedExemplars {

  /** Exemplars recognised (at any level) in at least two of the rounds {@code fromYear}..{@code toYear}. */
  List<RepeatedExemplar> recognisedInSeveralYears(int fromYear, int toYear);
}
