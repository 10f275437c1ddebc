package vn.longbien.exemplar.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Inflater;

/** The text a PDF of the audit shows, read back through its fonts' ToUnicode maps (for tests). */
final class PdfText {

  private static final Pattern STREAM = Pattern.compile("stream\n(.*?)\nendstream", Pattern.DOTALL);
  private static final Pattern BFCHAR = Pattern.compile("<([0-9A-F]{4})> <([0-9A-F]{4})>");
  private static final Pattern SHOW = Pattern.compile("<([0-9A-F]*)> Tj");

  private PdfText() {}

  static String of(byte[] pdf) throws Exception {
    String raw = new String(pdf, StandardCharsets.ISO_8859_1);
    Map<String, Character> glyphs = new HashMap<>();
    StringBuilder contents = new StringBuilder();
    Matcher streams = STREAM.matcher(raw);
    while (streams.find()) {
      String data = inflate(streams.group(1).getBytes(StandardCharsets.ISO_8859_1));
      if (data.contains("beginbfchar")) {
        Matcher entries = BFCHAR.matcher(data);
        while (entries.find()) {
          glyphs.put(entries.group(1), (char) Integer.parseInt(entries.group(2), 16));
        }
      } else if (data.contains(" Tj")) {
        contents.append(data);
      }
    }
    StringBuilder text = new StringBuilder();
    Matcher shows = SHOW.matcher(contents);
    while (shows.find()) {
      String hex = shows.group(1);
      for (int i = 0; i + 4 <= hex.length(); i += 4) {
        text.append(glyphs.getOrDefault(hex.substring(i, i + 4), '\uFFFD'));
      }
      text.append('\n');
    }
    return text.toString();
  }

  private static String inflate(byte[] data) throws Exception {
    Inflater inflater = new Inflater();
    inflater.setInput(data);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[65536];
    while (!inflater.finished()) {
      int n = inflater.inflate(buffer);
      if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
        break;
      }
      out.write(buffer, 0, n);
    }
    return out.toString(StandardCharsets.ISO_8859_1);
  }
}
