package vn.longbien.exemplar.nomination.api;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of evidence file accepted, each known by its extension and recognised by its first bytes:
 * what the client claims as Content-Type is never trusted. DOCX and XLSX are ZIP packages told apart by
 * the entries their central directory names (nothing is decompressed).
 */
enum AttachmentType {
  PDF("application/pdf", "pdf"),
  JPEG("image/jpeg", "jpg", "jpeg"),
  PNG("image/png", "png"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

  private final String contentType;
  private final Set<String> extensions;

  AttachmentType(String contentType, String... extensions) {
    this.contentType = contentType;
    this.extensions = Set.of(extensions);
  }

  String contentType() {
    return contentType;
  }

  /** The type a file name's extension announces, if it is one of the accepted ones. */
  static Optional<AttachmentType> ofFileName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(type -> type.extensions.contains(extension)).findFirst();
  }

  /** Whether the bytes really are a file of this type. */
  boolean matches(byte[] content) {
    return switch (this) {
      case PDF -> startsWith(content, PDF_MAGIC);
      case JPEG -> startsWith(content, JPEG_MAGIC);
      case PNG -> startsWith(content, PNG_MAGIC);
      case DOCX -> startsWith(content, ZIP_MAGIC) && zipEntries(content).contains("word/document.xml");
      case XLSX -> startsWith(content, ZIP_MAGIC) && zipEntries(content).contains("xl/workbook.xml");
    };
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
  }

  /** The entry names of a ZIP archive's central directory; empty if it cannot be read. */
  static Set<String> zipEntries(byte[] zip) {
    Set<String> names = new HashSet<>();
    ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    int end = -1;
    for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
      if (buffer.getInt(i) == 0x06054b50) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      return names;
    }
    int entries = Short.toUnsignedInt(buffer.getShort(end + 10));
    long offset = Integer.toUnsignedLong(buffer.getInt(end + 16));
    for (int n = 0; n < entries; n++) {
      if (offset + 46 > zip.length || buffer.getInt((int) offset) != 0x02014b50) {
        return names;
      }
      int p = (int) offset;
      int nameLength = Short.toUnsignedInt(buffer.getShort(p + 28));
      int extraLength = Short.toUnsignedInt(buffer.getShort(p + 30));
      int commentLength = Short.toUnsignedInt(buffer.getShort(p + 32));
      if (p + 46L + nameLength > zip.length) {
        return names;
      }
      names.add(new String(zip, p + 46, nameLength, StandardCharsets.UTF_8));
      offset = p + 46L + nameLength + extraLength + commentLength;
    }
    return names;
  }
}
