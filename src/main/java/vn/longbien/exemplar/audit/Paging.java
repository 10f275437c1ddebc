package vn.longbien.exemplar.audit;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.query.Query;

/**
 * Reads a whole query result in pages of 1000 rows: a nomination's history is small, a round's is not, and no
 * single statement should fetch an unbounded list.
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
