package vn.longbien.exemplar.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files built to hurt the server that reads them. */
public final class HostileFiles {

  private HostileFiles() {}

  /**
   * A ZIP (uploaded as .xlsx) holding one entry that inflates to the given size, packed about 60 to 1: a few MB
   * for hundreds of MB, so under the upload limit and under POI's zip bomb ratio (100 to 1), but far over what
   * POI reads of one entry into memory (100 MB).
   */
  public static byte[] zipWithOneEntryInflatingTo(int megabytes) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Random random = new Random(26);
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(1);
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] block = new byte[1024 * 1024];
      for (int i = 0; i < megabytes; i++) {
        for (int j = 0; j < block.length; j++) {
          block[j] = j % 150 == 0 ? (byte) ('a' + random.nextInt(26)) : (byte) ' ';
        }
        zip.write(block);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
