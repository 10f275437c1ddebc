package vn.longbien.exemplar.text;

import java.text.Normalizer;
import java.util.Optional;

/**
 * What the application accepts as text typed by an official, on every write path (the API, the bulk import,
 * the Tasklist start form and task forms): Unicode NFC, so "Nguyễn" typed with a precomposed or a combining
 * tone mark is one name; no control character (PostgreSQL cannot store NUL at all), except line breaks and
 * tabs in a multi-line field; no unpaired surrogate; and not made only of spaces and invisible characters
 * (zero-width spaces, ideographic space, byte order marks). An empty text is no text, not an error: whether a
 * field may be empty is the field's own rule.
 */
public final class PlainText {

  /** Whether a field holds one line (a name, a number) or several (achievements, a reason). */
  public enum Lines {
    SINGLE,
    MULTI
  }

  private PlainText() {}

  /** The text in NFC; null stays null. */
  public static String normalized(String text) {
    return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /** Why the text cannot be stored, in Vietnamese ("chứa ký tự điều khiển U+0000"), or empty if it can. */
  public static Optional<String> problem(String text, Lines lines) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        if (!paired) {
          return Optional.of("chứa ký tự không hợp lệ (nửa cặp UTF-16 " + code(c) + ")");
        }
        i++;
        continue;
      }
      boolean lineBreak = c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
      if (lineBreak || c == '\t') {
        if (lines == Lines.SINGLE) {
          return Optional.of(lineBreak ? "không được xuống dòng" : "không được chứa ký tự tab");
        }
        continue;
      }
      if (Character.getType(c) == Character.CONTROL) {
        return Optional.of("chứa ký tự điều khiển " + code(c) + ", không được phép");
      }
    }
    if (isBlank(text)) {
      return Optional.of("chỉ gồm khoảng trắng hoặc ký tự ẩn");
    }
    return Optional.empty();
  }

  /** True when nothing visible is left once spaces, line breaks and invisible (format) characters are removed. */
  public static boolean isBlank(String text) {
    if (text == null) {
      return true;
    }
    return text.codePoints().allMatch(PlainText::invisible);
  }

  private static boolean invisible(int codePoint) {
    int type = Character.getType(codePoint);
    return Character.isWhitespace(codePoint)
        || Character.isSpaceChar(codePoint)
        || type == Character.FORMAT
        || type == Character.CONTROL
        // Fillers that fonts draw as nothing.
        || codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x3164 || codePoint == 0xFFA0 || codePoint == 0x2800;
  }

  private static String code(char c) {
    return String.format("U+%04X", (int) c);
  }
}
