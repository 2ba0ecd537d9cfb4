/* app.js: the group's pages, over the server's JSON API (docs/api.md).
 *
 * One page, routed by the address's #fragment. Every element is made with h() below, and every
 * name, note, source and output goes into the page as text (a text node or textContent), never
 * as markup. The one exception is a problem's statement, which the server renders from
 * Markdown with cmark in its safe mode (raw HTML and script links left out); the server's
 * Content-Security-Policy lets no script run but these files. */
'use strict';

(() => {
  const API = '/api/v1';
  const POLL_MS = {board: 3000, submission: 700};
  let session = null;  /* {name, admin, csrf} once signed in */
  let polls = [];      /* the timers of the page shown, stopped when another is shown */
  let charts = [];
  let languages = null;

  /* ---- the page's pieces ---- */

  /* An element: attributes (on* are listeners), then children; a string child is text. */
  function h(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? '' : String(v));
    }
    for (const k of kids.flat(Infinity)) {
      if (k === null || k === undefined || k === false) continue;
      e.append(k instanceof Node ? k : document.createTextNode(String(k)));
    }
    return e;
  }

  /* A link inside the pages: parts are ids, each encoded. */
  function link(text, ...parts) {
    return h('a', {href: '#/' + parts.map(encodeURIComponent).join('/')}, text);
  }

  function verdictBadge(v) {
    return h('span', {class: 'verdict v-' + String(v || 'none').replace(/[^A-Za-z]/g, '')},
             v || '—');
  }

  function ms(v) { return v === null || v === undefined ? '—' : v + ' ms'; }
  function kb(v) {
    if (v === null || v === undefined) return '—';
    return v >= 1024 ? (v / 1024).toFixed(1) + ' MiB' : v + ' KiB';
  }
  function plural(n, word) { return `${n} ${word}${n === 1 ? '' : 's'}`; }
  function day(date) { return date ? date.slice(5) : ''; } /* MM-DD */
  function when(iso) { return iso ? iso.replace('T', ' ').replace(/:\d\dZ$/, ' UTC') : '—'; }

  function table(head, rows, cls) {
    return h('div', {class: 'scroll'},
             h('table', {class: cls || null},
               h('thead', null, h('tr', null, head.map((x) => h('th', null, x)))),
               h('tbody', null, rows)));
  }

  /* The nodes of nested lists, without the empty places (null: nothing there). */
  function present(list) {
    return list.flat(Infinity).filter((x) => x !== null && x !== undefined && x !== false);
  }

  function show(title, ...content) {
    for (const t of polls) clearInterval(t);
    polls = [];
    for (const c of charts) c.destroy();
    charts = [];
    document.title = title + ' · judge';
    const main = document.getElementById('main');
    main.replaceChildren(h('h1', null, title), ...present(content));
    return main;
  }

  function failure(message) {
    return h('p', {class: 'error', role: 'alert'}, message);
  }

  function every(msInterval, fn) {
    polls.push(setInterval(fn, msInterval));
  }

  /* The libraries, each loaded by the first page that needs it (a phone fetches 40 KB to
   * see a board, not the 600 KB of all three). */
  const LIBRARIES = {chart: '/web/vendor/chart.umd.min.js', katex: '/web/vendor/katex.min.js',
                     hljs: '/web/vendor/highlight.min.js'};
  const loading = {};
  function need(name) {
    if (!loading[name]) {
      loading[name] = new Promise((ok, fail) => {
        document.head.append(h('script', {src: LIBRARIES[name], onload: ok,
                                          onerror: () => fail(new Error(LIBRARIES[name]))}));
      });
    }
    return loading[name];
  }

  /* ---- the API ---- */

  class ApiError extends Error {
    constructor(status, message) { super(message); this.status = status; }
  }

  async function api(method, path, body) {
    const opts = {method, credentials: 'same-origin', headers: {}};
    if (method !== 'GET') opts.headers['X-CSRF-Token'] = session ? session.csrf : '';
    if (body !== undefined) {
      if (typeof body === 'string') {
        opts.headers['Content-Type'] = 'text/plain; charset=utf-8';
        opts.body = body;
      } else {
        opts.headers['Content-Type'] = 'application/json';
        opts.body = JSON.stringify(body);
      }
    }
    const r = await fetch(API + path, opts);
    let data = null;
    try { data = await r.json(); } catch (e) { data = null; }
    if (r.status === 401 && path !== '/session') {
      session = null;
      signIn('Signed out: sign in again.');
      throw new ApiError(401, 'signed out');
    }
    if (!r.ok) throw new ApiError(r.status, (data && data.error) || r.statusText);
    return data;
  }

  /* Runs a page's loading; an error becomes the page's message. */
  async function load(title, fn) {
    try {
      await fn();
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return;
      show(title, failure(e.message));
    }
  }

  /* ---- signing in ---- */

  function signIn(message) {
    renderNav();
    const token = h('input', {type: 'password', id: 'token', name: 'token', autocomplete: 'off',
                              required: true, placeholder: 'the token judge member add printed'});
    const note = h('p', {class: 'error', role: 'alert'}, message || '');
    const form = h('form', {id: 'signin', class: 'card', onsubmit: async (ev) => {
      ev.preventDefault();
      try {
        const r = await fetch(API + '/session', {
          method: 'POST', credentials: 'same-origin',
          headers: {'Content-Type': 'application/json'},
          body: JSON.stringify({token: token.value.trim()})});
        const data = await r.json().catch(() => null);
        if (!r.ok) throw new Error((data && data.error) || r.statusText);
        session = data;
        token.value = '';
        renderNav();
        if (location.hash === '#/signin' || location.hash === '') location.hash = '#/';
        else route();
      } catch (e) {
        note.textContent = e.message;
      }
    }},
    h('label', {for: 'token'}, 'Member token'), token,
    h('button', {type: 'submit'}, 'Sign in'), note);
    show('Sign in', h('p', {class: 'muted'},
                      'Your group admin gave you a token. It stays on the server: this browser ' +
                      'keeps only a sign-in cookie.'), form);
    token.focus();
  }

  async function signOut() {
    try { await api('DELETE', '/session'); } catch (e) { /* already out */ }
    session = null;
    signIn('Signed out.');
  }

  function renderNav() {
    const nav = document.getElementById('nav');
    const who = document.getElementById('who');
    if (!session) {
      nav.replaceChildren();
      who.replaceChildren();
      return;
    }
    nav.replaceChildren(...present([link('Weeks', ''), link('Problems', 'problems'),
                                    link('History', 'history'),
                                    link('Progress', 'member', session.name),
                                    session.admin ? link('Members', 'admin') : null]));
    who.replaceChildren(h('span', {class: 'me'}, session.name), ' ',
                        h('button', {type: 'button', class: 'link', id: 'signout',
                                     onclick: signOut}, 'Sign out'));
  }

  /* ---- weeks and boards ---- */

  async function home() {
    await load('Weeks', async () => {
      const w = await api('GET', '/weeks');
      const items = (w.weeks || []).slice().reverse().map((x) =>
        h('li', {class: x.current ? 'current' : null},
          link(x.title || x.id, 'week', x.id), ' ',
          h('span', {class: 'muted'}, x.starts ? `${x.starts} – ${x.ends}` : ''),
          x.current ? h('span', {class: 'tag'}, 'this week') : null,
          ' · ', (x.problems || []).length + ' problems'));
      show('Weeks', items.length ? h('ul', {class: 'weeks'}, items)
                                 : h('p', {class: 'muted'}, 'No weekly sets yet.'));
    });
  }

  async function problems() {
    await load('Problems', async () => {
      const p = await api('GET', '/problems');
      const rows = (p.problems || []).map((x) => h('tr', null,
        h('td', null, link(x.title || x.id, 'problem', x.id)),
        h('td', null, x.difficulty || ''),
        h('td', null, (x.tags || []).join(', ')),
        h('td', {class: 'state s-' + x.state}, x.state || ''),
        h('td', {class: 'num'}, x.attempts || '')));
      show('Problems', table(['problem', 'difficulty', 'tags', 'yours', 'attempts'], rows));
    });
  }

  function boardTable(board) {
    const probs = (board.week && board.week.problems) || [];
    const rows = (board.members || []).map((m) => {
      const byProblem = {};
      for (const p of m.problems || []) byProblem[p.problem] = p;
      return h('tr', {'data-user': m.user},
        h('td', {class: 'num'}, m.rank), h('td', null, link(m.user, 'member', m.user)),
        h('td', {class: 'num solved'}, m.solved),
        probs.map((id) => {
          const c = byProblem[id];
          if (!c || !c.attempts) return h('td', {class: 'cell'}, '');
          /* late: solved after the week ended (counted apart, as the board does) */
          return h('td', {class: 'cell ' + (c.solved ? 'ok' : c.late ? 'late' : 'tried'),
                          'data-problem': id},
                   c.solved ? '✓ ' + day(c.solved_on) : c.late ? '✓ late ' + day(c.solved_on) : '✗',
                   h('br'), h('small', null, `${c.attempts} ${c.attempts === 1 ? 'try' : 'tries'}`));
        }));
    });
    return table(['#', 'member', 'solved', ...probs], rows, 'board');
  }

  async function week(id) {
    await load('Week ' + id, async () => {
      const [w, board] = await Promise.all([api('GET', '/weeks/' + encodeURIComponent(id)),
                                            api('GET', '/weeks/' + encodeURIComponent(id) +
                                                '/board')]);
      const mine = h('ul', {class: 'problems'}, (w.problems || []).map((p) =>
        h('li', null, link(p.title || p.id, 'problem', p.id), ' ',
          h('span', {class: 'state s-' + p.status}, p.status || ''),
          p.attempts ? h('small', {class: 'muted'}, ` ${p.attempts} attempts`) : null)));
      const boardBox = h('div', {id: 'board'}, boardTable(board));
      const stamp = h('p', {class: 'muted', id: 'board-updated'}, 'live: updated as verdicts arrive');
      show(w.week.title || id,
           h('p', {class: 'muted'}, `${w.week.starts || ''} – ${w.week.ends || ''}`,
             w.current ? ' · this week' : ''),
           h('h2', null, 'Problems'), mine,
           h('h2', null, 'Board'), boardBox, stamp,
           h('p', null, link('The meeting', 'week', id, 'meeting')));
      let last = JSON.stringify(board);
      every(POLL_MS.board, async () => {
        try {
          const b = await api('GET', '/weeks/' + encodeURIComponent(id) + '/board');
          const text = JSON.stringify(b);
          if (text !== last) {
            last = text;
            boardBox.replaceChildren(boardTable(b));
          }
        } catch (e) { /* the next poll tries again */ }
      });
    });
  }

  /* ---- a problem and submitting ---- */

  /* Typesets $...$ and \(...\) (inline) and $$...$$ (display) in the statement's text,
   * outside code, with KaTeX (which builds its own elements from the formula, as text). */
  async function typesetMath(root) {
    if (!/\$|\\\(/.test(root.textContent)) return;
    try { await need('katex'); } catch (e) { return; } /* the formulas stay as written */
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => n.parentElement.closest('code, pre') ? NodeFilter.FILTER_REJECT
                                                               : NodeFilter.FILTER_ACCEPT});
    const nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    const math = /\$\$([^$]+)\$\$|\$([^$\n]+)\$|\\\((.+?)\\\)/g;
    for (const n of nodes) {
      const text = n.nodeValue;
      if (!math.test(text)) continue;
      math.lastIndex = 0;
      const frag = document.createDocumentFragment();
      let at = 0;
      for (const m of text.matchAll(math)) {
        frag.append(text.slice(at, m.index));
        const span = h('span', {class: 'math'});
        try {
          katex.render(m[1] || m[2] || m[3], span,
                       {displayMode: !!m[1], throwOnError: false, trust: false});
        } catch (e) {
          span.textContent = m[0];
        }
        frag.append(span);
        at = m.index + m[0].length;
      }
      frag.append(text.slice(at));
      n.replaceWith(frag);
    }
  }

  async function languageList() {
    if (!languages) languages = (await api('GET', '/languages')).languages || [];
    return languages;
  }

  function languageOf(filename, langs) {
    const dot = filename.lastIndexOf('.');
    const ext = dot >= 0 ? filename.slice(dot).toLowerCase() : '';
    const l = langs.find((x) => (x.extensions || []).includes(ext));
    return l ? l.id : '';
  }

  function submitForm(p, langs) {
    const file = h('input', {type: 'file', id: 'source-file', name: 'file'});
    const text = h('textarea', {id: 'source', name: 'source', rows: 14, spellcheck: 'false',
                                placeholder: 'or paste your solution here'});
    const lang = h('select', {id: 'language', name: 'language'},
                   h('option', {value: ''}, 'language: from the file name'),
                   langs.map((l) => h('option', {value: l.id}, l.name)));
    const note = h('p', {class: 'error', role: 'alert'});
    let filename = null;
    file.addEventListener('change', async () => {
      const f = file.files[0];
      if (!f) return;
      filename = f.name;
      text.value = await f.text();
      const id = languageOf(f.name, langs);
      if (id) lang.value = id;
    });
    const form = h('form', {id: 'submit', class: 'card', onsubmit: async (ev) => {
      ev.preventDefault();
      note.textContent = '';
      const body = {problem: p.id, source: text.value};
      if (lang.value) body.language = lang.value;
      if (filename) body.filename = filename;
      if (!body.language && !body.filename) {
        note.textContent = 'Pick the language (or choose a file: its name tells).';
        return;
      }
      try {
        const q = await api('POST', '/submissions', body);
        location.hash = '#/submission/' + q.id;
      } catch (e) {
        if (e.status !== 401) note.textContent = e.message;
      }
    }},
    h('h2', null, 'Submit'), h('div', {class: 'row'}, file, lang), text,
    h('button', {type: 'submit'}, 'Submit'), note);
    return form;
  }

  /* The member's approach note on a problem, for the meeting (judge note). */
  function noteForm(problemId) {
    const text = h('textarea', {id: 'note', rows: 5, placeholder:
      'Your approach: the idea, its complexity, what was hard (for the meeting)'});
    const said = h('p', {class: 'muted', role: 'status'});
    api('GET', '/notes/' + encodeURIComponent(problemId)).then((n) => {
      if (n && typeof n.text === 'string') text.value = n.text;
    }, () => {});
    return h('form', {id: 'note-form', class: 'card', onsubmit: async (ev) => {
      ev.preventDefault();
      try {
        const r = await api('PUT', '/notes/' + encodeURIComponent(problemId), text.value);
        said.textContent = (r && r.message) || 'Saved.';
      } catch (e) {
        if (e.status !== 401) said.textContent = e.message;
      }
    }}, h('h2', null, 'Your note'), text, h('button', {type: 'submit'}, 'Save the note'), said);
  }

  async function problem(id) {
    await load(id, async () => {
      const [p, langs] = await Promise.all([api('GET', '/problems/' + encodeURIComponent(id)),
                                            languageList()]);
      const statement = h('div', {class: 'statement', id: 'statement'});
      if (p.statement_html) {
        statement.innerHTML = p.statement_html; /* cmark's safe rendering, on the server */
        await typesetMath(statement);
      } else if (p.statement) {
        statement.append(h('pre', null, p.statement));
      } else {
        statement.append(h('p', {class: 'muted'}, 'This problem has no statement.'));
      }
      const samples = (p.samples || []).map((s) => h('div', {class: 'sample'},
        h('h3', null, 'Sample ' + s.name),
        h('div', {class: 'pair'}, h('div', null, h('h4', null, 'input'), h('pre', null, s.input)),
          h('div', null, h('h4', null, 'output'), h('pre', null, s.answer)))));
      show(p.title || p.id,
           h('p', {class: 'limits'}, `time ${p.time_limit_ms} ms · memory ${p.memory_limit_mb} MB`,
             p.difficulty ? ' · ' + p.difficulty : '',
             (p.tags || []).map((t) => h('span', {class: 'tag'}, t)),
             p.function ? h('span', {class: 'tag'}, 'function') : null),
           statement, samples, submitForm(p, langs), noteForm(p.id),
           h('p', null, link('Your submissions to it', 'history'), ' · ',
             link('Compare solutions', 'compare', p.id)));
    });
  }

  /* ---- a submission ---- */

  function sourceBlock(source, language) {
    const code = h('code', {class: language ? 'language-' + language : null}, source);
    if (source.length < 200000) {
      need('hljs').then(() => {
        if (hljs.getLanguage(language || '')) hljs.highlightElement(code);
      }, () => {}); /* plain text, then */
    }
    return h('pre', {class: 'source'}, code);
  }

  /* The first failed visible test: its input, the answer, the program's output. */
  function failureView(f) {
    const block = (label, text, cut) => text === null || text === undefined ? null
      : h('div', null, h('h4', null, label, cut ? ' (first 1 KiB)' : ''), h('pre', null, text));
    const d = f.difference;
    return h('section', {id: 'failure', class: 'card'},
      h('h2', null, `${f.sample ? 'Sample' : 'Test'} ${f.test}: ${f.verdict}`),
      d ? h('p', {class: 'why'}, `First difference at line ${d.line}, column ${d.column}: ` +
            `expected “${d.expected}”, got “${d.got}”`)
        : f.message ? h('p', {class: 'why'}, f.message) : null,
      h('div', {class: 'pair'}, block('input', f.input, f.input_truncated),
        block('expected', f.expected, f.expected_truncated)),
      block('your output', f.output, f.output_truncated),
      block('the exchange', f.exchange, f.exchange_truncated));
  }

  const MISTAKE_KINDS = ['overflow', 'off-by-one', 'edge-case', 'complexity', 'output-format',
                         'recursion-depth', 'misread', 'other'];

  /* Logging what went wrong with one's own failed submission (judge mistake). */
  function mistakeForm(r) {
    const kind = h('select', {id: 'mistake-kind'}, MISTAKE_KINDS.map((k) => h('option', {value: k}, k)));
    const note = h('input', {type: 'text', id: 'mistake-note', placeholder: 'what happened'});
    const said = h('p', {class: 'muted', role: 'status'});
    return h('form', {id: 'mistake', class: 'card', onsubmit: async (ev) => {
      ev.preventDefault();
      try {
        const o = await api('POST', '/mistakes', {submission: r.id, kind: kind.value,
                                                  note: note.value});
        said.textContent = (o && o.message) || `Logged as ${kind.value}.`;
      } catch (e) {
        if (e.status !== 401) said.textContent = e.message;
      }
    }}, h('h2', null, 'Log the mistake'), h('div', {class: 'row'}, kind, note,
        h('button', {type: 'submit'}, 'Log')), said);
  }

  function resultView(r) {
    const failedAt = (r.tests || []).find((t) => t.verdict !== 'AC' && t.verdict !== 'skipped');
    return [
      h('p', {class: 'result'}, verdictBadge(r.verdict), ' ',
        h('span', {id: 'passed'}, `${r.passed}/${r.total} tests`), ' · ', ms(r.time_ms), ' · ',
        kb(r.memory_kb), ' · ', r.language, ' · ', when(r.judged_at)),
      failedAt ? h('p', {class: 'why'}, `Test ${failedAt.name}: ${failedAt.verdict}`,
                   failedAt.message ? ' — ' + failedAt.message : '') : null,
      r.compile_message ? [h('h2', null, r.verdict === 'CE' ? 'Compilation error' : 'Compiler said'),
                           h('pre', {id: 'compile', class: 'compile'}, r.compile_message)] : null,
      r.failure ? failureView(r.failure) : null,
      table(['test', 'verdict', 'time', 'memory', 'why'], (r.tests || []).map((t) =>
        h('tr', {class: 'test'}, h('td', null, t.name), h('td', null, verdictBadge(t.verdict)),
          h('td', {class: 'num'}, ms(t.time_ms)), h('td', {class: 'num'}, kb(t.memory_kb)),
          h('td', {class: 'message'}, t.message || ''))), 'tests'),
      session && r.user === session.name && r.verdict !== 'AC' && r.verdict !== 'SE'
        ? mistakeForm(r) : null,
      r.source !== null && r.source !== undefined
        ? [h('h2', null, 'Source'), sourceBlock(r.source, r.language)]
        : r.source_hidden ? h('p', {class: 'muted'}, r.source_hidden) : null,
    ];
  }

  async function submission(qid) {
    await load('Submission', async () => {
      const body = (q) => q.state === 'done' && q.result ? resultView(q.result)
        : q.state === 'failed' ? [failure('The judge could not judge it: ' + (q.message || ''))]
          : [h('p', {class: 'pending', id: 'state'},
               q.state === 'judging' ? 'Judging…' : 'In the queue…')];
      let q = await api('GET', '/submissions/' + encodeURIComponent(qid));
      const box = h('div', {id: 'outcome'}, body(q));
      show(`Submission ${q.id}: ${q.problem}`,
           h('p', {class: 'muted'}, link(q.problem, 'problem', q.problem), ' · queued ',
             when(q.queued_at), q.week && q.week !== '*' ? ' · ' + q.week : ''), box);
      const finished = () => q.state === 'done' || q.state === 'failed';
      if (finished()) return;
      let last = q.state;
      const timer = setInterval(async () => {
        try {
          q = await api('GET', '/submissions/' + encodeURIComponent(qid));
        } catch (e) { return; }
        if (q.state !== last || finished()) box.replaceChildren(...present(body(q)));
        last = q.state;
        if (finished()) clearInterval(timer);
      }, POLL_MS.submission);
      polls.push(timer);
    });
  }

  async function recorded(id) {
    await load('Submission #' + id, async () => {
      const r = await api('GET', '/history/' + encodeURIComponent(id));
      show(`#${r.id}: ${r.problem}`,
           h('p', {class: 'muted'}, link(r.user, 'member', r.user), ' · ',
             link(r.problem_title || r.problem, 'problem', r.problem),
             r.week ? ' · ' + r.week : ''),
           resultView(r));
    });
  }

  async function history() {
    await load('History', async () => {
      const o = await api('GET', '/history?limit=200');
      const rows = (o.submissions || []).map((s) => h('tr', null,
        h('td', null, link('#' + s.id, 'result', String(s.id))),
        h('td', null, link(s.problem_title || s.problem, 'problem', s.problem)),
        h('td', null, verdictBadge(s.verdict)), h('td', {class: 'num'}, `${s.passed}/${s.total}`),
        h('td', null, s.language), h('td', null, when(s.judged_at))));
      show('History', rows.length ? table(['#', 'problem', 'verdict', 'tests', 'language',
                                           'judged'], rows)
                                  : h('p', {class: 'muted'}, 'Nothing submitted yet.'));
    });
  }

  /* ---- a member's progress ---- */

  /* A chart of one series; the canvas keeps its points for whoever checks them. */
  function chart(id, title, type, labels, values, opts) {
    const canvas = h('canvas', {id, role: 'img', 'aria-label': title});
    const box = h('div', {class: 'chart'}, h('h3', null, title), h('div', {class: 'plot'}, canvas));
    const draw = () => {
      if (!canvas.isConnected) return; /* another page by now */
      charts.push(new Chart(canvas, {
        type,
        data: {labels, datasets: [{label: title, data: values, spanGaps: true,
                                   backgroundColor: '#2f5fb3aa', borderColor: '#2f5fb3',
                                   tension: 0.2}]},
        options: Object.assign({responsive: true, maintainAspectRatio: false, animation: false,
                                plugins: {legend: {display: false}},
                                scales: {y: {beginAtZero: true}}}, opts || {}),
      }));
    };
    need('chart').then(draw, () => box.append(failure('The charts could not be loaded.')));
    return box;
  }

  async function memberPage(user) {
    await load(user, async () => {
      const q = '?user=' + encodeURIComponent(user);
      const [stats, review] = await Promise.all([api('GET', '/stats' + q),
                                                 api('GET', '/review' + q)]);
      const pr = stats.progress || {weeks: []};
      const series = (k) => ((pr[k] || {}).values || []);
      const kinds = pr.mistake_kinds || [];
      const o = stats.overall || {};
      const own = session && user === session.name;
      const mistakesBox = h('div', {id: 'mistakes'}), notesBox = h('div', {id: 'notes'});
      const pct = (x) => (x === null || x === undefined ? null : Math.round(x * 1000) / 10);
      const dueRows = [...(review.due || []), ...(review.later || [])].map((r) =>
        h('tr', {class: 'review'}, h('td', null, link(r.problem, 'problem', r.problem)),
          h('td', null, r.kind), h('td', null, r.due), h('td', {class: 'message'}, r.reason)));
      show(user === (session && session.name) ? 'Your progress' : user + "'s progress",
           h('p', {class: 'muted'}, `${o.solved || 0} solved of ${o.attempted || 0} tried · ` +
             `${o.submissions || 0} submissions · first try ${pct(o.first_try_rate) ?? '—'}% · ` +
             `streak ${plural((stats.streak || {}).weeks || 0, 'week')}`),
           h('div', {class: 'charts'},
             chart('chart-solved', 'Solved per week', 'bar', pr.weeks, series('solved')),
             chart('chart-first-try', 'First-try rate (%)', 'line', pr.weeks,
                   series('first_try_rate').map(pct), {scales: {y: {min: 0, max: 100}}}),
             chart('chart-attempts', 'Attempts per accepted', 'line', pr.weeks,
                   series('attempts_per_ac')),
             chart('chart-mistakes', 'Mistakes by kind', 'bar', kinds.map((k) => k.kind),
                   kinds.map((k) => k.total))),
           h('h2', null, 'To solve again'),
           dueRows.length ? table(['problem', 'why', 'due', ''], dueRows)
                          : h('p', {class: 'muted'}, 'Nothing to review.'),
           h('h2', null, 'Unsolved'),
           (stats.unsolved || []).length
             ? h('ul', null, stats.unsolved.map((u) => h('li', null, link(u.problem, 'problem', u.problem),
                 ` · ${plural(u.attempts, 'attempt')} · last ${u.last_attempt}`)))
             : h('p', {class: 'muted'}, 'Nothing tried and left unsolved.'),
           own ? [h('h2', null, 'Your mistakes'), mistakesBox, h('h2', null, 'Your notes'), notesBox]
               : h('p', {class: 'muted'}, `${user}'s notes are on the meetings' agendas and beside ` +
                   'their solutions, as the honesty rule allows.'));
      if (own) fillOwn(mistakesBox, notesBox);
    });
  }

  /* One's own mistake log and notes (the API gives a member their own). */
  async function fillOwn(mistakesBox, notesBox) {
    try {
      const list = await api('GET', '/mistakes');
      mistakesBox.replaceChildren(list.length ? table(['#', 'problem', 'kind', 'note'], list.map((m) =>
        h('tr', {class: 'mistake'}, h('td', null, link('#' + m.submission_id, 'result', String(m.submission_id))),
          h('td', null, link(m.problem, 'problem', m.problem)), h('td', null, m.kind),
          h('td', {class: 'message'}, m.note || ''))))
        : h('p', {class: 'muted'}, 'No mistake logged: log one from a failed submission.'));
      const mine = await api('GET', '/history?limit=500');
      const problems = [...new Set((mine.submissions || []).map((x) => x.problem))].slice(0, 60);
      const notes = (await Promise.all(problems.map((p) =>
        api('GET', '/notes/' + encodeURIComponent(p)).catch(() => null)))).filter((n) => n && n.text);
      notesBox.replaceChildren(...present([notes.length ? notes.map((n) => h('div', {class: 'own-note'},
        h('h3', null, link(n.problem, 'problem', n.problem)), noteBlock(n.text)))
        : h('p', {class: 'muted'}, 'No note yet: write one on a problem\'s page.')]));
    } catch (e) {
      if (e.status !== 401) notesBox.replaceChildren(failure(e.message));
    }
  }

  /* ---- the meeting and the solutions side by side ---- */

  function noteBlock(text) {
    return h('div', {class: 'note'}, text);
  }

  async function meeting(id) {
    await load('Meeting ' + id, async () => {
      const m = await api('GET', '/weeks/' + encodeURIComponent(id) + '/meeting');
      const items = (m.problems || []).map((p) => h('section', {class: 'agenda-item card'},
        h('h2', null, p.title || p.problem, ' ',
          h('small', null, link('side by side', 'compare', p.problem, id))),
        h('p', null, 'Presenter: ',
          p.presenter ? h('strong', {class: 'presenter'}, p.presenter.user) : '—',
          p.presenter && !p.presenter.confirmed ? h('span', {class: 'muted'}, ' (proposed)') : ''),
        (p.solvers || []).length
          ? h('ul', {class: 'solvers'}, p.solvers.map((s) => h('li', null,
              h('strong', null, s.user), ` · ${s.language} · ${s.attempts} ${s.attempts === 1
                ? 'try' : 'tries'} · ${s.solved_on}${s.late ? ' (late)' : ''} · ${ms(s.best_time_ms)}` +
              ` · ${s.lines} lines`,
              s.note ? noteBlock(s.note) : s.note_hidden ? h('p', {class: 'muted'}, 'note hidden')
                                                         : null)))
          : h('p', {class: 'muted'}, 'Nobody solved it yet.'),
        (p.tried || []).length ? h('p', {class: 'muted'}, 'Tried: ',
                                   p.tried.map((t) => `${t.user} (${t.attempts})`).join(', '))
                               : null));
      const reviews = (m.reviews_open || []).map((r) => h('li', null,
        `${r.reviewer} reviews ${r.author}'s ${r.problem} (${r.status})`));
      show('Meeting: ' + ((m.week && m.week.title) || id), items,
           reviews.length ? [h('h2', null, 'Reviews open'), h('ul', null, reviews)] : null);
    });
  }

  async function compare(problemId, weekId) {
    await load('Compare ' + problemId, async () => {
      const q = weekId ? '?week=' + encodeURIComponent(weekId) : '';
      const c = await api('GET', '/compare/' + encodeURIComponent(problemId) + q);
      const sides = (c.members || []).filter((x) => x.submission || x.source_hidden).map((x) =>
        h('div', {class: 'side card'},
          h('h2', null, x.user, ' ', verdictBadge(x.solved ? 'AC' : (x.verdicts || []).slice(-1)[0])),
          x.submission ? h('p', {class: 'muted'}, `${x.submission.language} · ${ms(x.submission.time_ms)}` +
                           ` · ${x.submission.lines} lines · ${x.attempts} attempts`) : null,
          x.note ? noteBlock(x.note) : null,
          x.source !== null && x.source !== undefined
            ? sourceBlock(x.source, x.submission && x.submission.language)
            : h('p', {class: 'muted hidden-source'}, x.source_hidden || 'no solution')));
      show(`${problemId}: side by side`, h('p', null, link('The problem', 'problem', problemId),
             weekId ? [' · ', link('the meeting', 'week', weekId, 'meeting')] : null),
           sides.length ? h('div', {class: 'sides'}, sides)
                        : h('p', {class: 'muted'}, 'No solutions yet.'));
    });
  }

  /* ---- the group: members and tokens (admins) ---- */

  async function admin() {
    await load('Members', async () => {
      const shown = h('div', {id: 'new-token'});
      const tableBox = h('div', {id: 'members'});
      /* The list again after a change; the token just shown stays. */
      const refresh = async () => {
        const list = await api('GET', '/members');
        tableBox.replaceChildren(table(['name', '', 'token', ''], (list.members || []).map((m) =>
          h('tr', {class: m.revoked ? 'revoked' : null},
            h('td', null, m.name), h('td', null, m.admin ? 'admin' : ''),
            h('td', null, m.revoked ? 'revoked' : 'active'),
            h('td', null, m.revoked ? null : [
              h('button', {type: 'button', class: 'small', onclick: act(m.name, 'rotate')}, 'New token'),
              ' ',
              h('button', {type: 'button', class: 'small', onclick: act(m.name, 'revoke')}, 'Revoke')])))));
      };
      const act = (name, action) => async () => {
        if (action === 'revoke' && !confirm(`Revoke ${name}'s token?`)) return;
        try {
          tokenShown(shown, name, await api('POST', `/members/${encodeURIComponent(name)}/${action}`));
          await refresh();
        } catch (e) { shown.replaceChildren(failure(e.message)); }
      };
      const name = h('input', {type: 'text', id: 'member-name', required: true,
                               placeholder: 'name', autocomplete: 'off'});
      const isAdmin = h('input', {type: 'checkbox', id: 'member-admin'});
      const form = h('form', {id: 'add-member', class: 'card', onsubmit: async (ev) => {
        ev.preventDefault();
        try {
          const r = await api('POST', '/members', {name: name.value.trim(), admin: isAdmin.checked});
          tokenShown(shown, name.value.trim(), r);
          name.value = '';
          await refresh();
        } catch (e) { shown.replaceChildren(failure(e.message)); }
      }}, h('h2', null, 'Add a member'), h('div', {class: 'row'}, name,
          h('label', null, isAdmin, ' admin'), h('button', {type: 'submit'}, 'Add')));
      await refresh();
      show('Members', tableBox, form, shown);
    });
  }

  /* A new token, shown once: the member's to keep. */
  function tokenShown(box, name, r) {
    const token = r && (r.token || ((r.stdout || '').trim().split('\n').pop()));
    box.replaceChildren(token && /^jt_/.test(token)
      ? h('div', {class: 'card'}, h('p', null, `${name}'s new token, shown this once:`),
          h('code', {class: 'token'}, token))
      : h('p', {class: 'muted'}, 'Done.'));
  }

  /* ---- routing ---- */

  const routes = [
    [/^#?\/?$/, home],
    [/^#\/problems$/, problems],
    [/^#\/week\/([^/]+)$/, week],
    [/^#\/problem\/([^/]+)$/, problem],
    [/^#\/submission\/(\d+)$/, submission],
    [/^#\/result\/(\d+)$/, recorded],
    [/^#\/history$/, history],
    [/^#\/member\/([^/]+)$/, memberPage],
    [/^#\/week\/([^/]+)\/meeting$/, meeting],
    [/^#\/compare\/([^/]+)(?:\/([^/]+))?$/, compare],
    [/^#\/admin$/, admin],
  ];

  function route() {
    if (!session) return signIn();
    const hash = location.hash || '#/';
    for (const [re, fn] of routes) {
      const m = re.exec(hash);
      if (m) return fn(...m.slice(1).map((x) => (x === undefined ? x : decodeURIComponent(x))));
    }
    show('Not found', h('p', null, 'No such page. ', link('Back to the weeks', '')));
  }

  /* For the pages' other files (pages-*.js): the same pieces. */
  window.judgePages = {h, link, api, show, load, every, table, verdictBadge, sourceBlock, routes,
                       charts, ms, kb, when, failure, get session() { return session; }};

  window.addEventListener('hashchange', route);
  document.addEventListener('DOMContentLoaded', async () => {
    try {
      const r = await fetch(API + '/session', {credentials: 'same-origin'});
      if (r.ok) session = await r.json();
    } catch (e) { session = null; }
    renderNav();
    route();
  });
})();
