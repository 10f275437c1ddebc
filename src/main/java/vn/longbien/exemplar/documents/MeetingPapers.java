package vn.longbien.exemplar.documents;

import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;

/**
 * The minutes and the tờ trình of a council meeting recorded as one meeting (the {@code meeting} feature), and the
 * list attached to a chairman's decision recorded as one (the {@code decision} feature): one
 * document per meeting, its date and attendance the same for every nominee, each nominee's ratio counted against
 * the council's total membership as the {@code council-vote-outcome} table counts the votes. The caller decides
 * who may read the meeting.
 */
@Service
public class MeetingPapers {

  /** A submitted meeting: the nominees it voted on or returned for evidence, in the agenda's order. */
  public record Meeting(String unitCode, LocalDate meetingDate, int membersTotal, int membersPresent, List<Item> items) {

    public Meeting {
      items = List.copyOf(items);
    }
  }

  /**
   * A nominee's result: {@code outcome} as the decision record has it (passed, not-passed, no-quorum, returned),
   * votes null for a return; {@code note} printed after the outcome (e.g. what the council asked for), or null.
   */
  public record Item(
      String nominationId, String outcome, Integer votesInFavour, Integer votesAgainst, Integer votesAbstaining,
      String note) {}

  /** A chairman's decision recorded as one: its number, date, signer, and whom it recognised, in its order. */
  public record Decision(String unitCode, String decisionNumber, LocalDate decisionDate, String signer,
      List<String> recognisedNominationIds) {

    public Decision {
      recognisedNominationIds = List.copyOf(recognisedNominationIds);
    }
  }

  /** A generated file, to answer a download with. */
  public record File(String fileName, MediaType mediaType, byte[] content) {}

  private final DocumentService documents;
  private final DocumentTemplates templates;

  MeetingPapers(DocumentService documents, DocumentTemplates templates) {
    this.documents = documents;
    this.templates = templates;
  }

  /** The biên bản; {@code format} pdf (default) or docx, anything else 400. */
  public File minutes(Meeting meeting, String format, String baseName) {
    DocumentFormat chosen = DocumentFormat.of(format);
    return file(documents.meetingMinutes(meeting), chosen, baseName);
  }

  /** The tờ trình: the nominees the meeting passed; 404 when it passed nobody. */
  public File submission(Meeting meeting, String format, String baseName) {
    DocumentFormat chosen = DocumentFormat.of(format);
    return file(documents.meetingSubmission(meeting), chosen, baseName);
  }

  /** The danh sách kèm theo quyết định: whom the decision recognised; 404 when nobody. */
  public File decisionList(Decision decision, String format, String baseName) {
    DocumentFormat chosen = DocumentFormat.of(format);
    return file(documents.signedDecisionList(decision), chosen, baseName);
  }

  private File file(DocumentContent content, DocumentFormat format, String baseName) {
    byte[] template = templates.read(content.kind(), format);
    byte[] body = format == DocumentFormat.PDF ? PdfDocuments.write(template, content) : DocxDocuments.write(template, content);
    return new File(content.kind().fileName() + "-" + baseName + "." + format.extension(), format.mediaType(), body);
  }
}
