/*
 * Cockpit of "Bình xét điển hình tiên tiến" (Long Biên): Vietnamese by default, English on request.
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
    name: 'Giám sát quy trình bình xét',
    vendor: 'Quận Long Biên ·'
  },
  locales: {
    availableLocales: [locale],
    fallbackLocale: locale
  },
  // Dates in Hà Nội time whatever the browser's zone (app/exemplar/hanoi-time.js).
  customScripts: ['../exemplar/sign-in', '../exemplar/hanoi-time']
};
