package vn.longbien.exemplar.nomination.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.longbien.exemplar.calendar.HanoiCalendar;
import vn.longbien.exemplar.decision.DecisionCertificates;
import vn.longbien.exemplar.nomination.GeneralCriterion;
import vn.longbien.exemplar.nomination.Nomination;
import vn.longbien.exemplar.nomination.NomineeKind;
import vn.longbien.exemplar.nomination.NominationStatus;
import vn.longbien.exemplar.nomination.api.AttachmentService;
import vn.longbien.exemplar.nomination.api.NominationService;
import vn.longbien.exemplar.nomination.api.NominationViews;
import vn.longbien.exemplar.nomination.api.NominationViews.Detail;
import vn.longbien.exemplar.nomination.api.NominationViews.Summary;
import vn.longbien.exemplar.nomination.api.ObjectionRequest;
import vn.longbien.exemplar.nomination.api.ObjectionService;
import vn.longbien.exemplar.organisation.OrganisationCatalog;
import vn.longbien.exemplar.registry.EarlierRecognitions;
import vn.longbien.exemplar.registry.ExemplarRegistry;
import vn.longbien.exemplar.security.CurrentOfficial;
import vn.longbien.exemplar.security.CurrentOfficial.Official;
import vn.longbien.exemplar.web.ApiException;
import vn.longbien.exemplar.web.PageController;

/**
 * The nominations as officials read them in the browser: the list they may read ({@code /nominations}) and each
 * nomination's dossier ({@code /nominations/{id}}), where the nominating unit adds evidence and anyone who may
 * read it records an objection received during public posting. The same services and rules as the API.
 */
@PageController
@RequestMapping("/nominations")
class NominationPages {

  static final int PAGE_SIZE = 20;

  private final NominationService nominations;
  private final NominationViews views;
  private final ObjectionService objections;
  private final AttachmentService attachments;
  private final CurrentOfficial currentOfficial;
  private final OrganisationCatalog organisation;
  private final MovementCriteria movementCriteria;
  private final TaskService tasks;
  private final Validator validator;
  private final DecisionCertificates certificates;
  private final ExemplarRegistry registry;
  private final EarlierRecognitions earlierRecognitions;

  NominationPages(NominationService nominations, NominationViews views, ObjectionService objections,
      AttachmentService attachments, CurrentOfficial currentOfficial, OrganisationCatalog organisation,
      MovementCriteria movementCriteria, TaskService tasks, Validator validator, DecisionCertificates certificates,
      ExemplarRegistry registry, EarlierRecognitions earlierRecognitions) {
    this.registry = registry;
    this.earlierRecognitions = earlierRecognitions;
    this.nominations = nominations;
    this.views = views;
    this.objections = objections;
    this.attachments = attachments;
    this.currentOfficial = currentOfficial;
    this.organisation = organisation;
    this.movementCriteria = movementCriteria;
    this.tasks = tasks;
    this.validator = validator;
    this.certificates = certificates;
  }

  record Option(String value, String label) {}

  /** The entry check's result as the dossier shows it; {@code code} is the Eligibility's name. */
  record EligibilityView(String code, String label, List<String> reasons, java.time.Instant checkedAt) {}

  /** A public posting as the dossier shows it. */
  record PostingView(String unitName, String startsOn, String endsOn, int workingDays) {}

  /** The nominee's entry in the registry of exemplars: earlier nominations and the council's warning. */
  record ExemplarPanel(long id, List<String> earlier, String warning) {}

  record Filters(Integer year, String unit, String movement, String status, String name) {}

