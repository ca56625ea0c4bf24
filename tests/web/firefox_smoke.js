// The school's page in Firefox ESR (Debian's firefox-esr), opened from
// file://, driven with puppeteer-core over WebDriver BiDi. A smoke test: the
// full suite (page_tests.js) runs in Chromium; this shows the same page
// starts, checks, loads and saves in Firefox:
//   ready      window.baocao.ready resolves, no page error, nothing fetched;
//   check      check() of a file with known mistakes says, byte for byte,
//              what `baocao validate` says (text and JSON, vi and en);
//   typing     a count typed as 1.200 in its field is said at that field;
//   roundtrip  load(valid file) then save() is valid for the command, and a
//              known key in the wrong shape is kept in the saved file.
// Usage: node firefox_smoke.js BAOCAO SOURCE_DIR WORK_DIR
'use strict';
const puppeteer = require('puppeteer-core');
const fs = require('fs');
const path = require('path');
const { fail, emptyFolder, runProgram, finish } = require('./harness');

const [bin, srcArg, work] = process.argv.slice(2);
const src = path.resolve(srcArg);
const baocao = path.resolve(bin);
const dir = path.join(src, 'examples');
emptyFolder(work);
const run = args => runProgram(baocao, args, dir);
const write = (name, text) => { const f = path.join(work, name); fs.writeFileSync(f, text); return f; };

(async () => {
  const pageFile = path.join(work, 'TH-VH.html');
  const made = run(['form', '--config', 'baocao.yaml', '--school', 'TH-VH', '-o', pageFile]);
  if (made.code !== 0) throw new Error('baocao form: ' + made.err);
  const browser = await puppeteer.launch({
    browser: 'firefox', protocol: 'webDriverBiDi', headless: true,
    executablePath: process.env.BAOCAO_FIREFOX || '/usr/bin/firefox-esr'
  });
  try {
    const page = await browser.newPage();
    page.on('pageerror', e => fail('page error', e.message));
    // Firefox itself loads a data: font; anything over the network is a failure.
    page.on('request', r => { if (/^(https?|wss?|ftp):/i.test(r.url())) fail('network', 'the page asked for ' + r.url()); });
    await page.goto('file://' + pageFile);
    const agent = await page.evaluate(() => window.baocao.ready.then(() => navigator.userAgent));
    if (!/Firefox\//.test(agent)) fail('ready: not Firefox', agent);
    console.log('ready: ' + agent);

    const good = fs.readFileSync(path.join(dir, 'nop/th-vh.yaml'), 'utf8');
    const wrong = good.replace(/^  total: 47$/m, '  total: 1.200').replace(/^  date: 27\/04\/2024$/m, '  date: 31/04/2024')
      .replace(/^communication_program: có$/m, 'communication_program: rồi');
    if (wrong === good) throw new Error('could not edit the file');
    const wrongFile = write('th-vh.yaml', wrong);
    let compared = 0;
    for (const lang of ['vi', 'en']) {
      const text = run(['validate', '--config', 'baocao.yaml', '--lang', lang, wrongFile]);
      const json = run(['validate', '--config', 'baocao.yaml', '--lang', lang, '--format', 'json', wrongFile]);
      const got = await page.evaluate((t, o) => { const r = window.baocao.check(t, o); return { text: r.text, jsonText: r.jsonText, exit: r.exit }; },
        wrong, { lang, name: wrongFile });
      if (got.text !== text.out) fail(`check --lang ${lang}: text differs from validate`, `validate:\n${text.out}\npage:\n${got.text}`);
      if (got.jsonText !== json.out) fail(`check --lang ${lang}: JSON differs from validate`);
      if (got.exit !== text.code || text.code !== 1) fail(`check --lang ${lang}: exit ${got.exit}, validate's ${text.code}`);
      if (!/E103/.test(got.text)) fail(`check --lang ${lang}: no E103`, got.text);
      compared++;
    }
    console.log(`check: ${compared} comparisons with validate, byte for byte`);

    await page.evaluate(t => { window.baocao.load(t); }, good);
    const input = '.field[data-path="staff.total"] input';
    await page.click(input, { count: 3 });
    await page.type(input, '1.200');
    await new Promise(r => setTimeout(r, 800));  // the check is debounced
    const said = await page.$eval('.field[data-path="staff.total"] .diags', e => e.textContent);
    if (!/E103/.test(said) || !/1\.200/.test(said)) fail('typing: no E103 at staff.total', said);
    else console.log('typing: the mistake is said at its field');

    const saved = await page.evaluate(t => { window.baocao.load(t); return window.baocao.save(); }, good);
    const v = run(['validate', '--config', 'baocao.yaml', write('saved.yaml', saved)]);
    if (v.code !== 0) fail('roundtrip: the saved file does not validate', v.out);
    const savedWrong = await page.evaluate(t => { window.baocao.load(t); return window.baocao.save(); }, wrong);
    if (!savedWrong.includes('\ncommunication_program: rồi\n')) fail('roundtrip: the wrong-shape entry is not kept', savedWrong);
    if (!savedWrong.includes('total: "1.200"') && !savedWrong.includes('total: 1.200')) fail('roundtrip: 1.200 not kept as typed', savedWrong);
    console.log('roundtrip: loaded, saved, valid; a wrong-shape entry kept');
  } finally {
    await browser.close();
  }
  finish();
})().catch(e => { console.log('FAIL ' + (e.stack || e)); process.exit(1); });
