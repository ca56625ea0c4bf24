// The school's page (`baocao form`) in the system Chromium, network off,
// opened from file://:
//   parity     check() says what `baocao validate` says, text and JSON, byte
//              for byte, of every file in tests/cases (its bytes, its case's
//              options, both languages) and every example school;
//   roundtrip  load(valid file) then save() gives a file the command reads
//              as valid, with the same compile JSON totals;
//   byhand     a blank form filled through the page as a teacher would, with
//              a count 1.200 and a date 31/04/2024: each shown at its field;
//              fixed, saved with the "Lưu tệp" button, valid for the command;
//   unknown    keys the form has no field for (last year's file): shown,
//              saved unchanged, dropped only with their button;
//   wrongshape known keys written in a shape their field does not take
//              (`staff: 47`, an item that is one text): shown at their
//              field, the field shut, saved unchanged, still said wrong;
//              dropped by hand, the field opens again;
//   comments   the school's own # lines, above a key, an item, an unknown
//              key and at the end, are saved above the same entry (an item's
//              follow it when an item before it is removed), and a saved
//              file opened and saved again is the same;
//   whencodes  a field required when a code field holds given codes shows
//              only then, and its E203 shows at it;
//   drafts     two schools' drafts in one browser profile stay apart;
//   hostile    </script>, <img onerror>, bidi controls in the roster and in a
//              school's values stay text;
//   bench      page size, time to ready, one check of a 200-line file
//              (printed, not asserted).
// Usage: node page_tests.js BAOCAO SOURCE_DIR WORK_DIR [TEST...]
'use strict';
const { chromium } = require('playwright-core');
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { fail, emptyFolder, runProgram, finish } = require('./harness');

const [bin, srcArg, work, ...only] = process.argv.slice(2);
const src = path.resolve(srcArg);
const baocao = path.resolve(bin);
emptyFolder(work);
const run = (args, cwd) => runProgram(baocao, args, cwd);

function makePage(name, args, cwd) {
  const out = path.join(work, name + '.html');
  const r = run(['form', ...args, '-o', out], cwd);
  if (r.code !== 0) throw new Error('baocao form ' + args.join(' ') + ': ' + r.err);
  return out;
}

let browser;
async function open(file, context) {
  const ctx = context || await browser.newContext({ offline: true, acceptDownloads: true });
  // Nothing but the page itself may be fetched.
  await ctx.route('**/*', r => {
    if (r.request().url().startsWith('file:')) return r.continue();
    fail('network', 'the page asked for ' + r.request().url());
    return r.abort();
  });
  const page = await ctx.newPage();
  page.on('pageerror', e => fail('page error in ' + path.basename(file), e.message));
  await page.goto('file://' + file);
  await page.evaluate(() => window.baocao.ready);
  return { page, ctx };
}

