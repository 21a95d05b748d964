// drift report: filters, search and keyboard navigation for the findings; the page reads
// the same without this script.
(function () {
  'use strict';
  var root = document.documentElement;
  window.addEventListener('error', function (event) {
    root.setAttribute('data-script-error', String(event.message));
  });
  var controls = document.getElementById('controls');
  var list = document.getElementById('finding-list');
  if (!controls || !list) { return; }
  var items = Array.prototype.slice.call(list.querySelectorAll('li.finding'));
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr.identical'));
  var severity = document.getElementById('filter-severity');
  var category = document.getElementById('filter-category');
  var documentFilter = document.getElementById('filter-document');
  var search = document.getElementById('filter-text');
  var hideIdentical = document.getElementById('hide-identical');
  var count = document.getElementById('filter-count');

  function matches(item, needle) {
    return (!severity.value || item.getAttribute('data-severity') === severity.value) &&
      (!category.value || item.getAttribute('data-category') === category.value) &&
      (!documentFilter.value || item.getAttribute('data-document') === documentFilter.value) &&
      (!needle || item.textContent.toLowerCase().indexOf(needle) >= 0);
  }

  function apply() {
    var needle = search.value.trim().toLowerCase();
    var shown = 0;
    items.forEach(function (item) {
      var keep = matches(item, needle);
      item.classList.toggle('filtered', !keep);
      if (keep) { shown += 1; }
    });
    count.textContent = shown + ' of ' + items.length + ' findings shown';
  }

  function visibleItems() {
    return items.filter(function (item) { return !item.classList.contains('filtered'); });
  }

  // Moves the focus to the next (step 1) or previous (step -1) finding that the filters show.
  function move(step) {
    var shown = visibleItems();
    if (shown.length === 0) { return; }
    var index = shown.indexOf(document.activeElement);
    index = index < 0 ? (step > 0 ? 0 : shown.length - 1) : (index + step + shown.length) % shown.length;
    shown[index].focus();
    shown[index].scrollIntoView({ block: 'center' });
  }

  // A link can open the report filtered: report.html#filter:severity=critical&q=quote
  // (keys: severity, category, document, q, hide-identical).
  function applyHash() {
    var hash = decodeURIComponent(location.hash || '');
    if (hash.indexOf('#filter:') !== 0) { return; }
    var fields = { severity: severity, category: category, document: documentFilter, q: search };
    hash.slice('#filter:'.length).split('&').forEach(function (pair) {
      var cut = pair.indexOf('=');
      var key = cut < 0 ? pair : pair.slice(0, cut);
      var value = cut < 0 ? '' : pair.slice(cut + 1);
      if (fields[key]) { fields[key].value = value; }
      if (key === 'hide-identical') { hideIdentical.checked = value !== '0'; }
    });
    hideRows();
    apply();
    document.getElementById('findings').scrollIntoView();
  }

  function hideRows() {
    rows.forEach(function (row) { row.classList.toggle('hidden-row', hideIdentical.checked); });
  }

  [severity, category, documentFilter].forEach(function (select) { select.addEventListener('change', apply); });
  search.addEventListener('input', apply);
  controls.addEventListener('submit', function (event) { event.preventDefault(); });
  hideIdentical.addEventListener('change', hideRows);
  window.addEventListener('hashchange', applyHash);
  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    var tag = event.target && event.target.tagName;
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') {
      if (event.key === 'Escape') { event.target.blur(); }
      return;
    }
    if (event.key === 'n' || event.key === 'j') {
      move(1);
      event.preventDefault();
    } else if (event.key === 'p' || event.key === 'k') {
      move(-1);
      event.preventDefault();
    } else if (event.key === 'Enter' && items.indexOf(document.activeElement) >= 0) {
      var place = document.activeElement.querySelector('a.place');
      if (place) { place.click(); }
    } else if (event.key === '/') {
      search.focus();
      event.preventDefault();
    }
  });
  controls.hidden = false;
  apply();
  applyHash();
  root.setAttribute('data-script', 'ready');
}());
