package vn.longbien.exemplar.nomination.api;

import java.text.Normalizer;

/**
 * Makes an uploaded file's name safe to store and to send back: no directories (so no path traversal), any
 * white space (tab, line break) as one space, no control or invisible formatting characters (such as a right-to-left override), none of the characters
 * Windows forbids in names, no leading dots; Vietnamese letters are kept (composed, NFC).
 */
public final class FileNames {

  private FileNames() {}

  /** The safe name, or an empty string when nothing of the original remains. */
  public static String sanitise(String original, int maxLength) {
    if (original == null) {
      return "";
    }
    String name = Normalizer.normalize(original, Normalizer.Form.NFC).replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    StringBuilder kept = new StringBuilder(name.length());
    name.codePoints().forEach(c -> {
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        kept.append(' ');
        return;
      }
      int type = Character.getType(c);
      if (type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
          || type == Character.PRIVATE_USE || type == Character.SURROGATE || "<>:\"|?*".indexOf(c) >= 0) {
        return;
      }
      kept.appendCodePoint(c);
    });
    String cleaned = kept.toString().replaceAll(" +", " ").strip().replaceFirst("^[. ]+", "").replaceFirst("[. ]+$", "");
    return shorten(cleaned, maxLength);
  }

  private static String shorten(String name, int maxLength) {
    if (name.codePointCount(0, name.length()) <= maxLength) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
    String base = name.substring(0, name.length() - extension.length());
    int keep = Math.max(1, maxLength - extension.length());
    return base.substring(0, base.offsetByCodePoints(0, Math.min(keep, base.codePointCount(0, base.length())))).strip()
        + extension;
  }
}
