/* pages_driver.js: test_pages.py's scenario in the browser (Debian's Chromium, headless,
 * driven by playwright-core from web/node_modules; nothing downloaded). Usage:
 * node pages_driver.js CONFIG.json (written by test_pages.py). Exits 1 at the first check
 * that fails, saying which; saves a screenshot of every page it sees. */
'use strict';

const fs = require('fs');
const path = require('path');

const cfg = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const {chromium} = require(cfg.driver);
const WAIT = 60000; /* judging under a loaded machine: generous, never a timing assertion */

let failures = 0;
function check(ok, what) {
  if (!ok) {
    failures++;
    throw new Error('check failed: ' + what);
  }
  console.log('ok   ' + what);
}

/* A browser context as one member, phone-sized or desktop-sized, that fails the run on any
 * script error, CSP violation or dialog (an alert() from an injected script). */
async function member(browser, name, phone) {
  const ctx = await browser.newContext(phone
    ? {viewport: {width: 390, height: 844}, deviceScaleFactor: 2, isMobile: true, hasTouch: true}
    : {viewport: {width: 1280, height: 900}});
  const page = await ctx.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push('script error: ' + e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/401|403|Unauthorized|Forbidden/.test(m.text()))
      page.problems.push('console: ' + m.text());
  });
  page.on('dialog', async (d) => {
    page.problems.push('a dialog opened: ' + d.message());
    await d.dismiss();
  });
  page.label = (phone ? 'phone-' : 'desktop-') + name.replace(/[^a-z0-9]+/gi, '_');
  return page;
}

/* Saves the page; at phone width, checks first that nothing makes the page itself scroll
 * sideways (a wide table or source scrolls in its own box). */
async function shot(page, what) {
  if (page.label.startsWith('phone-')) {
    const [wide, width, culprit] = await page.evaluate(() => {
      const w = document.documentElement.clientWidth;
      let worst = '';
      for (const el of document.body.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.right > w + 1 && !worst)
          worst = el.tagName.toLowerCase() + (el.className ? '.' + el.className : '');
      }
      return [document.documentElement.scrollWidth, w, worst];
    });
    check(wide <= width + 1, `${page.label} ${what}: fits the phone's width ` +
          `(${wide} px wide in ${width}${culprit ? ', ' + culprit + ' sticks out' : ''})`);
  }
  await page.screenshot({path: path.join(cfg.shots, `${page.label}-${what}.png`), fullPage: true});
}

async function clean(page, where) {
  check(page.problems.length === 0, `${page.label} ${where}: no script error, CSP violation ` +
        `or dialog (${page.problems.join('; ')})`);
  const xss = await page.evaluate(() => window.__xss);
  check(xss === undefined, `${page.label} ${where}: no injected script ran (window.__xss=${xss})`);
}

async function signIn(page, who) {
  await page.goto(cfg.url);
  await page.waitForSelector('#signin');
  await shot(page, 'signin');
  await page.fill('#token', cfg.tokens[who]);
  await page.click('#signin button[type=submit]');
  await page.waitForSelector('h1:text-is("Weeks")', {timeout: WAIT});
  const me = await page.textContent('#who .me');
  check(me === who, `${page.label}: signed in as ${JSON.stringify(who)} (shown ${JSON.stringify(me)})`);
}

async function go(page, hash, selector) {
  await page.evaluate((h) => { location.hash = h; }, hash);
  await page.waitForSelector(selector, {timeout: WAIT});
}

/* Submits by pasting on the problem's page; returns the verdict the page shows once judged,
 * having checked the page was not reloaded on the way. */
async function submitPaste(page, source, what) {
  await go(page, '#/problem/' + cfg.problem, '#submit');
  await page.evaluate(() => { window.__same = 'not reloaded'; });
  await page.fill('#source', source);
  await page.selectOption('#language', 'python');
  await page.click('#submit button[type=submit]');
  await page.waitForFunction(() => /^#\/submission\/\d+$/.test(location.hash), null,
                             {timeout: WAIT});
  await page.waitForSelector('#outcome .result .verdict', {timeout: WAIT});
  const same = await page.evaluate(() => window.__same);
  check(same === 'not reloaded', `${page.label} ${what}: the verdict came without a reload`);
  await shot(page, 'submission-' + what);
  return (await page.textContent('#outcome .result .verdict')).trim();
}

