/*
 * Tasklist of "Bình xét điển hình tiên tiến": what Camunda's Tasklist lacks for the officials, through
 * Tasklist's own extension points (listed in scripts/config.js customScripts).
 *
 *   - Plugin tasklist.navbar.action: a link to the application's home page (/).
 *   - Plugin tasklist.task.action: in a task whose process carries a nomination (variable nominationId: the
 *     review tasks), a link that opens the nomination's dossier (/nominations/{id}) in a new tab, so the
 *     form being filled stays as it is. On a council's or a chairman's task, a second link to the page where
 *     the council records a whole meeting (/meetings) or the chairman one decision for a list (/decisions).
 *   - Filter counts: Tasklist 7.24 shows the count of the selected filter only; every filter now shows
 *     its count, read from GET /filter?itemCount=true each time the task list changes (claim, complete,
 *     another filter). The engine counts with the caller's authorizations, as it lists.
 *   - form-js writes "Select" (and "Search") in its dropdowns, with no translation hook: the text is
 *     replaced in place when Vietnamese is shown.
 */
const english = (() => {
  try {
    return window.localStorage.getItem('exemplar-lang') === 'en';
  } catch (e) {
    return false;
  }
})();

const TEXT = english
  ? {home: 'Home', homeTitle: 'The application\'s home page', dossier: 'Nomination dossier',
    dossierTitle: 'Open the dossier of nomination {id} in a new tab',
    meeting: 'Review at a meeting', meetingTitle: 'Record a whole council meeting (one attendance, many nominees)',
    decision: 'Decide for a list', decisionTitle: 'Record one decision (number, date, signer) for many nominees'}
  : {home: 'Trang chủ', homeTitle: 'Trang chủ của ứng dụng bình xét', dossier: 'Hồ sơ đề cử',
    dossierTitle: 'Mở hồ sơ đề cử {id} trong thẻ mới',
    meeting: 'Xét theo phiên họp', meetingTitle: 'Ghi cả phiên họp của Hội đồng: số dự họp một lần, nhiều hồ sơ',
    decision: 'Quyết định theo danh sách', decisionTitle: 'Ghi một quyết định (số, ngày, người ký) cho nhiều hồ sơ'};

/** The application's page that records many of these tasks at once, by the task's step. */
const MANY_AT_ONCE = {
  Task_CouncilReview: {href: '/meetings', text: 'meeting', title: 'meetingTitle'},
  Task_ChairmanDecision: {href: '/decisions', text: 'decision', title: 'decisionTitle'}
};

// Filter counts //////////////////////////////////////////////////////////////////////////////////////

const COUNTER = /<span ng-show="isFocused\(filter\)"\s+class="counter">\{\{ filterCount \}\}<\/span>/;
const COUNTERS =
  '<span class="counter" ng-show="isFocused(filter) || filterCounts[filter.id] !== undefined">'
  + '{{ isFocused(filter) && filterCount !== undefined ? filterCount : filterCounts[filter.id] }}</span>';

window.angular.module('cam.tasklist.custom').config(['$provide', function($provide) {
  $provide.decorator('camTasklistFiltersDirective', ['$delegate', 'camAPI', function(directives, camAPI) {
    const filters = directives[0];
    if (!COUNTER.test(filters.template)) {
      // Another Tasklist version: its filter list stays as Camunda made it.
      console.warn('exemplar-tasklist: filter counter not found, counts of other filters not shown');
      return directives;
    }
    filters.template = filters.template.replace(COUNTER, COUNTERS);
    const compile = filters.compile;
    filters.compile = function() {
      const link = compile ? compile.apply(this, arguments) : null;
      return function(scope) {
        if (link) {
          (typeof link === 'function' ? link : link.post).apply(this, arguments);
        }
        const filterResource = camAPI.resource('filter');
        scope.filterCounts = {};
        // filtersData is the controller's child of Tasklist's data: taskList changes on every load of the list.
        scope.filtersData.observe('taskList', function() {
          filterResource.list({resourceType: 'Task', itemCount: true}).then(function(list) {
            scope.$evalAsync(function() {
              const counts = {};
              list.forEach(function(filter) {
                counts[filter.id] = filter.itemCount;
              });
              scope.filterCounts = counts;
            });
          }).catch(function(error) {
            console.warn('exemplar-tasklist: filter counts not loaded', error);
          });
        });
      };
    };
    return directives;
  }]);
}]);

