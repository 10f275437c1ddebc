package vn.longbien.exemplar.nomination.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.io.Serializable;
import java.util.List;

/**
 * The answer to a bulk import: every bad row with its reason in Vietnamese, and the nominations started
 * (none when the file was refused).
 *
 * @param row the row number as the spreadsheet shows it (the heading is row 1)
 */
@Schema(description = "Kết quả nhập hồ sơ đề cử từ tệp")
public record ImportReport(
    String type, String message, int totalRows, int validRows, int startedCount, List<String> startedNominationIds,
    List<RowError> errors) implements Serializable {

  public record RowError(int row, String column, String field, String message) implements Serializable {}
}
