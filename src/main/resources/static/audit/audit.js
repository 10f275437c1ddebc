// Trang kiểm tra, thanh tra: chỉ đọc (GET /api/audit/**). Không có script nội tuyến, không tải gì từ bên ngoài.
(function () {
  'use strict';

  var API = '/api/audit';
  var TIME = new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false
  });
  var KIND_LABELS = {};

  function $(id) { return document.getElementById(id); }

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (className) { node.className = className; }
    return node;
  }

  function when(iso) { return iso ? TIME.format(new Date(iso)) : ''; }

  function get(path) {
    return fetch(API + path, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) {
        if (response.ok) { return response.json(); }
        return response.json().catch(function () { return {}; }).then(function (error) {
          var message = error.message || ('Lỗi ' + response.status);
          if (response.status === 403) { message = 'Bạn không có quyền xem nhật ký kiểm tra.'; }
          if (response.status === 404) { message = error.message || 'Không tìm thấy.'; }
          throw new Error(message);
        });
      });
  }

  function query(form) {
    var parts = [];
    Array.prototype.forEach.call(form.elements, function (field) {
      if (field.name && field.value) { parts.push(encodeURIComponent(field.name) + '=' + encodeURIComponent(field.value)); }
    });
    return parts.length ? '?' + parts.join('&') : '';
  }

  function fill(select, options) {
    options.forEach(function (option) {
      var node = el('option', option.label);
      node.value = option.code;
      select.appendChild(node);
    });
  }

  function details(map) {
    var keys = Object.keys(map || {});
    if (!keys.length) { return el('span', ''); }
    var box = el('details');
    box.appendChild(el('summary', keys.length + ' mục'));
    var list = el('dl');
    keys.forEach(function (key) {
      list.appendChild(el('dt', key));
      list.appendChild(el('dd', map[key]));
    });
    box.appendChild(list);
    return box;
  }

  function row(cells, className) {
    var tr = el('tr', null, className);
    cells.forEach(function (cell) {
      var td = el('td');
      if (cell instanceof Node) { td.appendChild(cell); } else { td.textContent = cell == null ? '' : String(cell); }
      tr.appendChild(td);
    });
    return tr;
  }

  function search(event) {
    if (event) { event.preventDefault(); }
    var status = $('search-status');
    status.textContent = 'Đang tìm…';
    get('/nominations' + query($('search-form'))).then(function (list) {
      var body = $('search-results').querySelector('tbody');
      body.textContent = '';
      list.forEach(function (n) {
        var link = el('a', 'Xem nhật ký');
        link.href = '#ho-so/' + encodeURIComponent(n.id);
        body.appendChild(row([n.roundYear, n.nominatingUnitName, n.nomineeName, n.statusLabel, link]));
      });
      $('search-results').hidden = list.length === 0;
      status.textContent = list.length ? 'Tìm thấy ' + list.length + ' hồ sơ.' : 'Không có hồ sơ nào phù hợp.';
    }).catch(function (error) { status.textContent = error.message; });
  }

  function showTimeline(id) {
    var section = $('timeline-section');
    section.hidden = false;
    var facts = $('nomination-facts');
    facts.textContent = 'Đang tải…';
    get('/nominations/' + encodeURIComponent(id)).then(function (timeline) {
      var n = timeline.nomination;
      facts.textContent = '';
      [['Mã hồ sơ', n.id], ['Người, tập thể được đề cử', n.nomineeName], ['Đơn vị đề cử', n.nominatingUnitName],
        ['Năm bình xét', n.roundYear], ['Kết quả', n.statusLabel], ['Lý do, căn cứ', n.statusReason || '']]
        .forEach(function (fact) { facts.appendChild(el('dt', fact[0])); facts.appendChild(el('dd', fact[1])); });
      var base = API + '/nominations/' + encodeURIComponent(n.id);
      $('timeline-csv').href = base + '/timeline.csv';
      $('timeline-pdf').href = base + '/timeline.pdf';
      var body = $('timeline').querySelector('tbody');
      body.textContent = '';
      timeline.entries.forEach(function (entry) {
        body.appendChild(row([when(entry.time), KIND_LABELS[entry.kind] || entry.kind, entry.actor || 'Hệ thống',
          entry.stepName || entry.step || '', entry.description, details(entry.details)], 'kind-' + entry.kind));
      });
      section.scrollIntoView();
    }).catch(function (error) { facts.textContent = error.message; });
  }

  function showRound(year) {
    var status = $('round-status');
    status.textContent = 'Đang tải…';
    get('/rounds/' + encodeURIComponent(year)).then(function (round) {
      $('round-csv').href = API + '/rounds/' + round.year + '/audit.csv';
      $('round-pdf').href = API + '/rounds/' + round.year + '/audit.pdf';
      var units = $('round-units');
      units.textContent = '';
      round.units.forEach(function (unit) {
        units.appendChild(el('h4', unit.unitName));
        var table = el('table');
        var head = el('thead');
        head.appendChild(row(['Thời điểm', 'Người quyết định', 'Hồ sơ', 'Loại', 'Nội dung']));
        table.appendChild(head);
        var body = el('tbody');
        unit.decisions.forEach(function (d) {
          var link = el('a', d.nomineeName);
          link.href = '#ho-so/' + encodeURIComponent(d.nominationId);
          body.appendChild(row([when(d.time), d.actor || 'Hệ thống', link, KIND_LABELS[d.kind] || d.kind, d.description],
            'kind-' + d.kind));
        });
        table.appendChild(body);
        units.appendChild(table);
      });
      var overdue = $('round-overdue').querySelector('tbody');
      overdue.textContent = '';
      round.overdueTasks.forEach(function (t) {
        overdue.appendChild(row([t.nomineeName, t.taskName, t.candidateGroups, when(t.dueDate),
          t.completedAt ? when(t.completedAt) : 'Chưa hoàn thành', t.completedBy || ''], 'overdue'));
      });
      $('round-view').hidden = false;
      status.textContent = round.units.length ? '' : 'Chưa có quyết định nào trong đợt này.';
    }).catch(function (error) { status.textContent = error.message; });
  }

  function route() {
    var hash = decodeURIComponent(location.hash.replace(/^#/, ''));
    if (hash.indexOf('ho-so/') === 0) { showTimeline(hash.substring(6)); }
    if (hash.indexOf('dot/') === 0) { showRound(hash.substring(4)); }
  }

  document.addEventListener('DOMContentLoaded', function () {
    $('search-form').addEventListener('submit', search);
    $('round-form').addEventListener('submit', function (event) {
      event.preventDefault();
      location.hash = 'dot/' + $('round-form').elements.year.value;
    });
    window.addEventListener('hashchange', route);
    get('/options').then(function (options) {
      fill($('search-form').elements.unit, options.units);
      fill($('search-form').elements.outcome, options.outcomes);
      (options.kinds || []).forEach(function (kind) { KIND_LABELS[kind.code] = kind.label; });
      route();
    }).catch(function (error) { $('search-status').textContent = error.message; });
  });
}());
