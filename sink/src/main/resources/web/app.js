'use strict';
// Newswatch alerts page. Every piece of alert text comes from news feeds and is untrusted: it is only ever put in the
// page with textContent / createElement, never as markup.
(function () {
  const FILTERS = ['q', 'category', 'severity', 'source', 'entity', 'since'];
  const $ = (id) => document.getElementById(id);
  const fresh = new Set();
  const categories = new Set();
  let pending = null;
  let generation = 0;

  function takeToken() {
    const m = /^#token=(.+)$/.exec(window.location.hash);
    if (!m) {
      return;
    }
    let token = m[1];
    try {
      token = decodeURIComponent(token);
    } catch (e) {
      // not percent-encoded: use it as written
    }
    const secure = window.location.protocol === 'https:' ? '; Secure' : '';
    document.cookie = 'newswatch_token=' + encodeURIComponent(token) + '; Path=/; SameSite=Strict' + secure;
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }

  function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) {
      e.className = className;
    }
    if (text !== undefined && text !== null) {
      e.textContent = String(text);
    }
    return e;
  }

  function httpUrl(s) {
    try {
      const u = new URL(s);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  // The snippet marks matched terms as [[term]]: those become <mark> elements holding plain text.
  function snippet(text) {
    const p = el('p', 'snippet');
    const parts = String(text || '').split(/\[\[|\]\]/);
    parts.forEach((part, i) => {
      if (part) {
        p.appendChild(i % 2 === 1 ? el('mark', null, part) : document.createTextNode(part));
      }
    });
    return p;
  }

  function explanation(x) {
    const d = el('details', 'why');
    if (!x) {
      d.appendChild(el('summary', null, 'No explanation'));
      return d;
    }
    const matches = x.matches || [];
    d.appendChild(el('summary', null, 'Why: ' + matches.length + ' matched term' + (matches.length === 1 ? '' : 's')));
    const ul = el('ul', 'terms');
    matches.forEach((m) => {
      const li = el('li');
      li.appendChild(el('span', 'term', m.term));
      li.appendChild(el('span', 'weight', (m.weight >= 0 ? '+' : '') + Number(m.weight).toFixed(2)));
      li.appendChild(el('span', 'field', [m.field, m.rule].filter(Boolean).join(' · ')));
      ul.appendChild(li);
    });
    d.appendChild(ul);
    if (x.negatives && x.negatives.length) {
      d.appendChild(el('p', 'negatives', 'Negative context: ' + x.negatives.join(', ')));
    }
    const facts = [];
    if (x.ruleVersion) {
      facts.push('rules ' + x.ruleVersion);
    }
    if (x.semanticScore !== null && x.semanticScore !== undefined) {
      facts.push('semantic similarity ' + Number(x.semanticScore).toFixed(2));
    }
    if (facts.length) {
      d.appendChild(el('p', 'facts', facts.join(' · ')));
    }
    return d;
  }

  function when(a) {
    const t = (a.timestamps && (a.timestamps.alerted || a.timestamps.processed)) || (a.article && a.article.published);
    const e = el('time');
    if (t) {
      e.dateTime = t;
      const d = new Date(t);
      e.textContent = isNaN(d) ? t : d.toLocaleString();
    }
    return e;
  }

  function feedbackControls(a) {
    const box = el('div', 'actions');
    const note = el('input', 'note');
    note.type = 'text';
    note.maxLength = 1000;
    note.placeholder = 'note (optional)';
    note.setAttribute('aria-label', 'note');
    const yes = el('button', 'relevant', 'Relevant');
    const no = el('button', 'not-relevant', 'Not relevant');
    const status = el('span', 'feedback-status');
    [yes, no].forEach((b) => {
      b.type = 'button';
      b.addEventListener('click', () => sendFeedback(a.alertId, b === yes, note, [yes, no], status));
    });
    box.append(yes, no, note, status);
    return box;
  }

  async function sendFeedback(alertId, relevant, note, buttons, status) {
    buttons.forEach((b) => { b.disabled = true; });
    status.textContent = 'sending…';
    const body = { alertId: alertId, relevant: relevant };
    if (note.value.trim()) {
      body.note = note.value.trim();
    }
    try {
      const r = await fetch('/api/feedback', {
        method: 'POST', credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body)
      });
      if (!r.ok) {
        throw new Error('HTTP ' + r.status);
      }
      status.textContent = relevant ? 'Marked relevant, thank you' : 'Marked not relevant, thank you';
      note.disabled = true;
    } catch (e) {
      status.textContent = 'Not sent (' + e.message + '), try again';
      buttons.forEach((b) => { b.disabled = false; });
    }
  }

  // A story seen in several outlets: "N sources" and one link per other copy. Titles and sources are feed data:
  // text only; a link only for an http(s) URL, otherwise the copy shows as plain text.
  function storyCopies(a) {
    const related = Array.isArray(a.related) ? a.related : [];
    const sources = Number(a.sources) || 1;
    if (sources < 2 && related.length === 0) {
      return null;
    }
    const box = el('div', 'sources');
    box.appendChild(el('p', 'source-count', sources + (sources === 1 ? ' source' : ' sources')));
    if (related.length) {
      const list = el('ul', 'related');
      related.forEach((r) => {
        const item = el('li');
        const text = (r && r.title) || (r && r.url) || '(untitled)';
        const url = httpUrl(r && r.url);
        if (url) {
          const link = el('a', null, text);
          link.href = url;
          link.rel = 'noopener noreferrer';
          link.target = '_blank';
          item.appendChild(link);
        } else {
          item.appendChild(el('span', null, text));
        }
        if (r && r.source) {
          item.appendChild(el('span', 'related-source', ' — ' + r.source));
        }
        list.appendChild(item);
      });
      box.appendChild(list);
    }
    return box;
  }

  function render(a) {
    const art = a.article || {};
    const li = el('li', 'alert severity-' + (a.severity || 'none') + (fresh.has(a.alertId) ? ' fresh' : ''));
    li.dataset.alertId = a.alertId;
    const meta = el('div', 'meta');
    meta.append(el('span', 'category', a.category), el('span', 'severity', a.severity),
      el('span', 'score', 'score ' + Number(a.score).toFixed(2)), el('span', 'source', art.source), when(a));
    li.appendChild(meta);
    const h = el('h2', 'title');
    const url = httpUrl(art.url);
    if (url) {
      const link = el('a', null, art.title || url);
      link.href = url;
      link.rel = 'noopener noreferrer';
      link.target = '_blank';
      h.appendChild(link);
    } else {
      h.textContent = art.title || '(untitled)';
    }
    li.appendChild(h);
    li.appendChild(snippet(a.explanation && a.explanation.snippet));
    const copies = storyCopies(a);
    if (copies) {
      li.appendChild(copies);
    }
    if (a.entities && a.entities.length) {
      li.appendChild(el('p', 'entities', 'Entities: ' + a.entities.join(', ')));
    }
    li.appendChild(explanation(a.explanation));
    li.appendChild(feedbackControls(a));
    return li;
  }

  function noteCategory(c) {
    if (!c || categories.has(c)) {
      return;
    }
    categories.add(c);
    const sel = $('category');
    const opt = el('option', null, c);
    opt.value = c;
    sel.appendChild(opt);
  }

  function query() {
    const params = new URLSearchParams();
    FILTERS.forEach((f) => {
      const v = $(f).value.trim();
      if (v) {
        params.set(f, v);
      }
    });
    return params;
  }

  function showError(message) {
    const e = $('error');
    e.hidden = !message;
    e.textContent = message || '';
  }

  async function load() {
    const mine = ++generation;
    try {
      const r = await fetch('/api/alerts?' + query().toString(), { credentials: 'same-origin' });
      if (r.status === 401) {
        throw new Error('this page needs its token: open it as /#token=<token>');
      }
      const body = await r.json();
      if (!r.ok) {
        throw new Error(body.error || ('HTTP ' + r.status));
      }
      if (mine !== generation) {
        return;
      }
      showError(null);
      const list = $('alerts');
      const items = body.alerts.map((a) => { noteCategory(a.category); return render(a); });
      list.replaceChildren.apply(list, items);
      $('count').textContent = body.total > items.length
        ? 'Showing the newest ' + items.length + ' of ' + body.total + ' alerts'
        : body.total + ' alert' + (body.total === 1 ? '' : 's');
    } catch (e) {
      showError(e.message);
    }
  }

  function reloadSoon(delay) {
    clearTimeout(pending);
    pending = setTimeout(load, delay);
  }

  function listen() {
    const source = new EventSource('/api/events');
    source.onopen = () => {
      $('status').textContent = 'live';
      $('status').className = 'status live';
      load();
    };
    source.onerror = () => {
      $('status').textContent = 'reconnecting…';
      $('status').className = 'status down';
    };
    source.onmessage = (event) => {
      const a = JSON.parse(event.data);
      fresh.add(a.alertId);
      noteCategory(a.category);
      reloadSoon(100);
    };
  }

  function start() {
    takeToken();
    const form = $('filters');
    form.addEventListener('submit', (e) => { e.preventDefault(); load(); });
    form.addEventListener('change', () => reloadSoon(0));
    form.addEventListener('input', () => reloadSoon(250));
    form.addEventListener('reset', () => reloadSoon(0));
    load();
    listen();
  }

  document.addEventListener('DOMContentLoaded', start);
})();