// form-js placeholders //////////////////////////////////////////////////////////////////////////////

if (!english) {
  const translatePlaceholders = () => {
    document.querySelectorAll('.fjs-container .fjs-select-placeholder').forEach(display => {
      // Change the text node itself: form-js (Preact) keeps it and writes the chosen option's label into it.
      const text = display.firstChild;
      if (text && text.nodeType === Node.TEXT_NODE && text.data === 'Select') {
        text.data = 'Chọn';
      }
    });
    document.querySelectorAll('.fjs-container input[placeholder="Search"]').forEach(input => {
      input.setAttribute('placeholder', 'Tìm kiếm');
    });
  };
  let scheduled = false;
  new MutationObserver(() => {
    if (!scheduled) {
      scheduled = true;
      window.requestAnimationFrame(() => {
        scheduled = false;
        translatePlaceholders();
      });
    }
  }).observe(document.body, {childList: true, subtree: true, characterData: true});
}

// Plugins ////////////////////////////////////////////////////////////////////////////////////////////

/** The task open in Tasklist: its id is in the address (#/?task=...). */
function currentTaskId() {
  const hash = window.location.hash;
  const query = hash.indexOf('?');
  return query < 0 ? null : new URLSearchParams(hash.substring(query + 1)).get('task');
}

let followTask = null;

export default [
  {
    id: 'exemplar-home',
    pluginPoint: 'tasklist.navbar.action',
    priority: 1000,
    render: node => {
      const link = document.createElement('a');
      link.className = 'exemplar-home-link';
      link.href = '/';
      link.title = TEXT.homeTitle;
      link.textContent = TEXT.home;
      node.appendChild(link);
    }
  },
  {
    id: 'exemplar-nomination-dossier',
    pluginPoint: 'tasklist.task.action',
    priority: 200,
    render: (node, {api}) => {
      // Drawn as Tasklist draws its own action beside it ("Thêm ghi chú +").
      const link = document.createElement('a');
      link.className = 'exemplar-dossier-link';
      link.target = '_blank';
      link.rel = 'noopener';
      link.style.display = 'none';
      const icon = document.createElement('span');
      icon.className = 'glyphicon glyphicon-folder-open';
      link.append(TEXT.dossier + ' ', icon);
      node.appendChild(link);
      const many = document.createElement('a');
      many.className = 'exemplar-many-link';
      many.target = '_blank';
      many.rel = 'noopener';
      many.style.display = 'none';
      many.style.marginLeft = '1em';
      node.appendChild(many);

      let shownFor = undefined;
      const show = () => {
        const taskId = currentTaskId();
        if (taskId === shownFor) {
          return;
        }
        shownFor = taskId;
        link.style.display = 'none';
        many.style.display = 'none';
        if (!taskId) {
          return;
        }
        fetch(api.engineApi + '/task/' + encodeURIComponent(taskId),
          {credentials: 'same-origin', headers: {Accept: 'application/json'}})
          .then(response => (response.ok ? response.json() : null))
          .then(task => {
            const page = task && MANY_AT_ONCE[task.taskDefinitionKey];
            if (!page || currentTaskId() !== taskId) {
              return;
            }
            many.href = page.href;
            many.title = TEXT[page.title];
            many.textContent = TEXT[page.text];
            many.style.display = '';
          })
          .catch(() => {});
        fetch(api.engineApi + '/task/' + encodeURIComponent(taskId) + '/variables/nominationId',
          {credentials: 'same-origin', headers: {Accept: 'application/json'}})
          .then(response => (response.ok ? response.json() : null))
          .then(variable => {
            // 404 (no nomination: a round's or a unit's task) or a task opened meanwhile: no link.
            if (!variable || !variable.value || currentTaskId() !== taskId) {
              return;
            }
            link.href = '/nominations/' + encodeURIComponent(variable.value);
            link.title = TEXT.dossierTitle.replace('{id}', variable.value);
            link.style.display = '';
          })
          .catch(() => {});
      };
      if (followTask) {
        window.removeEventListener('hashchange', followTask);
      }
      followTask = show;
      window.addEventListener('hashchange', show);
      show();
    },
    unmount: () => {
      if (followTask) {
        window.removeEventListener('hashchange', followTask);
        followTask = null;
      }
    }
  }
];
