package vn.longbien.exemplar.nomination;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A name as the search compares it: without accents or tone marks, {@code đ} as {@code d}, lower case, single
 * spaces. "Nguyễn  Thị Đào" and "nguyen thi dao" have the same key.
 */
public final class SearchKey {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private SearchKey() {}

  public static String of(String text) {
    if (text == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
    String bare = MARKS.matcher(decomposed).replaceAll("");
    return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
  }
}