// The case's options: its `# args:` line (--strict), its roster (every case
// runs beside tests/cases/baocao.yaml, as tests/run_cases.sh runs them).
function caseArgs(bytes) {
  const header = bytes.toString('latin1').replace(/\0|\xfe|\xff/g, '');
  const m = header.match(/^# args: *(.*)$/m);
  return m ? m[1].trim().split(/\s+/) : [];
}

// `strictToo`: also with --strict, whose exit code the page must match.
async function parityOf(title, pageFile, dir, files, extra, strictToo) {
  const { page, ctx } = await open(pageFile);
  let compared = 0;
  for (const f of files) {
    const bytes = fs.readFileSync(path.join(dir, f));
    const variants = [(extra || []).concat(caseArgs(bytes))];
    if (strictToo) variants.push(variants[0].concat(['--strict']));
    for (const args of variants) for (const lang of ['vi', 'en']) {
      const strict = args.includes('--strict');
      const text = run(['validate', '--lang', lang, ...args, f], dir);
      const json = run(['validate', '--lang', lang, '--format', 'json', ...args, f], dir);
      const got = await page.evaluate(([b, o]) => window.baocao.check(new Uint8Array(b), o),
        [Array.from(bytes), { strict, lang, name: f }]);
      if (got.text !== text.out) fail(`parity ${title} ${f} --lang ${lang}: text`, diff(text.out, got.text));
      if (got.jsonText !== json.out) fail(`parity ${title} ${f} --lang ${lang}: JSON`, diff(json.out, got.jsonText));
      if (JSON.stringify(got.json) !== JSON.stringify(JSON.parse(json.out))) fail(`parity ${title} ${f}: parsed JSON`);
      if (got.exit !== text.code) fail(`parity ${title} ${f} --lang ${lang}: exit ${got.exit}, the command's ${text.code}`);
      compared++;
    }
  }
  await ctx.close();
  console.log(`parity ${title}: ${files.length} files, ${compared} comparisons`);
}

function diff(want, got) {
  const a = want.split('\n'), b = got.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    if (a[i] !== b[i]) return `line ${i + 1}\n  validate: ${a[i]}\n  page:     ${b[i]}`;
  return '';
}

const yamls = dir => fs.readdirSync(dir).filter(f => /\.ya?ml$/.test(f) && f !== 'baocao.yaml').sort();

const tests = {
  async parity() {
    const cases = path.join(src, 'tests/cases');
    await parityOf('tests/cases', makePage('cases', ['--config', 'baocao.yaml'], cases), cases, yamls(cases));
    const nop = path.join(src, 'examples/nop');
    await parityOf('examples', makePage('examples', ['--config', '../baocao.yaml'], nop), nop, yamls(nop), ['--config', '../baocao.yaml'], true);
    const pcmt = path.join(src, 'examples/pcmt-2025/nop');
    const pcmtArgs = ['--config', '../baocao.yaml', '--plan', '../ke-hoach-pcmt-2025.yaml'];
    await parityOf('examples/pcmt-2025', makePage('pcmt', pcmtArgs, pcmt), pcmt, yamls(pcmt), pcmtArgs);
    const blhd = path.join(src, 'examples/bao-luc-hoc-duong/nop');
    const blhdArgs = ['--config', '../baocao.yaml', '--plan', '../ke-hoach-blhd-2025.yaml'];
    await parityOf('examples/bao-luc-hoc-duong', makePage('blhd', blhdArgs, blhd), blhd, yamls(blhd), blhdArgs);
  },

  async roundtrip() {
    const offices = [['examples', path.join(src, 'examples'), []],
      ['pcmt-2025', path.join(src, 'examples/pcmt-2025'), ['--plan', 'ke-hoach-pcmt-2025.yaml']],
      ['bao-luc-hoc-duong', path.join(src, 'examples/bao-luc-hoc-duong'), ['--plan', 'ke-hoach-blhd-2025.yaml']]];
    for (const [name, dir, plan] of offices) {
      const pageFile = makePage('rt-' + name, ['--config', 'baocao.yaml', ...plan], dir);
      const { page, ctx } = await open(pageFile);
      let n = 0;
      for (const f of yamls(path.join(dir, 'nop'))) {
        const file = path.join(dir, 'nop', f);
        if (run(['validate', '--config', 'baocao.yaml', ...plan, file], dir).code !== 0) continue;  // valid files only
        const saved = await page.evaluate(b => { window.baocao.load(new Uint8Array(b)); return window.baocao.save(); },
          Array.from(fs.readFileSync(file)));
        const out = path.join(work, 'rt', name, f);
        fs.mkdirSync(path.dirname(out), { recursive: true });
        fs.writeFileSync(out, saved);
        const v = run(['validate', '--config', 'baocao.yaml', ...plan, out], dir);
        if (v.code !== 0) { fail(`roundtrip ${name}/${f}: the saved file does not validate`, v.out); continue; }
        const totals = p => JSON.parse(run(['compile', '--config', 'baocao.yaml', ...plan, p, '-o', '-', '--format', 'json'], dir).out).totals;
        const a = JSON.stringify(totals(file)), b = JSON.stringify(totals(out));
        if (a !== b) fail(`roundtrip ${name}/${f}: compile totals differ`, `original ${a}\nsaved    ${b}`);
        if (!saved.startsWith('# yaml-language-server: $schema=')) fail(`roundtrip ${name}/${f}: no $schema line`);
        n++;
      }
      if (n === 0) fail(`roundtrip ${name}: no valid file to try`);
      console.log(`roundtrip ${name}: ${n} valid files saved and read back`);
      await ctx.close();
    }
  },

  async byhand() {
    const dir = path.join(src, 'examples');
    const pageFile = makePage('byhand', ['--config', 'baocao.yaml', '--school', 'TH-VH'], dir);
    const { page, ctx } = await open(pageFile);
    const field = p => page.locator(`.field[data-path="${p}"]`);
    const input = p => field(p).locator('input, select').first();
    await input('prepared.by').fill('Nguyễn Văn An');
    await input('prepared.position').fill('Hiệu trưởng');
    await input('staff.total').fill('1.200');  // a typical mistake
    await input('staff.informed').fill('40');
    await input('students.total').fill('300');
    await input('students.reached').fill('300');
    await field('school_plan.issued').locator('input').press('Space');  // a switch, by keyboard
    await input('school_plan.number').fill('15/KH-TH');
    await input('school_plan.date').fill('31/04/2024');  // April has 30 days
    await page.getByRole('button', { name: /Thêm mục — tiết dạy/ }).click();
    await input('lessons[0].subject').fill('Đạo đức');
    await input('lessons[0].title').fill('Em biết tự bảo vệ mình');
    await input('lessons[0].date').fill('15/05/2024');
    await input('lessons[0].students').fill('35');
    await field('lessons[0].topics').getByLabel('Phòng, chống mại dâm').check();
    await page.waitForTimeout(600);  // the check is debounced
    const at = async p => (await field(p).locator('.diags').textContent()) || '';
    const count = await at('staff.total'), date = await at('school_plan.date');
    if (!/E103/.test(count) || !/1\.200/.test(count)) fail('byhand: no E103 at staff.total', count);
    if (!/E10\d/.test(date) || !/31\/04\/2024/.test(date)) fail('byhand: no date error at school_plan.date', date);
    if (await field('school_plan.number').isHidden()) fail('byhand: school_plan.number hidden with the flag set');
    await input('staff.total').fill('45');
    await input('school_plan.date').fill('30/04/2024');
    await page.waitForTimeout(600);
    if ((await at('staff.total')) + (await at('school_plan.date'))) fail('byhand: the fixed fields still show a message');
    if (await page.locator('.diag:not(.warning)').count()) fail('byhand: errors left', await page.locator('#summary').textContent());
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lưu tệp' }).click()]);
    const saved = path.join(work, 'byhand', download.suggestedFilename());
    await download.saveAs(saved);
    const v = run(['validate', '--config', 'baocao.yaml', saved], dir);
    if (v.code !== 0 || !/0 lỗi/.test(v.out)) fail('byhand: the saved file is not valid', v.out);
    if (download.suggestedFilename() !== 'TH-VH.yaml') fail('byhand: saved as ' + download.suggestedFilename());
    const blank = run(['init', '--config', 'baocao.yaml', '--school', 'TH-VH'], dir).out;
    const comments = t => t.split('\n').filter(l => /^\s*#/.test(l) && !/^#\s{1,2}- |^#\s{4}\w/.test(l)).join('\n');
    if (comments(fs.readFileSync(saved, 'utf8')) !== comments(blank)) fail("byhand: the saved file's comments are not init's");
    await page.screenshot({ path: path.join(work, 'filled.png'), fullPage: false });
    await ctx.close();
    console.log('byhand: filled, mistakes shown at their fields, fixed, saved, valid');
  },

  // A field the plan requires when a code field holds one of given codes
  // (required_when: {field, any_of}) shows only then, and is asked for there.
  async whencodes() {
    const dir = path.join(src, 'examples/bao-luc-hoc-duong');
    const { page, ctx } = await open(makePage('whencodes', ['--config', 'baocao.yaml', '--plan', 'ke-hoach-blhd-2025.yaml',
      '--school', 'PTDTBT-XN'], dir));
    const field = p => page.locator(`.field[data-path="${p}"]`);
    await page.getByRole('button', { name: /Thêm mục — vụ việc/ }).click();
    const agency = field('incidents[0].referred_to');
    const referred = field('incidents[0].handled').getByLabel('Chuyển công an, cơ quan chức năng');
    if (!(await agency.isHidden())) fail('whencodes: the agency shows before any handling is ticked');
    await field('incidents[0].handled').getByLabel('Tư vấn tâm lý').check();
    if (!(await agency.isHidden())) fail('whencodes: the agency shows for counselling alone');
    await referred.check();
    if (await agency.isHidden()) fail('whencodes: the agency is hidden with the case referred');
    await page.waitForTimeout(600);  // the check is debounced
    const said = (await agency.locator('.diags').textContent()) || '';
    if (!/E203/.test(said)) fail('whencodes: no E203 at the agency', said);
    await agency.locator('input').fill('Công an xã Xuân Nha');
    await page.waitForTimeout(600);
    if (/E203/.test((await agency.locator('.diags').textContent()) || '')) fail('whencodes: E203 stays after the agency is written');
    await referred.uncheck();
    if (!(await agency.isHidden())) fail('whencodes: the agency shows after the referral is unticked');
    await ctx.close();
    console.log('whencodes: the agency shows and is asked for only when the case is referred');
  },

  // A file that is not the form's YAML: its text, its messages with their
  // source lines, fixed in place, then into the form.
  async source() {
    const dir = path.join(src, 'examples');
    const { page, ctx } = await open(makePage('source', ['--config', 'baocao.yaml', '--school', 'TH-VH'], dir));
    const good = fs.readFileSync(path.join(dir, 'nop/th-vh.yaml'), 'utf8');
    const broken = good.replace(/^(\s*topics: \[[^\]\n]*)\]/m, '$1');
    if (broken === good) throw new Error('could not break the file');
    await page.evaluate(t => window.baocao.load(t), broken);
    if (!(await page.isVisible('#source')) || await page.isVisible('#form')) fail('source: the text is not shown to be fixed');
    if ((await page.inputValue('#source-text')) !== broken) fail('source: the text shown is not the file');
    const said = await page.textContent('#source-check');
    if (!/E002/.test(said) || !/\^/.test(said)) fail('source: no located message with its source line', said);
    await page.fill('#source-text', good);
    await page.click('#source-use', { timeout: 5000 });
    if (!(await page.isVisible('#form'))) fail('source: the fixed text did not go into the form');
    const by = await page.inputValue('.field[data-path="prepared.by"] input');
    if (!good.includes(by) || !by) fail('source: prepared.by is "' + by + '"');
    await ctx.close();
    console.log('source: unreadable text shown, fixed in place, put into the form');
  },

  // Last year's file, or one with keys the form has no field for: what the
  // page cannot show is shown as text, kept on save, dropped only by hand.
  async unknown() {
    const dir = path.join(src, 'examples');
    const { page, ctx } = await open(makePage('unknown', ['--config', 'baocao.yaml', '--school', 'TH-VH'], dir));
    const good = fs.readFileSync(path.join(dir, 'nop/th-vh.yaml'), 'utf8');
    const edits = [
      [/^staff:\n/m, 'staff:\n  nhan_vien_hop_dong: 3\n'],
      [/^(  - subject: Hoạt động trải nghiệm\n)/m, '$1    giao_vien: Lò Thị Lan\n'],
      [/participants: \{staff: 47, /, 'participants: {staff: 47, khach: "năm, sáu", '],
      [/$/, 'ghi_chu: |\n  Năm 2023 trường có 2 điểm lẻ.\n    Dòng thụt vào.\n# hết\n'],
      // Pasted a second time: the form holds the first, the page keeps this one.
      [/$/, 'lessons:\n  - subject: Dán lần nữa\n    title: Bài thêm\n']];
    let text = good;
    for (const [re, to] of edits) {
      const before = text;
      text = text.replace(re, to);
      if (text === before) throw new Error('could not edit the file at ' + re);
    }
    const original = path.join(work, 'unknown', 'th-vh.yaml');
    fs.mkdirSync(path.dirname(original), { recursive: true });
    fs.writeFileSync(original, text);
    await page.setInputFiles('#open-file', original);  // "Mở tệp"
    await page.waitForTimeout(300);
    const shownAt = async sel => (await page.locator(sel + ' > .extras').textContent()) || '';
    const want = [['[data-path="staff"]', 'nhan_vien_hop_dong: 3'], ['[data-path="lessons[1]"]', 'giao_vien: Lò Thị Lan'],
      ['[data-path="activities[0].participants"]', 'khach: "năm, sáu"'],
      ['#form', 'ghi_chu: |\n  Năm 2023 trường có 2 điểm lẻ.\n    Dòng thụt vào.'],
      ['#form', 'lessons:\n  - subject: Dán lần nữa\n    title: Bài thêm']];
    for (const [sel, entry] of want) {
      const at = await shownAt(sel);
      if (!at.includes(entry) || !/không đưa vào ô nào được/.test(at)) fail(`unknown: ${sel} does not show "${entry}"`, at);
    }
    const item = (await page.locator('[data-path="lessons[1]"] > .diags').textContent()) || '';
    if (!/E101/.test(item) || !/giao_vien/.test(item)) fail("unknown: the item's unknown key is not said at the item", item);
    const diagsOf = file => JSON.parse(run(['validate', '--config', 'baocao.yaml', '--format', 'json', file], dir).out)
      .files[0].diagnostics.map(d => d.code + ' ' + d.key).sort().join('\n');
    const saveFile = async name => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lưu tệp' }).click()]);
      const saved = path.join(work, 'unknown', name);
      await download.saveAs(saved);
      return saved;
    };
    const saved = await saveFile('saved.yaml');
    const savedText = fs.readFileSync(saved, 'utf8');
    for (const entry of ['\n  nhan_vien_hop_dong: 3\n', '\n    giao_vien: Lò Thị Lan\n', '\n      khach: "năm, sáu"\n',
      '\nghi_chu: |\n  Năm 2023 trường có 2 điểm lẻ.\n    Dòng thụt vào.\n', '\nlessons:\n  - subject: Dán lần nữa\n    title: Bài thêm\n'])
      if (!savedText.includes(entry)) fail('unknown: the saved file lacks ' + JSON.stringify(entry), savedText);
    const before = diagsOf(original), after = diagsOf(saved);
    if (before !== after) fail("unknown: the saved file's messages are not the opened file's", `opened:\n${before}\nsaved:\n${after}`);
    if ((before.match(/E101/g) || []).length !== 4) fail('unknown: the opened file should have 4 unknown keys', before);
    if (!/^E005 /m.test(before)) fail('unknown: the opened file should have a key written twice', before);
    // Dropped by hand: that one goes, the others stay; an item's follow it.
    await page.locator('[data-path="staff"] > .extras button', { hasText: 'Bỏ phần này' }).click();
    await page.locator('[data-path="lessons[0]"] > button.remove').click();
    await page.waitForTimeout(600);
    if (!(await shownAt('[data-path="lessons[0]"]')).includes('giao_vien')) fail("unknown: the item's part did not follow its item");
    const dropped = diagsOf(await saveFile('dropped.yaml'));
    const left = before.split('\n').filter(l => !/nhan_vien_hop_dong/.test(l)).join('\n').replace('lessons[2].giao_vien', 'lessons[1].giao_vien');
    if (dropped !== left) fail('unknown: after dropping one part', `want:\n${left}\ngot:\n${dropped}`);
    await ctx.close();
    console.log('unknown: parts the form cannot show shown, kept on save, dropped by hand');
  },

  // Known keys written in a shape their field does not take: the teacher's
  // text is shown at its field, kept on save in its place, and the check
  // still says it is wrong, as it does of the opened file.
  async wrongshape() {
    const dir = path.join(src, 'examples');
    const { page, ctx } = await open(makePage('wrongshape', ['--config', 'baocao.yaml', '--school', 'TH-VH'], dir));
    const good = fs.readFileSync(path.join(dir, 'nop/th-vh.yaml'), 'utf8');
    const edits = [
      [/^staff:\n  total: 47\n  informed: 45\n/m, 'staff: 47   # cả trường\n'],
      [/^  issued: có\n/m, '  issued: [có]\n'],
      [/^communication_program: có\n/m, 'communication_program: rồi\n'],
      [/^lessons:\n/m, 'lessons:\n  - Giáo dục địa phương, lớp 4, 30 em\n'],
      [/^    topics: \[ky_nang_song, ma_tuy\]\n/m, '    topics:\n      ky_nang_song: có\n'],
      [/^activities:\n(  .*\n)+/m, 'activities: 5\n']];
    let text = good;
    for (const [re, to] of edits) {
      const before = text;
      text = text.replace(re, to);
      if (text === before) throw new Error('could not edit the file at ' + re);
    }
    const original = path.join(work, 'wrongshape', 'th-vh.yaml');
    fs.mkdirSync(path.dirname(original), { recursive: true });
    fs.writeFileSync(original, text);
    await page.setInputFiles('#open-file', original);  // "Mở tệp"
    await page.waitForTimeout(300);
    const want = [['staff', 'staff: 47   # cả trường'], ['school_plan.issued', 'issued: [có]'],
      ['communication_program', 'communication_program: rồi'], ['lessons[0]', '- Giáo dục địa phương, lớp 4, 30 em'],
      ['lessons[3].topics', 'topics:\n  ky_nang_song: có'], ['activities', 'activities: 5']];
    for (const [p, entry] of want) {
      const at = (await page.locator(`[data-path="${p}"] > .written`).textContent()) || '';
      if (!at.includes(entry) || !/viết chưa đúng dạng/.test(at)) fail(`wrongshape: ${p} does not show "${entry}"`, at);
      const said = (await page.locator(`[data-path="${p}"] > .diags`).textContent()) || '';
      if (!/E\d\d\d/.test(said)) fail(`wrongshape: no message at ${p}`, said);
    }
    const shut = ['[data-path="staff.total"] input', '[data-path="lessons[0].subject"] input',
      '[data-path="communication_program"] input', '[data-path="activities"] > button.add',
      '[data-path="school_plan.issued"] input', '[data-path="lessons[3].topics"] input'];
    for (const sel of shut) if (!(await page.locator(sel).first().isDisabled())) fail(`wrongshape: ${sel} is not shut`);
    if (await page.locator('[data-path="lessons[1].subject"] input').isDisabled()) fail('wrongshape: a good item is shut');
    const diagsOf = file => JSON.parse(run(['validate', '--config', 'baocao.yaml', '--format', 'json', file], dir).out)
      .files[0].diagnostics.map(d => d.code + ' ' + d.key).sort().join('\n');
    const saveFile = async name => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lưu tệp' }).click()]);
      const saved = path.join(work, 'wrongshape', name);
      await download.saveAs(saved);
      return saved;
    };
    const saved = await saveFile('saved.yaml');
    const savedText = fs.readFileSync(saved, 'utf8');
    for (const entry of ['\nstaff: 47   # cả trường\n', '\n  issued: [có]\n', '\ncommunication_program: rồi\n',
      '\nlessons:\n  - Giáo dục địa phương, lớp 4, 30 em\n  - subject:', '\n    topics:\n      ky_nang_song: có\n',
      '\nactivities: 5\n'])
      if (!savedText.includes(entry)) fail('wrongshape: the saved file lacks ' + JSON.stringify(entry), savedText);
    const before = diagsOf(original), after = diagsOf(saved);
    if (before !== after) fail("wrongshape: the saved file's messages are not the opened file's", `opened:\n${before}\nsaved:\n${after}`);
    // Dropped by hand, the field opens, and what is typed in it is saved.
    await page.locator('[data-path="staff"] > .written button', { hasText: 'Bỏ phần này' }).click();
    if (await page.locator('[data-path="staff.total"] input').isDisabled()) fail('wrongshape: staff.total still shut after dropping');
    await page.locator('[data-path="staff.total"] input').fill('47');
    await page.locator('[data-path="staff.informed"] input').fill('45');
    await page.waitForTimeout(600);
    const fixed = diagsOf(await saveFile('fixed.yaml'));
    const left = before.split('\n').filter(l => !/ staff$/.test(l)).join('\n');
    if (fixed !== left || fixed === before) fail('wrongshape: after dropping staff', `want:\n${left}\ngot:\n${fixed}`);
    await ctx.close();
    console.log('wrongshape: known keys in the wrong shape shown at their field, kept on save, still said wrong');
  },

  // The school's own comment lines: kept above their entry on save.
  async comments() {
    const dir = path.join(src, 'examples');
    const { page, ctx } = await open(makePage('comments', ['--config', 'baocao.yaml', '--school', 'TH-VH'], dir));
    const good = fs.readFileSync(path.join(dir, 'nop/th-vh.yaml'), 'utf8');
    const edits = [
      [/^staff:\n/m, '# Số liệu lấy từ sổ của tổ văn phòng\nstaff:\n'],
      [/^  informed: 45\n/m, '  # tính cả nhân viên hợp đồng\n  informed: 45\n'],
      [/^(  - subject: Hoạt động trải nghiệm\n)/m, '  # tiết dạy bù ngày 15/4\n$1'],
      [/^training: \[\]\n/m, 'training: []\n  # năm sau bổ sung\nghi_chu_rieng: có\n'],
      [/$/, '# Người lập: Sa Văn Hùng\n']];
    let text = good;
    for (const [re, to] of edits) {
      const before = text;
      text = text.replace(re, to);
      if (text === before) throw new Error('could not edit the file at ' + re);
    }
    const original = path.join(work, 'comments', 'th-vh.yaml');
    fs.mkdirSync(path.dirname(original), { recursive: true });
    fs.writeFileSync(original, text);
    await page.setInputFiles('#open-file', original);  // "Mở tệp"
    await page.waitForTimeout(300);
    const saved = await page.evaluate(() => window.baocao.save());
    for (const at of ['\n# Số liệu lấy từ sổ của tổ văn phòng\nstaff:', '\n  # tính cả nhân viên hợp đồng\n  informed: 45',
      '\n  # tiết dạy bù ngày 15/4\n  - subject: "Hoạt động trải nghiệm"', '\n# năm sau bổ sung\nghi_chu_rieng: có\n',
      '\n# Người lập: Sa Văn Hùng\n'])
      if (!saved.includes(at)) fail('comments: the saved file lacks ' + JSON.stringify(at), saved);
    const again = await page.evaluate(t => { window.baocao.load(t); return window.baocao.save(); }, saved);
    if (again !== saved) fail('comments: saved, opened and saved again, the file changed', diff(saved, again));
    await page.locator('[data-path="lessons[0]"] > button.remove').click();
    const removed = await page.evaluate(() => window.baocao.save());
    if (!removed.includes('\n  # tiết dạy bù ngày 15/4\n  - subject: "Hoạt động trải nghiệm"'))
      fail("comments: an item's comment did not follow its item", removed);
    await ctx.close();
    console.log("comments: the school's comment lines kept above their entries");
  },

  async drafts() {
    const dir = path.join(src, 'examples');
    const a = makePage('draft-a', ['--config', 'baocao.yaml', '--school', 'TH-VH'], dir);
    const b = makePage('draft-b', ['--config', 'baocao.yaml', '--school', 'TH-LL'], dir);
    const ctx = await browser.newContext({ offline: true });
    const typeIn = async (file, name) => {
      const { page } = await open(file, ctx);
      await page.locator('.field[data-path="prepared.by"] input').fill(name);
      await page.waitForTimeout(600);
      await page.close();
    };
    await typeIn(a, 'Người của Vân Hồ');
    await typeIn(b, 'Người của Lóng Luông');
    for (const [file, want] of [[a, 'Người của Vân Hồ'], [b, 'Người của Lóng Luông']]) {
      const { page } = await open(file, ctx);
      const got = await page.locator('.field[data-path="prepared.by"] input').inputValue();
      if (got !== want) fail(`drafts: ${path.basename(file)} reopened with "${got}", not "${want}"`);
      await page.close();
    }
    await ctx.close();
    console.log('drafts: two schools kept apart');
  },

  async hostile() {
    const dir = path.join(work, 'hostile');
    fs.mkdirSync(dir, { recursive: true });
    const evil = '</script><img src=x onerror="window.pwned=1">\u202Egnp.exe';
    const office = fs.readFileSync(path.join(src, 'examples/baocao.yaml'), 'utf8')
      .replace(/name: Trường Tiểu học Vân Hồ/, 'name: ' + JSON.stringify('Trường ' + evil));
    if (office.indexOf(evil) < 0 && office.indexOf(JSON.stringify('Trường ' + evil)) < 0) fail('hostile: the roster was not changed');
    fs.writeFileSync(path.join(dir, 'baocao.yaml'), office);
    const pageFile = makePage('hostile', ['--config', 'baocao.yaml'], dir);
    const html = fs.readFileSync(pageFile, 'utf8');
    if (html.indexOf('</script><img') >= 0) fail('hostile: the roster name is in the page as markup');
    const { page, ctx } = await open(pageFile);
    await page.selectOption('#school-choice', 'TH-VH');
    const school = fs.readFileSync(path.join(src, 'examples/nop/th-vh.yaml'), 'utf8')
      .replace(/^(\s*by:).*$/m, '$1 ' + JSON.stringify(evil));
    await page.evaluate(t => window.baocao.load(t), school);
    await page.waitForTimeout(300);
    const state = await page.evaluate(() => ({
      pwned: window.pwned, imgs: document.querySelectorAll('img').length,
      by: document.querySelector('.field[data-path="prepared.by"] input').value,
      subtitle: document.getElementById('subtitle').textContent
    }));
    if (state.pwned || state.imgs) fail('hostile: markup from the data ran', JSON.stringify(state));
    if (state.by !== evil) fail('hostile: the value is not kept as text', state.by);
    if (!/\[U\+202E\]/.test(state.subtitle) || !state.subtitle.includes('</script><img')) fail('hostile: the name is not shown as inert text', state.subtitle);
    const saved = await page.evaluate(() => window.baocao.save());
    fs.writeFileSync(path.join(dir, 'th-vh.yaml'), saved);
    const v = run(['validate', '--config', 'baocao.yaml', '--format', 'json', 'th-vh.yaml'], dir);
    const back = await page.evaluate(t => window.baocao.check(t, { name: 'th-vh.yaml' }).jsonText, saved);
    if (back !== v.out) fail('hostile: the page and the command differ on the saved file', diff(v.out, back));
    await ctx.close();
    console.log('hostile: roster and school text stayed text');
  },

  async bench() {
    const dir = path.join(src, 'examples');
    const pageFile = makePage('bench', ['--config', 'baocao.yaml', '--school', 'TH-VH'], dir);
    const size = fs.statSync(pageFile).size;
    // Ready: the page's own mark, from navigation. Each browser context
    // has a renderer of its own, so no compiled code is reused: a teacher's
    // double-click. A reload reuses it.
    const readyAt = page => page.evaluate(() => window.baocao.ready.then(() =>
      performance.getEntriesByName('baocao:ready')[0].startTime));
    const cold = [];
    for (let i = 0; i < 5; i++) {
      const { page, ctx } = await open(pageFile);
      cold.push(await readyAt(page));
      await ctx.close();
    }
    cold.sort((a, b) => a - b);
    const { page, ctx } = await open(pageFile);
    await page.reload();
    const ready2 = await readyAt(page);
    // A 200-line file: an example school's with lessons added.
    let text = fs.readFileSync(path.join(dir, 'nop/th-vh.yaml'), 'utf8');
    const lesson = '  - subject: Đạo đức\n    title: Bài {n}\n    date: 15/05/2024\n    students: 30\n    topics: [mai_dam]\n';
    let n = 0;
    while (text.split('\n').length < 200) text = text.replace(/^lessons:\n/m, 'lessons:\n' + lesson.replace('{n}', ++n));
    const times = await page.evaluate(t => {
      const ms = [];
      for (let i = 0; i < 21; i++) { const t0 = performance.now(); window.baocao.check(t); ms.push(performance.now() - t0); }
      ms.sort((a, b) => a - b);
      return { first: ms[0], median: ms[10] };
    }, text);
    const lines = text.split('\n').length;
    console.log(`bench: page ${size} bytes (${(size / 1048576).toFixed(2)} MB); ready ${cold[2].toFixed(0)} ms after navigation ` +
      `(median of 5 fresh renderers, ${cold[0].toFixed(0)}–${cold[4].toFixed(0)}; reloaded: ${ready2.toFixed(0)} ms); ` +
      `check of a ${lines}-line file: median ${times.median.toFixed(1)} ms of 21`);
    await ctx.close();
  }
};

(async () => {
  browser = await chromium.launch({ executablePath: process.env.BAOCAO_CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    for (const name of Object.keys(tests)) {
      if (only.length && !only.includes(name)) continue;
      try { await tests[name](); } catch (e) { fail(name, e.stack || e); }
    }
  } finally {
    await browser.close();
  }
  finish();
})();
