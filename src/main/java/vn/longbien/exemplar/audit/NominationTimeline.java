package vn.longbien.exemplar.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;
import vn.longbien.exemplar.nomination.Nomination;
import vn.longbien.exemplar.organisation.FormerUnits;
import vn.longbien.exemplar.web.RecordNotFoundException;
import vn.longbien.exemplar.review.ModelContract;

/**
 * A nomination's whole audit timeline: every source's entries merged by time. Reads only; who may read it is
 * decided before, by {@link AuditAccess}.
 */
@Service
public class NominationTimeline {

  static final String NOMINATION_PROCESS = ModelContract.NOMINATION_REVIEW;

  private final AuditNominations nominations;
  private final HistoryService history;
  private final List<TimelineSource> sources;
  private final FormerUnits units;

  NominationTimeline(
      AuditNominations nominations, HistoryService history, List<TimelineSource> sources, FormerUnits units) {
    this.nominations = nominations;
    this.history = history;
    this.sources = sources;
    this.units = units;
  }

  public record Timeline(NominationSummary nomination, List<TimelineEntry> entries) {}

  public Timeline of(String nominationId) {
    Nomination nomination = nominations.find(nominationId)
        .orElseThrow(() -> new RecordNotFoundException("Không tìm thấy hồ sơ đề cử " + nominationId));
    NominationScope scope = scope(nominationId);
    List<TimelineEntry> entries = new ArrayList<>();
    for (TimelineSource source : sources) {
      entries.addAll(source.entriesFor(scope));
    }
    // Stable: entries of the same instant keep their source's order (sources in @Order).
    entries.sort(Comparator.comparing(TimelineEntry::time, Comparator.nullsLast(Comparator.naturalOrder())));
    return new Timeline(NominationSummary.of(nomination, units), List.copyOf(entries));
  }

  /**
   * The root instance(s) with the nomination's business key and every instance they called, oldest first;
   * their decision evaluations are read when a source first asks.
   */
  NominationScope scope(String nominationId) {
    Map<String, HistoricProcessInstance> instances = new LinkedHashMap<>();
    List<HistoricProcessInstance> roots = Paging.all(history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(nominationId).processDefinitionKey(NOMINATION_PROCESS)
        .orderByProcessInstanceStartTime().asc());
    for (HistoricProcessInstance root : roots) {
      instances.put(root.getId(), root);
      for (HistoricProcessInstance called : Paging.all(history.createHistoricProcessInstanceQuery()
          .rootProcessInstanceId(root.getId()).orderByProcessInstanceStartTime().asc())) {
        instances.putIfAbsent(called.getId(), called);
      }
    }
    List<HistoricProcessInstance> ordered = new ArrayList<>(instances.values());
    ordered.sort(Comparator.comparing(HistoricProcessInstance::getStartTime));
    return new NominationScope(nominationId, ordered, () -> decisionEvaluations(ordered));
  }

  private List<HistoricDecisionInstance> decisionEvaluations(List<HistoricProcessInstance> instances) {
    List<HistoricDecisionInstance> evaluations = new ArrayList<>();
    for (HistoricProcessInstance instance : instances) {
      evaluations.addAll(Paging.all(history.createHistoricDecisionInstanceQuery()
          .processInstanceId(instance.getId()).includeInputs().includeOutputs().disableCustomObjectDeserialization()
          .orderByEvaluationTime().asc()));
    }
    return evaluations;
  }
}
