package vn.longbien.exemplar.registry;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.longbien.exemplar.nomination.Nomination;
import vn.longbien.exemplar.security.CurrentOfficial;
import vn.longbien.exemplar.security.CurrentOfficial.Official;
import vn.longbien.exemplar.text.PlainText;
import vn.longbien.exemplar.web.ConflictException;
import vn.longbien.exemplar.web.InvalidInputException;
import vn.longbien.exemplar.web.RecordNotFoundException;

/**
 * Phòng Nội vụ (the council's standing secretariat) and administrators correct the registry: merge two entries that
 * are the same exemplar, or split a wrongly matched nomination out into an entry of its own. Each change is one
 * transaction and is kept ({@link RegistryChange}) for the audit.
 */
@Service
public class RegistryChanges {

  private final ExemplarRegistry registry;
  private final ExemplarRepository exemplars;
  private final ExemplarLinkRepository links;
  private final RegistryChangeRepository changes;
  private final CurrentOfficial currentOfficial;

  RegistryChanges(ExemplarRegistry registry, ExemplarRepository exemplars, ExemplarLinkRepository links,
      RegistryChangeRepository changes, CurrentOfficial currentOfficial) {
    this.registry = registry;
    this.exemplars = exemplars;
    this.links = links;
    this.changes = changes;
    this.currentOfficial = currentOfficial;
  }

  /** Whether the caller may merge and split: Phòng Nội vụ or an administrator. */
  public boolean mayChange(Official caller) {
    return caller.isSecretariat() || caller.isAdministrator();
  }

  /** Moves every nomination of {@code otherId} to {@code id} and retires the other entry. */
  @Transactional
  public RegistryChange merge(long id, Long otherId, String reason) {
    Official caller = allowed();
    Exemplar target = inUse(id);
    if (otherId == null) {
      throw new InvalidInputException("BadMerge", "Chưa chọn mục cần gộp vào mục này (otherId)");
    }
    Exemplar source = exemplars.findById(otherId)
        .filter(e -> caller.canRead(e.getUnitCode()))
        .orElseThrow(() -> new RecordNotFoundException("Không tìm thấy điển hình số " + otherId));
    if (source.getId().equals(target.getId())) {
      throw new InvalidInputException("BadMerge", "Không gộp được một mục với chính nó");
    }
    if (source.getMergedInto() != null) {
      throw new ConflictException("AlreadyMerged",
          "Mục số " + source.getId() + " đã được gộp vào mục số " + source.getMergedInto());
    }
    if (!source.getNomineeKind().equals(target.getNomineeKind())) {
      throw new ConflictException("KindDiffers", "Không gộp được: mục số " + source.getId() + " là "
          + source.getKind().label().toLowerCase() + ", mục số " + target.getId() + " là "
          + target.getKind().label().toLowerCase());
    }
    List<ExemplarLink> moved = links.findByExemplarIdOrderByRoundYearAscLinkedAtAsc(source.getId());
    moved.forEach(link -> link.moveTo(target.getId()));
    links.saveAll(moved);
    source.mergeInto(target.getId());
    exemplars.save(source);
    return changes.save(new RegistryChange(RegistryChange.Kind.MERGE, source.getId(), target.getId(),
        moved.stream().map(ExemplarLink::getNominationId).toList(), text(reason), caller.userId(),
        ClockUtil.getCurrentTime().toInstant()));
  }

  /** Moves one nomination of entry {@code id} into a new entry of its own; returns the change (its target is new). */
  @Transactional
  public RegistryChange split(long id, String nominationId, String reason) {
    Official caller = allowed();
    Exemplar source = inUse(id);
    if (nominationId == null || nominationId.isBlank()) {
      throw new InvalidInputException("BadSplit", "Chưa chọn hồ sơ đề cử cần tách (nominationId)");
    }
    ExemplarLink link = links.findById(nominationId.trim())
        .filter(l -> l.getExemplarId().equals(source.getId()))
        .orElseThrow(() -> new InvalidInputException("BadSplit",
            "Hồ sơ đề cử " + nominationId.trim() + " không thuộc điển hình số " + source.getId() + " (nominationId)"));
    if (links.findByExemplarIdOrderByRoundYearAscLinkedAtAsc(source.getId()).size() < 2) {
      throw new ConflictException("NothingToSplit",
          "Điển hình số " + source.getId() + " chỉ có một hồ sơ đề cử: không có gì để tách");
    }
    Nomination nomination = registry.byId(List.of(link.getNominationId())).get(link.getNominationId());
    Exemplar own = exemplars.save(new Exemplar(source.getNomineeKind(),
        nomination == null ? source.getName() : nomination.getNomineeName(),
        nomination == null ? source.getBirthYear() : nomination.getBirthYear(), source.getUnitCode(),
        ClockUtil.getCurrentTime().toInstant()));
    link.moveTo(own.getId());
    links.save(link);
    return changes.save(new RegistryChange(RegistryChange.Kind.SPLIT, source.getId(), own.getId(),
        List.of(link.getNominationId()), text(reason), caller.userId(), ClockUtil.getCurrentTime().toInstant()));
  }

  private Official allowed() {
    Official caller = currentOfficial.get();
    if (!mayChange(caller)) {
      throw new AuthorizationException(caller.userId() + " may not merge or split registry entries");
    }
    return caller;
  }

  private Exemplar inUse(long id) {
    Official caller = currentOfficial.get();
    Exemplar exemplar = exemplars.findById(id).filter(e -> caller.canRead(e.getUnitCode()))
        .orElseThrow(() -> new RecordNotFoundException("Không tìm thấy điển hình số " + id));
    if (exemplar.getMergedInto() != null) {
      throw new ConflictException("AlreadyMerged",
          "Mục số " + id + " đã được gộp vào mục số " + exemplar.getMergedInto() + ": thao tác trên mục đó");
    }
    return exemplar;
  }

  private static String text(String reason) {
    if (reason == null || PlainText.isBlank(reason)) {
      return null;
    }
    PlainText.problem(reason, PlainText.Lines.MULTI).ifPresent(problem -> {
      throw new InvalidInputException("BadReason", "Lý do (reason): nội dung " + problem);
    });
    String normalized = PlainText.normalized(reason).trim();
    if (normalized.length() > 2000) {
      throw new InvalidInputException("BadReason", "Lý do (reason) tối đa 2000 ký tự");
    }
    return normalized;
  }
}