  @GetMapping
  String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String unit,
      @RequestParam(required = false) String movement, @RequestParam(required = false) String status,
      @RequestParam(required = false) String name, @RequestParam(defaultValue = "0") int page, Model model) {
    Official official = currentOfficial.get();
    NominationStatus chosenStatus = statusOf(status);
    Page<Summary> found = nominations.search(
        new NominationService.Search(year, blankToNull(unit), blankToNull(movement), chosenStatus, blankToNull(name)),
        Math.max(page, 0), PAGE_SIZE).map(views::summary);
    model.addAttribute("filters", new Filters(year, unit, movement, chosenStatus == null ? null : chosenStatus.name(), name));
    model.addAttribute("results", found);
    model.addAttribute("units", official.readableUnits().stream()
        .map(code -> new Option(code, views.unitName(code))).sorted(Comparator.comparing(Option::label)).toList());
    model.addAttribute("movements", organisation.movements().stream()
        .map(m -> new Option(m.code(), m.name())).toList());
    model.addAttribute("statuses", java.util.Arrays.stream(NominationStatus.values())
        .map(s -> new Option(s.name(), s.label())).toList());
    return "nominations/list";
  }

  @GetMapping("/{id}")
  String dossier(@PathVariable String id, Model model) {
    model.addAttribute("objection", new ObjectionForm());
    return dossier(id, model, Map.of());
  }

  /** An objection received during public posting, recorded from the dossier. */
  @PostMapping("/{id}/objections")
  String object(@PathVariable String id, @ModelAttribute("objection") ObjectionForm form, BindingResult binding,
      Model model, RedirectAttributes flash, jakarta.servlet.http.HttpServletResponse response) {
    Map<String, String> errors = new LinkedHashMap<>();
    binding.getFieldErrors().forEach(error -> errors.putIfAbsent(error.getField(), bindingMessage(error)));
    ObjectionRequest request = new ObjectionRequest(form.getSenderName(), form.getSenderContact(), form.getContent(),
        form.isComplaint());
    for (ConstraintViolation<ObjectionRequest> violation : validator.validate(request)) {
      String field = violation.getPropertyPath().toString();
      errors.putIfAbsent(field.isEmpty() ? "content" : field, violation.getMessage());
    }
    if (errors.isEmpty()) {
      try {
        objections.record(id, request);
        flash.addFlashAttribute("notice", "Đã ghi nhận ý kiến phản ánh; Hội đồng sẽ đọc ý kiến này trong hồ sơ.");
        return "redirect:/nominations/" + id + "#y-kien";
      } catch (ApiException refused) {
        errors.put("objection", refused.getMessage());
      }
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return dossier(id, model, errors);
  }

  /** Evidence files sent by the page's form (several at once); the page's script sends them one by one to the API. */
  @PostMapping("/{id}/attachments")
  String upload(@PathVariable String id, @RequestParam(name = "file", required = false) List<MultipartFile> files,
      @RequestParam(required = false) String description, RedirectAttributes flash) {
    List<String> done = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
      if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
        continue;
      }
      try {
        done.add(attachments.upload(id, file, description).getFileName());
      } catch (ApiException e) {
        refused.add(file.getOriginalFilename() + ": " + e.getMessage());
      }
    }
    if (done.isEmpty() && refused.isEmpty()) {
      refused.add("Chưa chọn tệp nào");
    }
    if (!done.isEmpty()) {
      flash.addFlashAttribute("notice", "Đã tải lên " + String.join(", ", done));
    }
    flash.addFlashAttribute("uploadErrors", refused);
    return "redirect:/nominations/" + id + "#minh-chung";
  }

  private String dossier(String id, Model model, Map<String, String> errors) {
    Official official = currentOfficial.get();
    Nomination nomination = nominations.readable(id);
    Detail detail = views.detail(nomination, nominations.decisionsOf(id), objections.of(id), attachments.listOf(nomination));
    Set<String> claimed = Set.copyOf(nomination.getSpecificCriteria());
    List<MovementCriteria.Criterion> offered = movementCriteria.of(nomination.getMovement());
    List<Option> specific = new ArrayList<>(offered.stream().filter(c -> claimed.contains(c.code()))
        .map(c -> new Option(c.code(), c.label())).toList());
    claimed.stream().filter(code -> offered.stream().noneMatch(c -> c.code().equals(code)))
        .forEach(code -> specific.add(new Option(code, "Tiêu chí " + code + " (không còn trong danh mục của phong trào)")));
    model.addAttribute("n", detail);
    model.addAttribute("nomineeKindLabel", NomineeKind.labelOf(nomination.getNomineeKind()));
    model.addAttribute("general", nomination.getGeneralCriteria().stream()
        .map(code -> new Option(code, GeneralCriterion.ofCode(code).map(GeneralCriterion::label).orElse(code))).toList());
    model.addAttribute("specific", specific);
    model.addAttribute("eligibility", nomination.getEligibility() == null ? null : new EligibilityView(
        nomination.getEligibility().name(), nomination.getEligibility().label(), nomination.getEligibilityReasons(),
        nomination.getEligibilityCheckedAt()));
    model.addAttribute("postings", nominations.postingsOf(id).stream().map(p -> new PostingView(
        views.unitName(p.getReviewUnit()), HanoiCalendar.text(p.getStartsOn()), HanoiCalendar.text(p.getEndsOn()),
        p.getWorkingDays())).toList());
    model.addAttribute("mayUpload", nominations.mayNominateFor(official, nomination.getNominatingUnit()));
    model.addAttribute("mayObject", nomination.getStatus() == NominationStatus.POSTED
        && !(official.isAuditor() && !official.isAdministrator()));
    model.addAttribute("openTasks", tasks.createTaskQuery().processInstanceBusinessKey(id).active().list().stream()
        .map(task -> new Option(task.getId(), task.getName())).toList());
    model.addAttribute("certificates", certificates.printableOf(nomination));
    model.addAttribute("exemplar", registry.exemplarOf(id).map(e -> new ExemplarPanel(e.getId(),
        earlierRecognitions.earlierNominations(id), earlierRecognitions.repeatWarning(id).orElse(null))).orElse(null));
    model.addAttribute("errors", errors);
    if (!model.containsAttribute("objection")) {
      model.addAttribute("objection", new ObjectionForm());
    }
    return "nominations/dossier";
  }

  /** Text the page refused while reading the form (a control character, only invisible characters): why. */
  private static String bindingMessage(org.springframework.validation.FieldError error) {
    try {
      Throwable cause = error.unwrap(Throwable.class);
      while (cause.getCause() != null) {
        cause = cause.getCause();
      }
      return "Nội dung " + cause.getMessage();
    } catch (IllegalArgumentException notAnException) {
      return "Nội dung không hợp lệ";
    }
  }

  private static NominationStatus statusOf(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return NominationStatus.valueOf(status.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  /** The objection form of the dossier. */
  public static class ObjectionForm {
    private String senderName;
    private String senderContact;
    private String content;
    private boolean complaint;

    public String getSenderName() {
      return senderName;
    }

    public void setSenderName(String senderName) {
      this.senderName = senderName;
    }

    public String getSenderContact() {
      return senderContact;
    }

    public void setSenderContact(String senderContact) {
      this.senderContact = senderContact;
    }

    public String getContent() {
      return content;
    }

    public void setContent(String content) {
      this.content = content;
    }

    public boolean isComplaint() {
      return complaint;
    }

    public void setComplaint(boolean complaint) {
      this.complaint = complaint;
    }
  }
}
