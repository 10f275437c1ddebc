package vn.longbien.exemplar.nomination.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import vn.longbien.exemplar.nomination.Attachment;
import vn.longbien.exemplar.nomination.AttachmentRepository;
import vn.longbien.exemplar.nomination.Nomination;
import vn.longbien.exemplar.security.ApplicationEngineCalls;
import vn.longbien.exemplar.security.CurrentOfficial;
import vn.longbien.exemplar.security.CurrentOfficial.Official;
import vn.longbien.exemplar.web.RecordNotFoundException;

/**
 * Evidence files of a nomination. Whoever may read the nomination may list and download them (others get
 * 404); only the nominating unit's officials ({@code donvi}) upload, while the nomination's review runs.
 * Accepted: PDF, JPEG, PNG, DOCX, XLSX — by extension and by the file's own first bytes — up to
 * {@link AttachmentProperties#maxSize()}.
 */
@Service
public class AttachmentService {

  private final NominationService nominations;
  private final AttachmentRepository attachments;
  private final AttachmentProperties properties;
  private final CurrentOfficial currentOfficial;
  private final RuntimeService runtimeService;
  private final ApplicationEngineCalls engine;

  AttachmentService(
      NominationService nominations, AttachmentRepository attachments, AttachmentProperties properties,
      CurrentOfficial currentOfficial, RuntimeService runtimeService, ApplicationEngineCalls engine) {
    this.nominations = nominations;
    this.attachments = attachments;
    this.properties = properties;
    this.currentOfficial = currentOfficial;
    this.runtimeService = runtimeService;
    this.engine = engine;
  }

  @Transactional
  public Attachment upload(String nominationId, MultipartFile file, String description) {
    Official caller = currentOfficial.get();
    Nomination nomination = nominations.readable(nominationId);
    if (!nominations.mayNominateFor(caller, nomination.getNominatingUnit())) {
      throw new AuthorizationException(
          caller.userId() + " is not a member of the nominating unit " + nomination.getNominatingUnit());
    }
    if (!inReview(nominationId)) {
      throw new ReviewFinishedException(nominationId);
    }
    if (description != null && description.length() > 1000) {
      throw new InvalidAttachmentException("Mô tả tệp tối đa 1000 ký tự");
    }
    byte[] content = checkedContent(file);
    String fileName = FileNames.sanitise(file.getOriginalFilename(), properties.maxFileNameLength());
    AttachmentType type = AttachmentType.ofFileName(fileName).orElseThrow(() -> new InvalidAttachmentException(
        "Chỉ nhận tệp PDF, JPEG, PNG, DOCX hoặc XLSX (đuôi .pdf, .jpg, .jpeg, .png, .docx, .xlsx)"));
    if (!type.matches(content)) {
      throw new InvalidAttachmentException(
          "Nội dung tệp không đúng định dạng " + type.name() + " như đuôi tên tệp cho biết");
    }
    String note = description == null || description.isBlank() ? null : description.strip();
    return attachments.save(new Attachment(
        nominationId, fileName, type.contentType(), note, content, caller.userId(), Instant.now()));
  }

  private byte[] checkedContent(MultipartFile file) {
    if (file == null || file.isEmpty()) {
      throw new InvalidAttachmentException("Chưa chọn tệp, hoặc tệp rỗng");
    }
    if (file.getSize() > properties.maxSize().toBytes()) {
      throw new InvalidAttachmentException(
          "Tệp vượt quá dung lượng cho phép (tối đa " + properties.maxSize().toMegabytes() + " MB)");
    }
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The nomination's review process is still running. */
  private boolean inReview(String nominationId) {
    return engine.run(() -> runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(NominationService.REVIEW_PROCESS)
        .processInstanceBusinessKey(nominationId)
        .count() > 0);
  }

  @Transactional(readOnly = true)
  public List<AttachmentRepository.Info> listOf(String nominationId) {
    return listOf(nominations.readable(nominationId));
  }

  /** The files of a nomination the caller has already read through {@link NominationService#readable}. */
  @Transactional(readOnly = true)
  public List<AttachmentRepository.Info> listOf(Nomination readable) {
    return attachments.listOf(readable.getId());
  }

  @Transactional(readOnly = true)
  public Attachment download(String nominationId, Long attachmentId) {
    nominations.readable(nominationId);
    return attachments.findByIdAndNominationId(attachmentId, nominationId)
        .orElseThrow(() -> new RecordNotFoundException("Không tìm thấy tệp minh chứng " + attachmentId));
  }
}
