package vn.longbien.exemplar.notification;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a mail's templates are filled with, stored as JSON in the outbox row: the recipient, the task an immediate
 * mail is about with the details of its event, or the digest's sections per unit. Everything is text already
 * written for officials (dates as dd/MM/yyyy, names in Vietnamese), so a template only places it.
 *
 * @param recipientName the official's name as their profile has it
 * @param date the day of the event or the digest, dd/MM/yyyy
 * @param task the task an immediate mail is about (null in a digest)
 * @param details the event's facts for the template (what is missing, by when, the round's deadline …)
 * @param units the digest's sections, one per group of the official (empty in an immediate mail)
 * @param dueSoonDays the digest's lead time for "due soon"
 * @param tasklistUrl Tasklist's address
 * @param settingsUrl the official's notification settings page (to switch the digest off)
 */
public record MailPayload(
    String recipientName,
    String date,
    MailTask task,
    Map<String, String> details,
    List<UnitSection> units,
    int dueSoonDays,
    String tasklistUrl,
    String settingsUrl) {

  public MailPayload {
    details = details == null ? Map.of() : details;
    units = units == null ? List.of() : units;
  }

  /** Tasks overdue in the digest's lists. */
  public int overdueCount() {
    return units.stream().mapToInt(unit -> unit.overdue().size()).sum();
  }

  public int dueSoonCount() {
    return units.stream().mapToInt(unit -> unit.dueSoon().size()).sum();
  }

  public int freshCount() {
    return units.stream().mapToInt(unit -> unit.fresh().size()).sum();
  }

  /**
   * A task as a mail lists it.
   *
   * @param due dd/MM/yyyy or null
   * @param dossierUrl the nomination's dossier (null when the task is not a nomination's)
   */
  public record MailTask(String id, String name, String due, boolean overdue, String taskUrl, String nominationId,
      String dossierUrl) {}

  /**
   * The tasks of one of the official's groups (a unit and role), in the digest.
   *
   * @param unit the group's Vietnamese name ("Hội đồng Thi đua - Khen thưởng Phường Bồ Đề")
   * @param more tasks of the group left out of the mail's lists (the rest are in Tasklist)
   */
  public record UnitSection(String unit, List<MailTask> overdue, List<MailTask> dueSoon, List<MailTask> fresh,
      int more) {

    public int size() {
      return overdue.size() + dueSoon.size() + fresh.size();
    }

    /** The ids of the tasks listed. */
    public Set<String> ids() {
      return Stream.of(overdue, dueSoon, fresh).flatMap(List::stream).map(MailTask::id).collect(Collectors.toSet());
    }
  }
}
