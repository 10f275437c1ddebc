/*
 * One sign-in for the webapps (Tasklist, Cockpit, Admin, Welcome): the application's session is theirs
 * (Camunda's container-based authentication, see security/SignInConfiguration). Listed in each webapp's
 * scripts/config.js customScripts ('../exemplar/sign-in').
 *   - "Đăng xuất" in the header leads to the application's sign-out page (/logout), which ends the one session.
 *   - The webapp's own login page (#/login) is never used: the application's sign-in page (/login) is, and it
 *     brings the official back here afterwards.
 */
const SIGN_IN = '/login';
const SIGN_OUT = '/logout';

function toSignIn() {
  if (window.location.hash.indexOf('#/login') === 0) {
    window.location.replace(SIGN_IN);
  }
}

function signOutLink() {
  const item = document.querySelector('li.account li.logout');
  if (!item) {
    return false;
  }
  const old = item.querySelector('a');
  if (old && old.getAttribute('href') !== SIGN_OUT) {
    // A copy without Camunda's click handler (which would only end the webapp's half of the session).
    const link = old.cloneNode(true);
    link.setAttribute('href', SIGN_OUT);
    link.removeAttribute('ng-click');
    old.parentNode.replaceChild(link, old);
  }
  return true;
}

toSignIn();
window.addEventListener('hashchange', toSignIn);
new MutationObserver(signOutLink).observe(document.documentElement, {childList: true, subtree: true});

export default [];
