package vn.longbien.exemplar.audit;

import java.util.List;

/**
 * One source of a nomination's timeline (Camunda's history with the application's decision records, the
 * model deployments, the council meetings and chairmen's decisions). Each returns its entries in its own order; the timeline merges them by time,
 * keeping each source's order between entries of the same instant.
 */
public interface TimelineSource {

  List<TimelineEntry> entriesFor(NominationScope scope);
}
