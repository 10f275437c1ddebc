package vn.longbien.exemplar.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.longbien.exemplar.registry.ExemplarViews;
import vn.longbien.exemplar.registry.RegistryChange;
import vn.longbien.exemplar.registry.RegistryChanges;
import vn.longbien.exemplar.security.CurrentOfficial;
import vn.longbien.exemplar.web.ApiException;
import vn.longbien.exemplar.web.PageController;

/**
 * {@code /exemplars}: search the registry of exemplars (with or without accents) and read each exemplar's whole
 * history; Phòng Nội vụ merges two entries of one exemplar or splits a wrongly matched nomination out, on the history
 * page. The same services and rules as {@code /api/exemplars}: an official sees the exemplars of the units they may
 * read (404 otherwise).
 */
@PageController
@RequestMapping("/exemplars")
class ExemplarPages {

  private final ExemplarViews views;
  private final RegistryChanges changes;
  private final CurrentOfficial currentOfficial;

  ExemplarPages(ExemplarViews views, RegistryChanges changes, CurrentOfficial currentOfficial) {
    this.views = views;
    this.changes = changes;
    this.currentOfficial = currentOfficial;
  }

  @GetMapping
  String search(@RequestParam(required = false) String name, Model model) {
    model.addAttribute("name", name);
    model.addAttribute("results", views.search(name));
    return "exemplars/list";
  }

  @GetMapping("/{id}")
  String history(@PathVariable long id, Model model) {
    ExemplarViews.History history = views.history(id);
    if (history.exemplar().id() != id) {
      return "redirect:/exemplars/" + history.exemplar().id();
    }
    return page(history, model);
  }

  @PostMapping("/{id}/merge")
  String merge(@PathVariable long id, @RequestParam(required = false) String otherId,
      @RequestParam(required = false) String reason, Model model, RedirectAttributes flash,
      HttpServletResponse response) {
    try {
      Long other = otherId == null || otherId.isBlank() ? null : parse(otherId);
      RegistryChange change = changes.merge(id, other, reason);
      flash.addFlashAttribute("notice", "Đã gộp điển hình số " + change.getSourceId() + " vào điển hình này ("
          + change.getNominationIds().size() + " hồ sơ đề cử chuyển sang).");
      return "redirect:/exemplars/" + id;
    } catch (ApiException refused) {
      return refused(id, refused, model, response);
    }
  }

  @PostMapping("/{id}/split")
  String split(@PathVariable long id, @RequestParam(required = false) String nominationId,
      @RequestParam(required = false) String reason, Model model, RedirectAttributes flash,
      HttpServletResponse response) {
    try {
      RegistryChange change = changes.split(id, nominationId, reason);
      flash.addFlashAttribute("notice", "Đã tách hồ sơ " + String.join(", ", change.getNominationIds())
          + " thành điển hình mới số " + change.getTargetId() + ".");
      return "redirect:/exemplars/" + id;
    } catch (ApiException refused) {
      return refused(id, refused, model, response);
    }
  }

  private String refused(long id, ApiException refused, Model model, HttpServletResponse response) {
    response.setStatus(refused instanceof vn.longbien.exemplar.web.ConflictException
        ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
    model.addAttribute("refusal", refused.getMessage());
    return page(views.history(id), model);
  }

  private String page(ExemplarViews.History history, Model model) {
    model.addAttribute("h", history);
    model.addAttribute("mayChange", changes.mayChange(currentOfficial.get()));
    return "exemplars/history";
  }

  private static long parse(String text) {
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw new vn.longbien.exemplar.web.InvalidInputException("BadMerge",
          "Số của điển hình cần gộp phải là số nguyên: “" + text.trim() + "”");
    }
  }
}
