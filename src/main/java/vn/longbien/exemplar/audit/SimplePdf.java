package vn.longbien.exemplar.audit;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;

/**
 * A small PDF writer for the audit's exports: A4 pages of wrapped text in DejaVu Sans, embedded whole as a
 * TrueType CID font (Identity-H) with a ToUnicode map, so Vietnamese prints and copies correctly. Glyph
 * ids and advances come from the font itself through {@link java.awt.Font}.
 *
 * <p>OpenPDF 2.4 on the class path is compiled for Java 21 and cannot load on this application's Java 17.
 */
final class SimplePdf {

  private static final String FONT_PATH = "fonts/DejaVuSans.ttf";
  private static final float WIDTH = 595.28f;
  private static final float HEIGHT = 841.89f;
  private static final float MARGIN = 40f;
  private static final float BOTTOM = 48f;

  private static final byte[] FONT_BYTES = readFont();
  private static final Font FONT = awtFont();
  private static final FontRenderContext CONTEXT = new FontRenderContext(null, false, false);
  private static final Map<Character, int[]> GLYPHS = new ConcurrentHashMap<>();

  private final List<StringBuilder> pages = new ArrayList<>();
  private final Map<Integer, Character> used = new TreeMap<>();
  private final String footer;
  private StringBuilder page;
  private float y;

  /** {@code footer} is printed at the foot of every page, followed by the page number. */
  SimplePdf(String footer) {
    this.footer = footer;
    newPage();
  }

  void title(String text) {
    paragraph(text, 14f, 0f);
    y -= 4f;
  }

  void text(String text) {
    paragraph(text, 9f, 0f);
  }

  void small(String text, float indent) {
    paragraph(text, 7.5f, indent);
  }

  void gap(float points) {
    y -= points;
  }

  /** Starts a block of {@code lines} on a new page when less than that much room is left. */
  void keepTogether(float points) {
    if (y - points < BOTTOM) {
      newPage();
    }
  }

  private void paragraph(String text, float size, float indent) {
    float leading = size * 1.3f;
    for (String line : wrap(text == null ? "" : text, size, WIDTH - 2 * MARGIN - indent)) {
      if (y - leading < BOTTOM) {
        newPage();
      }
      y -= leading;
      show(page, line, size, MARGIN + indent, y);
    }
  }

  private void newPage() {
    page = new StringBuilder();
    pages.add(page);
    y = HEIGHT - MARGIN;
  }

  private void show(StringBuilder content, String line, float size, float x, float baseline) {
    StringBuilder hex = new StringBuilder();
    for (char c : line.toCharArray()) {
      int gid = glyph(c)[0];
      used.putIfAbsent(gid, c);
      hex.append(String.format("%04X", gid));
    }
    content.append(String.format(Locale.ROOT, "BT /F1 %.2f Tf %.2f %.2f Td <%s> Tj ET%n", size, x, baseline, hex));
  }

