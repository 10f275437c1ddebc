package vn.longbien.exemplar.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/** The tables of a server-rendered page as a reader sees them: each body row's cells as text. */
public final class PageTables {

  private static final Pattern ROW = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);
  private static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL);

  private PageTables() {}

  /** The body rows of the first table in (or being) the element with that id. */
  public static List<List<String>> rows(String page, String id) {
    int start = page.indexOf("id=\"" + id + "\"");
    if (start < 0) {
      throw new AssertionError("No element #" + id + " on the page");
    }
    String table = page.substring(page.indexOf("<tbody>", start), page.indexOf("</tbody>", start));
    List<List<String>> rows = new ArrayList<>();
    Matcher row = ROW.matcher(table);
    while (row.find()) {
      List<String> cells = new ArrayList<>();
      Matcher cell = CELL.matcher(row.group(1));
      while (cell.find()) {
        cells.add(text(cell.group(1)));
      }
      rows.add(cells);
    }
    return rows;
  }

  /** Markup as text: tags as spaces, entities resolved, white space collapsed. */
  public static String text(String html) {
    return HtmlUtils.htmlUnescape(html.replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ").strip();
  }
}
