// Small enhancements of the server-rendered pages; every page works without them.
(function () {
  'use strict';

  function csrfHeaders() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var headers = { 'X-Requested-With': 'XMLHttpRequest' };
    if (token && header) {
      headers[header.getAttribute('content')] = token.getAttribute('content');
    }
    return headers;
  }

  // Evidence upload: several files at once, by drag and drop or the file picker, each with its progress.
  function setUpUpload(form) {
    var input = form.querySelector('input[type="file"]');
    var zone = form.querySelector('.dropzone');
    var list = form.querySelector('.upload-list');
    var description = form.querySelector('input[name="description"]');
    if (!input || !zone || !list || !window.FormData) {
      return;
    }

    function upload(file) {
      var item = document.createElement('li');
      var name = document.createElement('span');
      name.textContent = file.name + ' ';
      var bar = document.createElement('progress');
      bar.max = 100;
      bar.value = 0;
      bar.setAttribute('aria-label', 'Đang tải lên ' + file.name);
      var status = document.createElement('span');
      status.setAttribute('role', 'status');
      item.appendChild(name);
      item.appendChild(bar);
      item.appendChild(status);
      list.appendChild(item);

      var data = new FormData();
      data.append('file', file);
      if (description && description.value) {
        data.append('description', description.value);
      }
      var request = new XMLHttpRequest();
      request.open('POST', form.getAttribute('data-upload-url'));
      var headers = csrfHeaders();
      Object.keys(headers).forEach(function (key) { request.setRequestHeader(key, headers[key]); });
      request.upload.addEventListener('progress', function (event) {
        if (event.lengthComputable) {
          bar.value = Math.round((event.loaded / event.total) * 100);
        }
      });
      request.addEventListener('load', function () {
        bar.value = 100;
        if (request.status >= 200 && request.status < 300) {
          status.textContent = ' Đã tải lên.';
          item.className = 'done';
          form.dispatchEvent(new CustomEvent('uploaded'));
        } else {
          var message = 'Không tải lên được.';
          try {
            message = JSON.parse(request.responseText).message || message;
          } catch (e) { /* not JSON */ }
          status.textContent = ' ' + message;
          item.className = 'failed';
        }
      });
      request.addEventListener('error', function () {
        status.textContent = ' Mất kết nối; chưa tải lên được.';
        item.className = 'failed';
      });
      request.send(data);
    }

    function uploadAll(files) {
      for (var i = 0; i < files.length; i++) {
        upload(files[i]);
      }
    }

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      uploadAll(input.files);
      input.value = '';
    });
    ['dragenter', 'dragover'].forEach(function (type) {
      zone.addEventListener(type, function (event) {
        event.preventDefault();
        zone.classList.add('over');
      });
    });
    ['dragleave', 'drop'].forEach(function (type) {
      zone.addEventListener(type, function (event) {
        event.preventDefault();
        zone.classList.remove('over');
      });
    });
    zone.addEventListener('drop', function (event) {
      if (event.dataTransfer && event.dataTransfer.files) {
        uploadAll(event.dataTransfer.files);
      }
    });
    form.addEventListener('uploaded', function () {
      var refresh = form.getAttribute('data-refresh');
      if (refresh && !form.querySelector('.upload-list li:not(.done):not(.failed)')) {
        window.setTimeout(function () { window.location.assign(refresh); }, 800);
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('form[data-upload-url]'), setUpUpload);
  });
})();