  private static List<String> wrap(String text, float size, float width) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : Normalizer.normalize(text, Normalizer.Form.NFC).split("\\R", -1)) {
      StringBuilder line = new StringBuilder();
      float lineWidth = 0;
      for (String word : paragraph.split(" ", -1)) {
        float wordWidth = width(word, size);
        float space = line.length() == 0 ? 0 : width(" ", size);
        if (line.length() > 0 && lineWidth + space + wordWidth > width) {
          lines.add(line.toString());
          line.setLength(0);
          lineWidth = 0;
          space = 0;
        }
        if (wordWidth > width) {
          for (char c : word.toCharArray()) {
            float w = width(String.valueOf(c), size);
            if (lineWidth + w > width && line.length() > 0) {
              lines.add(line.toString());
              line.setLength(0);
              lineWidth = 0;
            }
            line.append(c);
            lineWidth += w;
          }
          continue;
        }
        if (space > 0) {
          line.append(' ');
        }
        line.append(word);
        lineWidth += space + wordWidth;
      }
      lines.add(line.toString());
    }
    return lines;
  }

  private static float width(String text, float size) {
    float units = 0;
    for (char c : text.toCharArray()) {
      units += glyph(c)[1];
    }
    return units * size / 1000f;
  }

  /** Glyph id and advance (in 1/1000 em) of a character; characters the font lacks print as '?'. */
  private static int[] glyph(char c) {
    return GLYPHS.computeIfAbsent(c, key -> {
      char shown = FONT.canDisplay(key) && !Character.isISOControl(key) ? key : '?';
      GlyphVector vector = FONT.createGlyphVector(CONTEXT, new char[] {shown});
      return new int[] {vector.getGlyphCode(0), Math.round(vector.getGlyphMetrics(0).getAdvance())};
    });
  }

  byte[] finish() {
    int count = pages.size();
    for (int i = 0; i < count; i++) {
      show(pages.get(i), footer + " — Trang " + (i + 1) + "/" + count, 6.5f, MARGIN, 22f);
    }
    Writer out = new Writer();
    // 1 catalog, 2 pages, 3 font, 4 CID font, 5 descriptor, 6 font file, 7 ToUnicode, then page + content pairs.
    int first = 8;
    StringBuilder kids = new StringBuilder();
    for (int i = 0; i < count; i++) {
      kids.append(first + 2 * i).append(" 0 R ");
    }
    out.object(1, "<< /Type /Catalog /Pages 2 0 R >>");
    out.object(2, "<< /Type /Pages /Kids [" + kids + "] /Count " + count + " >>");
    out.object(3, "<< /Type /Font /Subtype /Type0 /BaseFont /DejaVuSans /Encoding /Identity-H"
        + " /DescendantFonts [4 0 R] /ToUnicode 7 0 R >>");
    StringBuilder widths = new StringBuilder();
    for (Map.Entry<Integer, Character> glyph : used.entrySet()) {
      widths.append(glyph.getKey()).append(" [").append(glyph(glyph.getValue())[1]).append("] ");
    }
    out.object(4, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /DejaVuSans"
        + " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
        + " /FontDescriptor 5 0 R /CIDToGIDMap /Identity /DW 600 /W [" + widths + "] >>");
    out.object(5, "<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232]"
        + " /ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 6 0 R >>");
    out.stream(6, "/Length1 " + FONT_BYTES.length, FONT_BYTES);
    out.stream(7, "", toUnicode().getBytes(StandardCharsets.US_ASCII));
    for (int i = 0; i < count; i++) {
      int pageObject = first + 2 * i;
      out.object(pageObject, String.format(Locale.ROOT,
          "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /Font << /F1 3 0 R >> >>"
              + " /Contents %d 0 R >>", WIDTH, HEIGHT, pageObject + 1));
      out.stream(pageObject + 1, "", pages.get(i).toString().getBytes(StandardCharsets.US_ASCII));
    }
    return out.finish(first + 2 * count);
  }

  private String toUnicode() {
    StringBuilder map = new StringBuilder("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        + "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        + "1 begincodespacerange <0000> <FFFF> endcodespacerange\n");
    List<Map.Entry<Integer, Character>> glyphs = new ArrayList<>(used.entrySet());
    for (int start = 0; start < glyphs.size(); start += 100) {
      List<Map.Entry<Integer, Character>> chunk = glyphs.subList(start, Math.min(start + 100, glyphs.size()));
      map.append(chunk.size()).append(" beginbfchar\n");
      for (Map.Entry<Integer, Character> glyph : chunk) {
        map.append(String.format("<%04X> <%04X>%n", glyph.getKey(), (int) glyph.getValue()));
      }
      map.append("endbfchar\n");
    }
    return map.append("endcmap CMapName currentdict /CMap defineresource pop end end\n").toString();
  }

  /** Objects with their byte offsets, for the cross-reference table. */
  private static final class Writer {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Map<Integer, Integer> offsets = new TreeMap<>();

    Writer() {
      write("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
    }

    void object(int number, String dictionary) {
      offsets.put(number, bytes.size());
      write(number + " 0 obj\n" + dictionary + "\nendobj\n");
    }

    void stream(int number, String extra, byte[] data) {
      byte[] compressed = deflate(data);
      offsets.put(number, bytes.size());
      write(number + " 0 obj\n<< /Length " + compressed.length + " /Filter /FlateDecode " + extra + " >>\nstream\n");
      bytes.writeBytes(compressed);
      write("\nendstream\nendobj\n");
    }

    byte[] finish(int size) {
      int xref = bytes.size();
      StringBuilder table = new StringBuilder("xref\n0 " + size + "\n0000000000 65535 f \n");
      for (int i = 1; i < size; i++) {
        table.append(String.format("%010d 00000 n %n", offsets.get(i)).replace(System.lineSeparator(), "\n"));
      }
      write(table + "trailer\n<< /Size " + size + " /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
      return bytes.toByteArray();
    }

    private void write(String text) {
      bytes.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static byte[] deflate(byte[] data) {
      Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
      deflater.setInput(data);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[65536];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      deflater.end();
      return out.toByteArray();
    }
  }

  private static byte[] readFont() {
    try (InputStream in = SimplePdf.class.getClassLoader().getResourceAsStream(FONT_PATH)) {
      if (in == null) {
        throw new IllegalStateException("Missing font " + FONT_PATH);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Font awtFont() {
    try {
      return Font.createFont(Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(FONT_BYTES)).deriveFont(1000f);
    } catch (FontFormatException | IOException e) {
      throw new IllegalStateException("Cannot read " + FONT_PATH, e);
    }
  }
}
