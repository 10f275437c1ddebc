package vn.longbien.exemplar.notification.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.longbien.exemplar.notification.MailTemplates;
import vn.longbien.exemplar.notification.MailTemplates.RenderedMail;
import vn.longbien.exemplar.notification.NotificationNotices;
import vn.longbien.exemplar.notification.NotificationPreferences;
import vn.longbien.exemplar.notification.NotificationProperties;
import vn.longbien.exemplar.notification.Outbox;
import vn.longbien.exemplar.notification.OutboxMail;
import vn.longbien.exemplar.notification.OutboxMail.State;
import vn.longbien.exemplar.security.CurrentOfficial;
import vn.longbien.exemplar.security.CurrentOfficial.Official;
import vn.longbien.exemplar.web.PageController;
import vn.longbien.exemplar.web.RecordNotFoundException;

/**
 * {@code /notifications}: an official's own mails and their daily digest switch; {@code /notifications/outbox}: the
 * outbox for Phòng Nội vụ and administrators, with the officials who have no address; a mail as its recipient
 * reads it.
 */
@PageController
@RequestMapping("/notifications")
class NotificationPages {

  /** Rows the outbox page lists; the rest are counted. */
  static final int LISTED = 100;

  /** A row of the outbox as the pages list it; the subject rendered now for a mail not yet sent. */
  record MailLine(OutboxMail mail, String subject) {}

  private final CurrentOfficial currentOfficial;
  private final NotificationNotices notices;
  private final NotificationPreferences preferences;
  private final Outbox outbox;
  private final MailTemplates templates;
  private final NotificationProperties properties;

  NotificationPages(CurrentOfficial currentOfficial, NotificationNotices notices, NotificationPreferences preferences,
      Outbox outbox, MailTemplates templates, NotificationProperties properties) {
    this.currentOfficial = currentOfficial;
    this.notices = notices;
    this.preferences = preferences;
    this.outbox = outbox;
    this.templates = templates;
    this.properties = properties;
  }

  @GetMapping
  String settings(Model model) {
    Official official = currentOfficial.get();
    model.addAttribute("notice", notices.forCurrentOfficial());
    model.addAttribute("dueSoonDays", properties.dueSoonDays());
    model.addAttribute("mails", lines(outbox.latestTo(official.userId(), 20)));
    return "notifications/settings";
  }

  @PostMapping("/digest")
  String digest(@RequestParam boolean enabled) {
    preferences.setDigestEnabled(currentOfficial.get().userId(), enabled);
    return "redirect:/notifications?saved";
  }

  @GetMapping("/outbox")
  String outboxPage(@RequestParam(required = false) State state, Model model) {
    followsOutbox();
    Map<State, Long> counts = outbox.countByState();
    model.addAttribute("notice", notices.forCurrentOfficial());
    model.addAttribute("sends", notices.sends());
    model.addAttribute("missingServer", notices.missingServer());
    model.addAttribute("counts", counts);
    model.addAttribute("states", State.values());
    model.addAttribute("state", state);
    model.addAttribute("mails", lines(outbox.latest(state, LISTED)));
    return "notifications/outbox";
  }

  /** A mail as its recipient reads it: for the recipient, Phòng Nội vụ and administrators. */
  @GetMapping("/outbox/{id}")
  String mail(@PathVariable long id, Model model) {
    Official official = currentOfficial.get();
    OutboxMail mail = outbox.find(id)
        .filter(found -> NotificationNotices.followsOutbox(official) || found.recipientUser().equals(official.userId()))
        .orElseThrow(() -> new RecordNotFoundException("Không có thư số " + id));
    model.addAttribute("mail", mail);
    try {
      model.addAttribute("rendered", templates.render(mail));
    } catch (RuntimeException e) {
      model.addAttribute("renderError", e.getMessage());
    }
    return "notifications/mail";
  }

  @PostMapping("/outbox/{id}/retry")
  String retry(@PathVariable long id) {
    followsOutbox();
    outbox.retry(id, Instant.now());
    return "redirect:/notifications/outbox/" + id;
  }

  private void followsOutbox() {
    if (!NotificationNotices.followsOutbox(currentOfficial.get())) {
      throw new AuthorizationException("Chỉ Phòng Nội vụ và quản trị viên xem được hộp thư đi");
    }
  }

  private List<MailLine> lines(List<OutboxMail> mails) {
    return mails.stream().map(mail -> new MailLine(mail, subject(mail))).toList();
  }

  private String subject(OutboxMail mail) {
    if (mail.subject() != null) {
      return mail.subject();
    }
    try {
      RenderedMail rendered = templates.render(mail);
      return rendered.subject();
    } catch (RuntimeException e) {
      return mail.kind().label() + " (mẫu thư lỗi)";
    }
  }
}
