/*
 * Dates and times in Hà Nội time (UTC+7, no daylight saving since 1975) whatever the browser's time zone,
 * in every webapp whose scripts/config.js lists this file in customScripts ('../exemplar/hanoi-time').
 *
 * The server sends instants (with their offset). The webapps show them through two filters, both changed
 * here on the webapp's own AngularJS module for custom scripts (cam.<app>.custom):
 *   - camDate (Camunda's dates: due dates, history, variables) is given the instant shifted so that the
 *     browser's wall clock reads Hà Nội's, so Camunda's own formats and locale stay;
 *   - date (AngularJS's: the times in a task's history) gets AngularJS's own time zone argument, +0700.
 * Camunda also turns instants into text without an offset in the browser's zone for its date editors
 * (unfixDate: a task's due date in its header); such text is read back in the browser's zone before it is
 * shown in Hà Nội time. Editing keeps Camunda's behaviour (the browser's zone), and so do relative times
 * ("2 tháng tới"), which do not depend on the zone. A date without a time ("2027-01-10", what a form field
 * holds) is a calendar date and stays as it is. The footer names the zone.
 */
const HANOI_OFFSET_MINUTES = 7 * 60;
const HANOI_ZONE = 'Asia/Ho_Chi_Minh (UTC+7)';
const WITH_OFFSET = /T\d\d:\d\d.*(Z|[+-]\d\d:?\d\d)$/;
const LOCAL_DATE_TIME = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,3})\d*)?)?$/;

/** The instant a value stands for, or null when it is not a date with a time of day. */
function instantOf(value) {
  if (value instanceof Date) {
    return isNaN(value.getTime()) ? null : value;
  }
  if (typeof value === 'number') {
    return new Date(value);
  }
  if (typeof value !== 'string') {
    return null;
  }
  if (WITH_OFFSET.test(value)) {
    // Camunda writes offsets as +0700; Date.parse wants +07:00.
    const instant = new Date(value.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
    return isNaN(instant.getTime()) ? null : instant;
  }
  const local = LOCAL_DATE_TIME.exec(value);
  if (local) {
    // Written by Camunda's unfixDate (or typed) in the browser's zone.
    const [, year, month, day, hours, minutes, seconds, millis] = local;
    return new Date(+year, month - 1, +day, +hours, +minutes, +(seconds || 0), +((millis || '0').padEnd(3, '0')));
  }
  return null;
}

/** A Date whose wall-clock time in the browser's zone is the wall-clock time in Hà Nội at the instant. */
function hanoiWallClock(instant) {
  const target = instant.getTime() + HANOI_OFFSET_MINUTES * 60000;
  // getTimezoneOffset is the browser's offset at the given moment; a second pass settles a daylight-saving change.
  let shifted = new Date(target + instant.getTimezoneOffset() * 60000);
  shifted = new Date(target + shifted.getTimezoneOffset() * 60000);
  return shifted;
}

const appName = document.querySelector('base').getAttribute('app-name');

window.angular.module('cam.' + appName + '.custom').config(['$provide', function($provide) {
  $provide.decorator('camDateFilter', ['$delegate', function(camDate) {
    return function(value, variant) {
      const instant = instantOf(value);
      return camDate(instant ? hanoiWallClock(instant) : value, variant);
    };
  }]);

  $provide.decorator('dateFilter', ['$delegate', function(date) {
    return function(value, format, timezone) {
      // Text and timestamps only: AngularJS's date inputs pass Date objects of their own here.
      const shown = typeof value !== 'object' && instantOf(value);
      return date(value, format, timezone || (shown ? '+0700' : undefined));
    };
  }]);

  $provide.decorator('camWidgetFooterDirective', ['$delegate', function(directives) {
    const footer = directives[0];
    const link = footer.link;
    footer.compile = function() {
      return function(scope) {
        if (link) {
          link.apply(this, arguments);
        }
        scope.timezoneName = HANOI_ZONE;
      };
    };
    return directives;
  }]);
}]);

export default [];
