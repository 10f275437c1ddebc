package vn.longbien.exemplar.nomination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An evidence file (tệp minh chứng) of a nomination, stored with the record. The bytes are a plain
 * {@code byte[]} column (BYTEA): loaded only to download one file; lists use {@link AttachmentRepository.Info}.
 */
@Entity
@Table(name = "attachment")
public class Attachment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "nomination_id", nullable = false)
  private String nominationId;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(length = 1000)
  private String description;

  @Column(nullable = false)
  private byte[] content;

  @Column(name = "uploaded_by", nullable = false)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected Attachment() {}

  public Attachment(
      String nominationId, String fileName, String contentType, String description, byte[] content,
      String uploadedBy, Instant uploadedAt) {
    this.nominationId = nominationId;
    this.fileName = fileName;
    this.contentType = contentType;
    this.size = content.length;
    this.description = description;
    this.content = content;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public Long getId() {
    return id;
  }

  public String getNominationId() {
    return nominationId;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSize() {
    return size;
  }

  public String getDescription() {
    return description;
  }

  public byte[] getContent() {
    return content;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