(async () => {
  const browser = await chromium.launch({executablePath: cfg.chromium, headless: true});
  try {
    const ben = await member(browser, 'ben', true);
    await signIn(ben, 'ben');
    await shot(ben, 'weeks');
    /* The weeks need none of the libraries: a phone is not made to fetch them. */
    const fetched = await ben.evaluate(() => performance.getEntriesByType('resource')
      .map((e) => ({name: new URL(e.name).pathname, bytes: e.encodedBodySize})));
    const scripts = fetched.filter((e) => /\.js$/.test(e.name)).map((e) => e.name);
    check(JSON.stringify(scripts) === '["/web/app.js"]', `the weeks load app.js only (${scripts})`);
    console.log(`note the weeks page fetched ${fetched.length} files, ` +
                `${fetched.reduce((n, e) => n + e.bytes, 0)} bytes`);
    await clean(ben, 'weeks');

    /* The problem: Markdown rendered, math typeset, the statement's script and script link
     * not kept, the code span left alone. */
    await go(ben, '#/problem/' + cfg.problem, '#statement');
    const st = await ben.evaluate(() => {
      const s = document.getElementById('statement');
      const a = s.querySelector('a');
      return {katex: s.querySelectorAll('.katex').length, errors: s.querySelectorAll('.katex-error').length,
              em: s.querySelectorAll('em').length, scripts: s.querySelectorAll('script').length,
              href: a ? a.getAttribute('href') : null, code: (s.querySelector('code') || {}).textContent,
              h1: (s.querySelector('h1') || {}).textContent};
    });
    check(st.h1 === 'Sum of two', `the statement's heading rendered (${st.h1})`);
    check(st.katex === 7 && st.errors === 0 && st.em === 0,
          `the statement's 7 formulas typeset as written (${st.katex}, ${st.errors} errors, ${st.em} <em>)`);
    check(st.scripts === 0 && !/javascript/i.test(st.href || ''),
          `the statement's <script> and javascript: link left out (href ${st.href})`);
    check(st.code === 'code $not math$', `a code span is not math (${st.code})`);
    await shot(ben, 'problem');

    /* Submitting: the verdict arrives on the same page. */
    check(await submitPaste(ben, cfg.wa, 'wa') === 'WA', 'a wrong answer is WA');
    const rows = await ben.$$eval('table.tests tbody tr', (r) => r.length);
    check(rows === 3, `the per-test table has the problem's 3 tests (${rows})`);
    const why = await ben.textContent('#outcome .why');
    check(/expected '3', got '-1'|expected '12', got '-2'/.test(why), `why it failed: ${why}`);
    const sample = await ben.$$eval('#failure pre', (p) => p.map((x) => x.textContent));
    check(JSON.stringify(sample) === JSON.stringify(['1 2\n', '3\n', '-1\n']),
          `the failed sample's input, answer and output (${JSON.stringify(sample)})`);
    check(/First difference at line 1, column 1/.test(await ben.textContent('#failure .why')),
          'the first difference');

    /* A compilation error: the compiler's message. */
    check(await submitPaste(ben, 'def f(:\n', 'ce') === 'CE', 'a syntax error is CE');
    const compile = await ben.textContent('#compile');
    check(/SyntaxError|invalid syntax/.test(compile), `the compiler's message is shown (${compile.slice(0, 80)})`);

    /* A source holding </script><script>: shown as text. */
    check(await submitPaste(ben, cfg.script_src, 'script-source') === 'WA', 'the script source is WA');
    const src = await ben.textContent('pre.source');
    check(src.includes("</script><script>window.__xss = 'source'</script>"),
          'the source shows its <script> as text');
    /* An output holding HTML: the message shows it as text, no element made of it. */
    check(await submitPaste(ben, cfg.html_out, 'html-output') === 'WA', 'the HTML output is WA');
    const msg = await ben.$$eval('td.message', (t) => t.map((x) => x.textContent).join('\n'));
    const made = await ben.$$eval('#outcome svg, #outcome b', (x) => x.length);
    check(msg.includes('<svg/onload=window.__xss=2><b>bold</b>') && made === 0,
          'an output with HTML shows as text');
    /* Ben logs what went wrong with it. */
    await ben.selectOption('#mistake-kind', 'output-format');
    await ben.fill('#mistake-note', 'printed markup instead of the sum');
    await ben.click('#mistake button[type=submit]');
    await ben.waitForFunction(() => document.querySelector('#mistake [role=status]').textContent !== '',
                              null, {timeout: WAIT});
    const logged = await ben.textContent('#mistake [role=status]');
    check(/output-format|recorded|logged/i.test(logged), `the mistake is logged (${logged})`);
    await shot(ben, 'mistake');
    await clean(ben, 'submissions');

    /* The board, live: ben watches the week while ana and the member named like a tag solve. */
    await go(ben, '#/week/' + cfg.week, '#board table.board');
    await ben.evaluate(() => { window.__same = 'not reloaded'; });
    await shot(ben, 'week');
    const ana = await member(browser, 'ana', false);
    await signIn(ana, 'ana');
    check(await submitPaste(ana, cfg.ac, 'ac') === 'AC', 'ana is accepted');
    await ben.waitForSelector('#board tr[data-user="ana"] td.cell.ok, #board tr[data-user="ana"] td.cell.late',
                              {timeout: WAIT});
    check(await ben.evaluate(() => window.__same) === 'not reloaded',
          "ana's solve reached ben's board without a reload");
    /* Side by side, before ben has solved it: the honesty rule keeps ana's source from him. */
    await go(ben, `#/compare/${cfg.problem}/${cfg.week}`, '.sides');
    const early = await ben.evaluate(() => [...document.querySelectorAll('.side')].map((x) => ({
      who: x.querySelector('h2').firstChild.textContent, hidden: !!x.querySelector('.hidden-source'),
      code: !!x.querySelector('pre.source')})));
    const anaSide = early.find((x) => x.who === 'ana');
    check(anaSide && anaSide.hidden && !anaSide.code, `ana's source is hidden from ben (${JSON.stringify(early)})`);
    await shot(ben, 'compare-hidden');
    await go(ben, '#/week/' + cfg.week, '#board table.board');

    /* The member named like a tag submits a file: its name picks the language. */
    const tag = await member(browser, cfg.xss_name, true);
    await signIn(tag, cfg.xss_name);
    await go(tag, '#/problem/' + cfg.problem, '#submit');
    await tag.setInputFiles('#source-file', {name: 'sum.py', mimeType: 'text/x-python',
                                             buffer: Buffer.from(cfg.ac)});
    await tag.waitForFunction(() => document.getElementById('language').value !== '', null,
                              {timeout: WAIT});
    check(await tag.inputValue('#language') === 'python', 'the file name picked the language');
    check(await tag.inputValue('#source') === cfg.ac, "the file's text is shown before it is sent");
    await tag.click('#submit button[type=submit]');
    await tag.waitForSelector('#outcome .result .verdict', {timeout: WAIT});
    await shot(tag, 'submission-file');
    check((await tag.textContent('#outcome .result .verdict')).trim() === 'AC',
          'the member named like a tag is accepted');
    await ben.waitForFunction((n) => [...document.querySelectorAll('#board tr')]
      .some((r) => r.getAttribute('data-user') === n), cfg.xss_name, {timeout: WAIT});
    const shown = await ben.evaluate((n) => {
      const r = [...document.querySelectorAll('#board tr')].find((x) => x.getAttribute('data-user') === n);
      return {text: r.querySelector('td:nth-child(2)').textContent, imgs: r.querySelectorAll('img').length};
    }, cfg.xss_name);
    check(shown.text === cfg.xss_name && shown.imgs === 0, "a member's name shows as text on the board");
    await shot(ben, 'week-updated');
    await shot(ana, 'submission');
    await clean(ben, 'board');
    await clean(ana, 'board');
    await clean(tag, 'board');

    /* Ben solves it at last; every page once more at both widths. */
    check(await submitPaste(ben, cfg.ac, 'ac') === 'AC', 'ben is accepted at the fifth try');
    for (const [hash, sel, what] of [['#/', 'ul.weeks', 'weeks'], ['#/problems', 'table', 'problems'],
                                      ['#/history', 'table', 'history']]) {
      for (const p of [ben, ana]) {
        await go(p, hash, sel);
        await shot(p, what);
      }
    }
    /* Ben's note, holding a <script>. */
    await go(ben, '#/problem/' + cfg.problem, '#note-form');
    await ben.fill('#note', cfg.note);
    await ben.click('#note-form button[type=submit]');
    await ben.waitForFunction(() => document.querySelector('#note-form [role=status]').textContent !== '',
                              null, {timeout: WAIT});
    check(/note recorded/.test(await ben.textContent('#note-form [role=status]')), 'the note is saved');

    /* The progress charts hold the points the history implies. */
    await go(ben, '#/member/ben', '#chart-mistakes');
    await ben.waitForFunction(() => window.Chart && ['chart-solved', 'chart-first-try', 'chart-attempts',
      'chart-mistakes'].every((id) => Chart.getChart(document.getElementById(id))), null, {timeout: WAIT});
    const points = await ben.evaluate(() => Object.fromEntries(['chart-solved', 'chart-first-try',
      'chart-attempts', 'chart-mistakes'].map((id) => {
      const c = Chart.getChart(document.getElementById(id));
      return [id, {labels: c.data.labels, values: c.data.datasets[0].data}];
    })));
    for (const [id, want] of Object.entries(cfg.charts)) {
      check(JSON.stringify(points[id]) === JSON.stringify(want),
            `${id} holds ${JSON.stringify(want)} (has ${JSON.stringify(points[id])})`);
    }
    await ben.waitForSelector('#mistakes tr.mistake, #notes .own-note', {timeout: WAIT});
    await ben.waitForSelector('#notes .own-note, #notes .error', {timeout: WAIT});
    const own = await ben.evaluate(() => ({
      mistakes: [...document.querySelectorAll('#mistakes tr.mistake td:nth-child(3)')].map((x) => x.textContent),
      notes: [...document.querySelectorAll('#notes .note')].map((x) => x.textContent)}));
    check(JSON.stringify(own.mistakes) === '["output-format"]' && own.notes.includes(cfg.note),
          `his mistake log and notes, the note as text (${JSON.stringify(own)})`);
    await shot(ben, 'progress');

    /* The meeting and the side-by-side view, as ana (who solved it: she sees the others). */
    await go(ana, `#/week/${cfg.week}/meeting`, '.agenda-item');
    const agenda = await ana.evaluate(() => ({
      notes: [...document.querySelectorAll('.note')].map((n) => n.textContent),
      scripts: document.querySelectorAll('main script').length,
      presenter: (document.querySelector('.presenter') || {}).textContent}));
    check(agenda.notes.includes(cfg.note) && agenda.scripts === 0,
          `ben's note is on the agenda as text (${JSON.stringify(agenda.notes)})`);
    check(['ana', 'ben', cfg.xss_name].includes(agenda.presenter), `a presenter is proposed (${agenda.presenter})`);
    await shot(ana, 'meeting');
    await go(ana, `#/compare/${cfg.problem}/${cfg.week}`, '.sides');
    await ana.waitForFunction(() => [...document.querySelectorAll('.sides pre.source code')]
      .every((c) => c.classList.contains('hljs')), null, {timeout: WAIT});
    const sides = await ana.evaluate(() => [...document.querySelectorAll('.side')].map((x) => ({
      who: x.querySelector('h2').firstChild.textContent, code: (x.querySelector('pre.source') || {}).textContent,
      lit: x.querySelectorAll('pre.source .hljs-keyword, pre.source .hljs-built_in, pre.source .hljs-string').length})));
    check(sides.length === 3 && sides.every((x) => x.code && x.lit > 0),
          `three solutions side by side, highlighted (${JSON.stringify(sides.map((x) => [x.who, x.lit]))})`);
    await shot(ana, 'compare');
    await go(ana, '#/member/' + encodeURIComponent(cfg.xss_name), '#chart-solved');
    check((await ana.textContent('main h1')).includes(cfg.xss_name), "a member's page titled with the name as text");
    await shot(ana, 'member-tag');

    /* The group's members, for an admin only. */
    await go(ana, '#/admin', '#add-member');
    const names = await ana.$$eval('main table tbody tr td:first-child', (t) => t.map((x) => x.textContent));
    check(names.includes(cfg.xss_name) && names.includes('ben'), `the members are listed (${names.length})`);
    await ana.fill('#member-name', 'dee');
    await ana.click('#add-member button[type=submit]');
    await ana.waitForSelector('#new-token code.token', {timeout: WAIT});
    check(/^jt_[0-9a-f]{64}$/.test(await ana.textContent('#new-token code.token')), "dee's token is shown once");
    await ana.waitForFunction(() => [...document.querySelectorAll('#members tbody td:first-child')]
      .some((t) => t.textContent === 'dee'), null, {timeout: WAIT});
    await shot(ana, 'members');
    await go(ben, '#/admin', 'main .error');
    check(/only an admin/.test(await ben.textContent('main .error')), 'a member is not shown the members');
    await shot(ben, 'members-refused');

    /* Signing out: the pages ask for the token again. */
    await ben.click('#signout');
    await ben.waitForSelector('#signin', {timeout: WAIT});
    const after = await ben.evaluate(async () => (await fetch('/api/v1/me')).status);
    check(after === 401, `signed out, the cookie no longer answers (${after})`);

    await clean(ben, 'the end');
    await clean(ana, 'the end');
  } finally {
    await browser.close();
  }
})().then(() => process.exit(failures ? 1 : 0), (e) => {
  console.error(e && e.stack ? e.stack : e);
  process.exit(1);
});
