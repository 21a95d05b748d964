// drift batch report: sorting, filtering and search over the comparisons; the page reads the
// same, worst first, without this script.
(function () {
  'use strict';
  var root = document.documentElement;
  window.addEventListener('error', function (event) {
    root.setAttribute('data-script-error', String(event.message));
  });
  var controls = document.getElementById('controls');
  var table = document.getElementById('index');
  if (!controls || !table) { return; }
  var body = table.tBodies[0];
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var verdict = document.getElementById('filter-verdict');
  var search = document.getElementById('filter-text');
  var count = document.getElementById('filter-count');
  // Each row with its place in the page's own order (worst first) and its search text.
  var items = Array.prototype.slice.call(body.rows).map(function (row, index) {
    return { row: row, index: index, text: (row.getAttribute('data-search') || '').toLowerCase() };
  });
  var state = { sort: '', dir: '' };

  function keyOf(item, key, numeric) {
    var value = item.row.getAttribute('data-' + key) || '';
    return numeric ? parseFloat(value) : value;
  }

  // Sorts by `key` (ascending or descending, ties in the page's order); no key: worst first.
  function sort() {
    var header = headers.filter(function (cell) { return cell.getAttribute('data-key') === state.sort; })[0];
    var numeric = header && header.getAttribute('data-type') !== 'text';
    var sign = state.dir === 'asc' ? 1 : -1;
    var order = items.slice();
    if (header) {
      order.sort(function (a, b) {
        var x = keyOf(a, state.sort, numeric);
        var y = keyOf(b, state.sort, numeric);
        var by = numeric ? x - y : x.localeCompare(y);
        return by !== 0 ? sign * by : a.index - b.index;
      });
    }
    var fragment = document.createDocumentFragment();
    order.forEach(function (item) { fragment.appendChild(item.row); });
    body.appendChild(fragment);
    headers.forEach(function (cell) {
      if (cell === header) {
        cell.setAttribute('aria-sort', state.dir === 'asc' ? 'ascending' : 'descending');
      } else {
        cell.removeAttribute('aria-sort');
      }
    });
  }

  function filter() {
    var needle = search.value.trim().toLowerCase();
    var shown = 0;
    items.forEach(function (item) {
      var keep = (!verdict.value || item.row.getAttribute('data-verdict') === verdict.value) &&
        (!needle || item.text.indexOf(needle) >= 0);
      item.row.classList.toggle('filtered', !keep);
      if (keep) { shown += 1; }
    });
    count.textContent = shown + ' of ' + items.length + ' comparisons shown';
  }

  // The state as a link can give it: index.html#sort=drift&dir=asc&verdict=paraphrase&q=story
  function writeHash() {
    var fields = [];
    if (state.sort) { fields.push('sort=' + state.sort, 'dir=' + state.dir); }
    if (verdict.value) { fields.push('verdict=' + encodeURIComponent(verdict.value)); }
    if (search.value.trim()) { fields.push('q=' + encodeURIComponent(search.value.trim())); }
    history.replaceState(null, '', fields.length ? '#' + fields.join('&') : location.pathname + location.search);
  }

  function readHash() {
    var fields = {};
    (location.hash || '').replace(/^#/, '').split('&').forEach(function (pair) {
      var cut = pair.indexOf('=');
      if (cut > 0) { fields[pair.slice(0, cut)] = decodeURIComponent(pair.slice(cut + 1)); }
    });
    var known = headers.some(function (cell) { return cell.getAttribute('data-key') === fields.sort; });
    state.sort = known ? fields.sort : '';
    state.dir = fields.dir === 'asc' ? 'asc' : 'desc';
    var option = Array.prototype.some.call(verdict.options, function (o) { return o.value === fields.verdict; });
    verdict.value = option ? fields.verdict : '';
    search.value = fields.q || '';
    sort();
    filter();
  }

  // A heading becomes a button: the first press sorts worst (highest) first, or A to Z for
  // text; the next reverses.
  headers.forEach(function (cell) {
    var key = cell.getAttribute('data-key');
    if (!key) { return; }
    var button = document.createElement('button');
    button.type = 'button';
    while (cell.firstChild) { button.appendChild(cell.firstChild); }
    cell.appendChild(button);
    button.addEventListener('click', function () {
      var text = cell.getAttribute('data-type') === 'text';
      if (state.sort === key) {
        state.dir = state.dir === 'asc' ? 'desc' : 'asc';
      } else {
        state.sort = key;
        state.dir = text ? 'asc' : 'desc';
      }
      sort();
      writeHash();
    });
  });
  verdict.addEventListener('change', function () { filter(); writeHash(); });
  search.addEventListener('input', function () { filter(); writeHash(); });
  controls.addEventListener('submit', function (event) { event.preventDefault(); });
  window.addEventListener('hashchange', readHash);
  document.addEventListener('keydown', function (event) {
    var tag = event.target && event.target.tagName;
    if (event.ctrlKey || event.metaKey || event.altKey || tag === 'INPUT' || tag === 'SELECT') {
      if (event.key === 'Escape' && event.target.blur) { event.target.blur(); }
      return;
    }
    if (event.key === '/') {
      search.focus();
      event.preventDefault();
    }
  });
  controls.hidden = false;
  readHash();
  root.setAttribute('data-script', 'ready');
}());
