package vn.longbien.exemplar.audit;

import java.util.List;

/**
 * One source of a nomination's timeline (Camunda's history, the model deployments; later the application's
 * own decision records). Each returns its entries in its own order; the timeline merges them by time,
 * keeping each source's order between entries of the same instant.
 */
public interface TimelineSource {

  List<TimelineEntry> entriesFor(NominationScope scope);
}
