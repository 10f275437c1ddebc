package vn.longbien.exemplar.audit;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.query.Query;

/**
 * Reads a whole query result in pages: the engine refuses unbounded lists to authenticated callers above
 * {@code queryMaxResultsLimit} (1000), and the audit reads as the calling inspector.
 */
final class Paging {

  static final int PAGE = 1000;

  private Paging() {}

  static <T> List<T> all(Query<?, T> query) {
    List<T> all = new ArrayList<>();
    int first = 0;
    while (true) {
      List<T> page = query.listPage(first, PAGE);
      all.addAll(page);
      if (page.size() < PAGE) {
        return all;
      }
      first += PAGE;
    }
  }
}
