package vn.longbien.exemplar.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A nomination's timeline as CSV (UTF-8 with BOM, for spreadsheet programs): one row per entry, the details as
 * a JSON object, so that the file reads back to exactly the same entries ({@link #read}).
 */
public final class TimelineCsv {

  static final String[] HEADER = {
      "Thời điểm (UTC)", "Giờ Hà Nội", "Mã loại", "Loại sự kiện", "Người thực hiện", "Mã bước", "Tên bước", "Nội dung",
      "Chi tiết (JSON)"};

  private static final char BOM = '\uFEFF';
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CSVFormat WRITE = CSVFormat.DEFAULT.builder().setCommentMarker('#').get();
  private static final CSVFormat READ =
      CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get();

  private TimelineCsv() {}

  static HashedExport export(NominationTimeline.Timeline timeline, String exportedBy, Instant exportedAt) {
    NominationSummary n = timeline.nomination();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, WRITE)) {
      writer.write(BOM);
      csv.printComment("Nhật ký kiểm tra hồ sơ đề cử " + n.id() + ": " + n.nomineeName() + ", " + n.nominatingUnitName()
          + ", năm " + n.roundYear() + ". Kết quả: " + n.statusLabel());
      csv.printRecord((Object[]) HEADER);
      for (TimelineEntry entry : timeline.entries()) {
        csv.printRecord(entry.time(), Values.local(entry.time()), entry.kind().name(), entry.kind().label(),
            blankIfNull(entry.actor()), blankIfNull(entry.step()), blankIfNull(entry.stepName()), entry.description(),
            JSON.writeValueAsString(entry.details()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HashedExport.csv(bytes.toByteArray(), "nhat-ky-" + n.id() + ".csv", exportedBy, exportedAt);
  }

  /** The entries of an exported CSV, as they were exported. */
  public static List<TimelineEntry> read(InputStream csv) throws IOException {
    Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8);
    List<TimelineEntry> entries = new ArrayList<>();
    try (java.io.BufferedReader buffered = new java.io.BufferedReader(reader)) {
      buffered.mark(1);
      if (buffered.read() != BOM) {
        buffered.reset();
      }
      try (CSVParser parser = CSVParser.builder().setReader(buffered).setFormat(READ).get()) {
        for (CSVRecord record : parser) {
          entries.add(new TimelineEntry(
              Instant.parse(record.get(0)), EntryKind.valueOf(record.get(2)), nullIfBlank(record.get(4)),
              nullIfBlank(record.get(5)), nullIfBlank(record.get(6)), record.get(7), details(record.get(8))));
        }
      }
    }
    return entries;
  }

  private static Map<String, String> details(String json) throws JsonProcessingException {
    return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {});
  }

  private static String blankIfNull(String value) {
    return value == null ? "" : value;
  }

  private static String nullIfBlank(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
