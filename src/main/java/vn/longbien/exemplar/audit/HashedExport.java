package vn.longbien.exemplar.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * An exported file and the SHA-256 of its content. The CSV is the content: its bytes up to the last line
 * (the trailer that prints the hash) are what the hash covers, so a copy is checked with
 * {@code head -n -1 file.csv | sha256sum}. The PDF of the same timeline prints the same hash: it is checked by
 * exporting the CSV again and comparing.
 */
public record HashedExport(byte[] content, String sha256, String fileName, String mediaType) {

  static final String CSV = "text/csv;charset=UTF-8";
  static final String PDF = "application/pdf";

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** The CSV's last line: the hash of everything above it, who exported and when (not covered by the hash). */
  static String trailer(String sha256, String exportedBy, Instant exportedAt) {
    return "# SHA-256 của toàn bộ nội dung phía trên dòng này: " + sha256 + " | Xuất lúc "
        + Values.local(exportedAt) + " (giờ Hà Nội) bởi " + exportedBy + "\r\n";
  }

  static HashedExport csv(byte[] body, String fileName, String exportedBy, Instant exportedAt) {
    String hash = sha256(body);
    byte[] trailer = trailer(hash, exportedBy, exportedAt).getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[body.length + trailer.length];
    System.arraycopy(body, 0, all, 0, body.length);
    System.arraycopy(trailer, 0, all, body.length, trailer.length);
    return new HashedExport(all, hash, fileName, CSV);
  }
}
