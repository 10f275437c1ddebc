/*
 * Tasklist of "Bình xét điển hình tiên tiến" (Long Biên): Vietnamese by default, English on request.
 * Replaces the webjar's scripts/config.js (the application's classpath comes first).
 *
 * Camunda picks the browser's language when it is one of availableLocales, else fallbackLocale. Only the
 * chosen language is offered, so an English-language browser still gets Vietnamese. Open any webapp page
 * with ?lang=en (or ?lang=vi) to switch; the choice is kept in this browser for all four webapps.
 */
const locale = (() => {
  try {
    const asked = new URLSearchParams(window.location.search).get('lang');
    if (asked === 'vi' || asked === 'en') {
      window.localStorage.setItem('exemplar-lang', asked);
    }
    return window.localStorage.getItem('exemplar-lang') === 'en' ? 'en' : 'vi';
  } catch (e) {
    return 'vi';
  }
})();

export default {
  app: {
    // The header and the page title show "<vendor> <name>"; the login page shows the name.
    name: 'Bình xét điển hình tiên tiến',
    vendor: 'Quận Long Biên ·'
  },
  locales: {
    availableLocales: [locale],
    fallbackLocale: locale
  },
  // Dates in Hà Nội time (app/exemplar/hanoi-time.js); the navbar's home link, the dossier link of a review
  // task, every filter's count and form-js's Vietnamese placeholders (scripts/exemplar-tasklist.js).
  customScripts: ['../exemplar/sign-in', '../exemplar/hanoi-time', 'scripts/exemplar-tasklist'],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: locale === 'vi' ? 'nhận công việc đang chọn' : 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: locale === 'vi' ? 'chuyển đến bộ lọc đầu tiên' : 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: locale === 'vi' ? 'chuyển đến công việc đầu tiên trong danh sách' : 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: locale === 'vi' ? 'chuyển đến ô nhập đầu tiên của biểu mẫu' : 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: locale === 'vi' ? 'mở hộp thoại bắt đầu quy trình' : 'opens the start process modal dialog'
    }
  }
};
