package vn.longbien.exemplar.nomination;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A name as the search and the duplicate check compare it: without accents or tone marks (whether typed
 * precomposed or combining), {@code đ} as {@code d}, without invisible characters (zero-width spaces, joiners),
 * lower case, any kind of space (no-break, ideographic) as one space. "Nguyễn  Thị Đào", "Nguyễn\u00A0Thị Đào"
 * and "nguyen thi dao" have the same key.
 */
public final class SearchKey {

  private static final Pattern MARKS_AND_INVISIBLE = Pattern.compile("[\\p{M}\\p{Cf}]+");
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+", Pattern.UNICODE_CHARACTER_CLASS);

  private SearchKey() {}

  public static String of(String text) {
    if (text == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
    String bare = MARKS_AND_INVISIBLE.matcher(decomposed).replaceAll("");
    return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
  }
}
