package vn.longbien.exemplar.home;

import vn.longbien.exemplar.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /}: the signed-in official's home page. */
@PageController
class HomeController {

  private final HomeView home;

  HomeController(HomeView home) {
    this.home = home;
  }

  @GetMapping("/")
  String home(Model model) {
    model.addAttribute("home", home.forCurrentOfficial());
    return "home";
  }
}
