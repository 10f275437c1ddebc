package vn.longbien.exemplar.nomination;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The evidence files of nominations. */
public interface AttachmentRepository extends Repository<Attachment, Long> {

  /** What a list shows of a file, without its bytes. */
  record Info(
      Long id, String fileName, String contentType, long size, String description, String uploadedBy,
      Instant uploadedAt) {}

  Attachment save(Attachment attachment);

  Optional<Attachment> findByIdAndNominationId(Long id, String nominationId);

  @Query("select new vn.longbien.exemplar.nomination.AttachmentRepository$Info("
      + "a.id, a.fileName, a.contentType, a.size, a.description, a.uploadedBy, a.uploadedAt) "
      + "from Attachment a where a.nominationId = :nominationId order by a.uploadedAt, a.id")
  List<Info> listOf(String nominationId);
}
