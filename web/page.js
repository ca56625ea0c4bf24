// The school's page: builds its form from the plan's form description (the
// WebAssembly core's bc_form), checks what is typed with the command's own
// checks (bc_check, the text the page would save), saves init's form with the
// values in (bc_save). Everything a school or office wrote is put in as text
// (textContent, value), never as HTML. Written for Chrome 109 and later.
(function () {
  'use strict';
  const data = JSON.parse(document.getElementById('baocao-data').textContent);
  const lang = data.lang === 'en' ? 'en' : 'vi';
  const words = {
    vi: {
      open: 'Mở tệp', save: 'Lưu tệp', print: 'In', loading: 'Đang tải…', choose: 'Trường của bạn:',
      chooseOne: '— chọn trường —', pick: '— chọn —', yes: 'có', no: 'không', add: 'Thêm mục', remove: 'Xóa mục này',
      item: 'Mục {n}', ok: 'Không có lỗi, không có cảnh báo.', errors: '{e} lỗi, {w} cảnh báo',
      draftNone: 'Bản nháp được giữ trong trình duyệt này. Tệp bạn lưu (nút "Lưu tệp") mới là bản chính thức để nộp.',
      draftAt: 'Đã giữ bản nháp trong trình duyệt lúc {t}. Tệp bạn lưu (nút "Lưu tệp") mới là bản chính thức để nộp.',
      sourceTitle: 'Tệp này chưa đọc được thành biểu mẫu',
      sourceNote: 'Sửa trực tiếp trong ô dưới đây theo các thông báo; khi tệp đọc được, bấm nút để đưa vào biểu mẫu.',
      sourceUse: 'Đưa vào biểu mẫu', general: 'Thông báo chung cho cả tệp', notOnRoster: '(không có trong danh sách) ',
      notInList: '(không có trong danh mục) ',
      noSchool: 'Chọn trường trước khi lưu.', failed: 'Không khởi động được phần kiểm tra: ',
      titleFor: 'Báo cáo kết quả thực hiện {s}',
      extraNote: 'Tệp đã mở có phần dưới đây mà biểu mẫu không đưa vào ô nào được: một mục biểu mẫu không có, hoặc một mục ghi lần thứ hai (ô ở trên lấy lần ghi đầu). Khi lưu, phần này được giữ nguyên như trong tệp. Nếu không cần nữa, hoặc đã chép vào ô ở trên, bấm "Bỏ phần này".',
      extraRemove: 'Bỏ phần này',
      writtenNote: 'Trong tệp đã mở, phần dưới đây viết chưa đúng dạng của ô này nên biểu mẫu không đưa được vào ô. Khi lưu, phần này được giữ nguyên như trong tệp; sửa theo thông báo lỗi. Muốn nhập lại bằng ô, bấm "Bỏ phần này".'
    },
    en: {
      open: 'Open file', save: 'Save file', print: 'Print', loading: 'Loading…', choose: 'Your school:',
      chooseOne: '— choose a school —', pick: '— choose —', yes: 'yes', no: 'no', add: 'Add an item', remove: 'Remove this item',
      item: 'Item {n}', ok: 'No errors, no warnings.', errors: '{e} errors, {w} warnings',
      draftNone: 'A draft is kept in this browser. The file you save ("Save file") is the real copy to hand in.',
      draftAt: 'Draft kept in this browser at {t}. The file you save ("Save file") is the real copy to hand in.',
      sourceTitle: 'This file cannot be read as the form yet',
      sourceNote: 'Fix it here as the messages say; once it reads, press the button to put it into the form.',
      sourceUse: 'Put into the form', general: 'About the whole file', notOnRoster: '(not on the roster) ',
      notInList: '(not in the list) ',
      noSchool: 'Choose the school before saving.', failed: 'The checker could not start: ',
      titleFor: 'Report on carrying out {s}',
      extraNote: 'The opened file has the part below, which the form cannot put in a field: an entry the form has no field for, or an entry written a second time (the field above holds the first). Saving keeps it as it is in the file. If it is not needed, or once it is copied into the field above, press "Remove this part".',
      extraRemove: 'Remove this part',
      writtenNote: 'In the opened file, the part below is not written in the shape this field takes, so the form cannot put it in the field. Saving keeps it as it is in the file; fix it as the message says. To fill in the field instead, press "Remove this part".'
    }
  }[lang];
  const say = (text, args) => text.replace(/\{(\w+)\}/g, (m, k) => (args && k in args ? String(args[k]) : m));
  const $ = id => document.getElementById(id);

  // Bidi controls in a school's or office's text would reorder the page's
  // own words around them: shown as visible marks instead.
  const shown = s => String(s).replace(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g,
    c => '[U+' + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0') + ']');
  const el = (tag, props, children) => {
    const e = document.createElement(tag);
    for (const k in props || {}) {
      if (k === 'text') e.textContent = props[k];
      else if (k === 'class') e.className = props[k];
      else if (k in e && typeof props[k] !== 'string') e[k] = props[k];
      else e.setAttribute(k, props[k]);
    }
    for (const c of children || []) if (c) e.appendChild(c);
    return e;
  };

  let core = null, form = null, school = data.school || '', fileName = '', checkTimer = 0;
  const utf8 = new TextEncoder();

  // Calls into the WebAssembly core. Bytes go through its heap.
  function withBytes(input, fn) {
    const bytes = typeof input === 'string' ? utf8.encode(input) : input;
    const p = core._malloc(bytes.length + 1);
    core.HEAPU8.set(bytes, p);
    try { return fn(p, bytes.length); } finally { core._free(p); }
  }

  function check(input, options) {
    options = options || {};
    const l = options.lang === 'en' ? 1 : options.lang === 'vi' ? 0 : (lang === 'en' ? 1 : 0);
    const name = options.name || fileName || (currentCode() || 'truong') + '.yaml';
    const out = JSON.parse(withBytes(input, (p, n) => core.bc_check(p, n, name, l, options.strict ? 1 : 0)));
    return { text: out.text, json: JSON.parse(out.json), jsonText: out.json, exit: out.exit };
  }

  // ---- The form, built from the plan's description ----
  const inputs = {};  // concrete path -> the element that holds its value
  let counter = 0;
  const uid = () => 'f' + (++counter);

  function fieldBox(f, path, control, labelFor) {
    const box = el('div', { class: 'field', 'data-path': path });
    box.appendChild(el(labelFor ? 'label' : 'span', labelFor ? { for: labelFor, text: f.label } : { class: 'label', text: f.label }));
    if (lang === 'vi' && f.comment && f.comment !== f.label) box.appendChild(el('div', { class: 'hint', text: f.comment }));
    box.appendChild(control);
    box.appendChild(writtenBox(path, box));
    box.appendChild(el('div', { class: 'diags', 'aria-live': 'polite' }));
    if (f.need === 'when') {
      box.dataset.when = f.when;
      if (f.when_any) box.dataset.whenAny = JSON.stringify(f.when_any);
    }
    return box;
  }

  function build(fields, prefix, parent) {
    for (const f of fields) parent.appendChild(buildField(f, prefix + f.key));
  }

  function buildField(f, path) {
    const id = uid();
    if (f.kind === 'section') {
      const fs = el('fieldset', { class: 'section', 'data-path': path }, [el('legend', { text: f.label })]);
      fs.appendChild(el('div', { class: 'diags' }));
      fs.appendChild(writtenBox(path, fs));
      build(f.fields, path + '.', fs);
      fs.appendChild(extrasBox(path + '.'));
      return fs;
    }
    if (f.kind === 'list') return buildList(f, path);
    let control;
    if (f.plan_id) {
      control = el('input', { type: 'text', id, readOnly: true, class: 'short' });
    } else if (path === 'school.code') {
      control = el('select', { id });
      control.addEventListener('change', () => {
        const e = data.schools.find(s => s.code === control.value);
        if (e) inputs['school.name'].value = e.name;
      });
    } else if (f.kind === 'flag') {
      const box = el('input', { type: 'checkbox', id, role: 'switch' });
      const state = el('span', { text: words.no });
      box.addEventListener('change', () => { state.textContent = box.checked ? words.yes : words.no; });
      inputs[path] = box;
      box.syncState = () => { state.textContent = box.checked ? words.yes : words.no; };
      return fieldBox(f, path, el('label', { class: 'switch', for: id }, [box, state]), null);
    } else if (f.kind === 'code') {
      control = el('select', { id }, [el('option', { value: '', text: words.pick })]);
      for (const c of f.choices) control.appendChild(el('option', { value: c.code, text: c.label }));
    } else if (f.kind === 'codes') {
      const group = el('div', { class: 'choices', role: 'group', 'aria-labelledby': id + 'l' });
      group.codes = true;
      for (const c of f.choices) {
        const b = el('input', { type: 'checkbox', value: c.code });
        group.appendChild(el('label', {}, [b, document.createTextNode(' ' + c.label)]));
      }
      inputs[path] = group;
      const box = fieldBox(f, path, group, null);
      box.firstChild.id = id + 'l';
      return box;
    } else {
      control = el('input', { type: f.kind === 'phone' ? 'tel' : 'text', id });
      if (f.kind === 'count') { control.inputMode = 'numeric'; control.className = 'short'; }
      if (f.kind === 'date') { control.inputMode = 'numeric'; control.className = 'short'; control.placeholder = 'dd/mm/yyyy'; }
    }
    inputs[path] = control;
    return fieldBox(f, path, control, id);
  }

  function buildList(f, path) {
    const fs = el('fieldset', { class: 'list', 'data-path': path }, [el('legend', { text: f.label })]);
    if (lang === 'vi' && f.comment) fs.appendChild(el('div', { class: 'hint', text: f.comment }));
    fs.appendChild(el('div', { class: 'diags' }));
    fs.appendChild(writtenBox(path, fs));
    const items = el('div', { class: 'items' });
    const add = el('button', { type: 'button', class: 'add', text: words.add + ' — ' + f.label });
    add.addEventListener('click', () => {
      const item = addItem(f, path, items);
      showWhen();
      const first = item.querySelector('input, select');
      if (first) first.focus();
      changed();
    });
    fs.appendChild(items);
    fs.appendChild(add);
    lists[path] = { f, items, add };
    return fs;
  }
  const lists = {};  // list path -> its description and item container

  function addItem(f, path, items) {
    const n = items.children.length;
    const itemPath = path + '[' + n + ']';
    const fs = el('fieldset', { class: 'item', 'data-path': itemPath }, [el('legend', { text: say(words.item, { n: n + 1 }) })]);
    fs.appendChild(el('div', { class: 'diags' }));
    fs.appendChild(writtenBox(itemPath, fs));
    build(f.fields, itemPath + '.', fs);
    fs.appendChild(extrasBox(itemPath + '.'));
    const remove = el('button', { type: 'button', class: 'remove', text: words.remove });
    remove.addEventListener('click', () => {
      const values = readValues();
      path.split('.').reduce((o, k) => o[k.replace(/\[\d+\]$/, '')], values).splice(n, 1);
      fill(values);
      lists[path].add.focus();
      changed();
    });
    fs.appendChild(remove);
    items.appendChild(fs);
    return fs;
  }

  // What the opened file holds at a section, an item or its top that the
  // form has no field for (the core's "$extra": each entry as written): shown
  // as text, saved unchanged, dropped only by the teacher's own hand.
  const extras = {};  // "" | "staff." | "lessons[0]." -> its box, whose .entries are kept
  function extrasBox(prefix) {
    const box = el('div', { class: 'extras' });
    box.entries = [];
    extras[prefix] = box;
    return box;
  }
  function setExtras(prefix, entries) {
    const box = extras[prefix];
    if (!box) return;
    box.entries = Array.isArray(entries) ? entries.map(String) : [];
    while (box.firstChild) box.removeChild(box.firstChild);
    if (!box.entries.length) return;
    box.appendChild(el('p', { class: 'note', text: words.extraNote }));
    box.entries.forEach((text, i) => {
      const remove = el('button', { type: 'button', class: 'remove', text: words.extraRemove });
      remove.addEventListener('click', () => {
        const rest = box.entries.slice();
        rest.splice(i, 1);
        setExtras(prefix, rest);
        changed();
      });
      box.appendChild(el('div', { class: 'extra' }, [el('pre', { class: 'inert', text: shown(text) }), remove]));
    });
  }

  // What the opened file holds for a field, a section, a list or an item in
  // a shape it does not take (the core's {"$written": …}: `staff: 12`, an
  // item that is one text): shown as text at its place, its controls shut,
  // saved unchanged in its place, dropped only by the teacher's own hand,
  // which opens the field again.
  const writtenAt = {};  // concrete path -> { box, text (null: none), shut: the field's box }
  function writtenBox(path, shut) {
    const box = el('div', { class: 'written' });
    writtenAt[path] = { box, text: null, shut };
    return box;
  }
  const writtenOf = v => (v && typeof v === 'object' && !Array.isArray(v) && typeof v.$written === 'string' ? v.$written : null);
  function setWritten(path, text) {
    const w = writtenAt[path];
    if (!w) return;
    w.text = typeof text === 'string' ? text : null;
    while (w.box.firstChild) w.box.removeChild(w.box.firstChild);
    if (w.text === null) return;
    const remove = el('button', { type: 'button', class: 'remove', text: words.extraRemove });
    remove.addEventListener('click', () => {
      setWritten(path, null);
      shutWritten();
      changed();
      const c = w.shut.querySelector('input, select, button.add');
      if (c) c.focus();
    });
    w.box.appendChild(el('p', { class: 'note', text: words.writtenNote }));
    w.box.appendChild(el('div', { class: 'extra' }, [el('pre', { class: 'inert', text: shown(w.text) }), remove]));
  }
  // The school's own comment lines in the opened file (the core's
  // "$comments": by key, "-" for an item's own, "$end" after the last
  // entry): not shown, kept with their entry, saved above it.
  let commentsAt = {};  // concrete path ("staff.total", "lessons[1]", "$end") -> its lines
  const commentsOf = o => (o && typeof o.$comments === 'object' && o.$comments) || {};

  // The controls of every field that holds such a text are shut, the others open.
  function shutWritten() {
    $('form').querySelectorAll('input:disabled, select:disabled, button.add:disabled').forEach(c => { c.disabled = false; });
    for (const path in writtenAt) {
      const w = writtenAt[path];
      if (w.text !== null && w.shut.isConnected) w.shut.querySelectorAll('input, select, button.add').forEach(c => { c.disabled = true; });
    }
  }
  const writtenText = path => (writtenAt[path] ? writtenAt[path].text : null);

  // Required-when fields show when their flag is yes, or when their code
  // field holds one of the codes that require them.
  function showWhen() {
    document.querySelectorAll('.field[data-when]').forEach(box => {
      // "lessons[].flag" is the flag of the box's own item.
      const index = (box.dataset.path.match(/\[\d+\]/g) || []).slice();
      const on = inputs[box.dataset.when.replace(/\[\]/g, () => index.shift())];
      if (!box.dataset.whenAny) { box.hidden = !(on && on.checked); return; }
      const any = JSON.parse(box.dataset.whenAny);
      const held = !on ? [] : on.codes ? [...on.querySelectorAll('input:checked')].map(b => b.value) : [on.value];
      box.hidden = !held.some(c => any.includes(c));
    });
  }

  // ---- Values: the page's fields to and from the core's values ----
  function currentCode() {
    const c = inputs['school.code'];
    return (c && c.value) || school;
  }

  // The fields' values as the core's values JSON lays them out.
  function readValues() {
    const walk = (fields, prefix) => {
      const o = {};
      for (const f of fields) {
        const path = prefix + f.key;
        if (commentsAt[path]) (o.$comments = o.$comments || {})[f.key] = commentsAt[path];
        if (writtenText(path) !== null) o[f.key] = { $written: writtenText(path) };
        else if (f.kind === 'section') o[f.key] = walk(f.fields, path + '.');
        else if (f.kind === 'list') {
          const n = lists[path].items.children.length;
          o[f.key] = [];
          for (let i = 0; i < n; i++) {
            const at = path + '[' + i + ']';
            const item = writtenText(at) !== null ? { $written: writtenText(at) } : walk(f.fields, at + '.');
            if (commentsAt[at]) (item.$comments = item.$comments || {})['-'] = commentsAt[at];
            o[f.key].push(item);
          }
        } else {
          const c = inputs[path];
          if (f.kind === 'flag') o[f.key] = c.checked;
          else if (f.kind === 'codes') o[f.key] = Array.from(c.querySelectorAll('input:checked')).map(b => b.value);
          else o[f.key] = c.value;
        }
      }
      const box = extras[prefix];
      if (box && box.entries.length) o.$extra = box.entries.slice();
      return o;
    };
    const values = walk(form.fields, '');
    if (commentsAt.$end) (values.$comments = values.$comments || {}).$end = commentsAt.$end;
    return values;
  }

  // Puts values (the core's values JSON, or readValues') into the fields.
  function fill(values) {
    const walk = (fields, prefix, o) => {
      o = o || {};
      for (const f of fields) {
        const path = prefix + f.key;
        if (typeof commentsOf(o)[f.key] === 'string') commentsAt[path] = commentsOf(o)[f.key];
        const written = writtenOf(o[f.key]);
        const v = written === null ? o[f.key] : undefined;
        if (f.kind === 'section') { walk(f.fields, path + '.', v); setWritten(path, written); continue; }
        if (f.kind === 'list') {
          const l = lists[path];
          while (l.items.firstChild) l.items.removeChild(l.items.firstChild);
          (Array.isArray(v) ? v : []).forEach(item => {
            addItem(f, path, l.items);
            const at = path + '[' + (l.items.children.length - 1) + ']';
            if (typeof commentsOf(item)['-'] === 'string') commentsAt[at] = commentsOf(item)['-'];
            walk(f.fields, at + '.', writtenOf(item) === null ? item : {});
            setWritten(at, writtenOf(item));
          });
          setWritten(path, written);
          continue;
        }
        const c = inputs[path];
        if (!c) continue;
        setWritten(path, written);
        if (f.kind === 'flag') { c.checked = v === true; c.syncState(); }
        else if (f.kind === 'codes') {
          const want = Array.isArray(v) ? v.map(String) : [];
          c.querySelectorAll('.unknown').forEach(x => x.remove());
          c.querySelectorAll('input').forEach(b => { b.checked = want.indexOf(b.value) >= 0; });
          for (const code of want) {
            if (f.choices.some(x => x.code === code)) continue;
            const b = el('input', { type: 'checkbox', value: code, checked: true });
            c.appendChild(el('label', { class: 'unknown inert' }, [b, document.createTextNode(' ' + words.notInList + shown(code))]));
          }
        } else if (c.tagName === 'SELECT') {
          const want = v == null ? '' : String(v);
          c.querySelectorAll('option.unknown').forEach(x => x.remove());
          if (want && !Array.from(c.options).some(o => o.value === want))
            c.appendChild(el('option', { class: 'unknown', value: want, text: words.notOnRoster + shown(want) }));
          c.value = want;
        } else {
          c.value = v == null ? '' : String(v);
        }
      }
      setExtras(prefix, o.$extra);
    };
    commentsAt = {};
    if (typeof commentsOf(values).$end === 'string') commentsAt.$end = commentsOf(values).$end;
    walk(form.fields, '', values);
    shutWritten();
    showWhen();
  }

  // "path<TAB>value" lines for the core's bc_save.
  function valueLines() {
    const esc = s => String(s).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\r?\n/g, '\\n');
    const out = [];
    const walk = (fields, prefix, o) => {
      for (const f of fields) {
        const path = prefix + f.key;
        const v = o[f.key];
        if (typeof commentsOf(o)[f.key] === 'string') out.push(path + '$comment\t' + esc(commentsOf(o)[f.key]));
        if (writtenOf(v) !== null) out.push(path + '$written\t' + esc(writtenOf(v)));
        else if (f.kind === 'section') walk(f.fields, path + '.', v);
        else if (f.kind === 'list') v.forEach((item, i) => {
          const at = path + '[' + i + ']';
          out.push(at + '\t');
          if (typeof commentsOf(item)['-'] === 'string') out.push(at + '$comment\t' + esc(commentsOf(item)['-']));
          if (writtenOf(item) !== null) out.push(at + '$written\t' + esc(writtenOf(item)));
          else walk(f.fields, at + '.', item);
        });
        else if (f.kind === 'flag') out.push(path + '\t' + (v ? 'có' : 'không'));
        else if (f.kind === 'codes') v.forEach(c => out.push(path + '\t' + esc(c)));
        else if (v !== '') out.push(path + '\t' + esc(v));
      }
      (o.$extra || []).forEach(t => out.push(prefix + '$extra\t' + esc(t)));
    };
    const values = readValues();
    walk(form.fields, '', values);
    if (typeof commentsOf(values).$end === 'string') out.push('$end$comment\t' + esc(commentsOf(values).$end));
    return out.join('\n');
  }

  function save() {
    const code = data.schools.some(s => s.code === currentCode()) ? currentCode() : school;
    if (!code) return '';
    return core.bc_save(code, valueLines());
  }

  // ---- Diagnostics at their fields ----
  function placeOf(key) {
    // The command numbers a list's items from 1, the page's paths from 0.
    let k = (key || '').replace(/\[(\d+)\]/g, (m, n) => '[' + (n - 1) + ']');
    while (k) {
      const box = document.querySelector('[data-path="' + CSS.escape(k) + '"]');
      if (box && !box.hidden) return box;
      const cut = Math.max(k.lastIndexOf('.'), k.lastIndexOf('['));
      k = cut > 0 ? k.slice(0, cut) : '';
    }
    // A requirement on a field of every item ("topics") is shown at its list.
    const owner = (fields, prefix) => {
      for (const f of fields) {
        if (f.kind === 'list' && f.fields.some(c => c.key === key)) return prefix + f.key;
        if (f.kind === 'section') { const o = owner(f.fields, prefix + f.key + '.'); if (o) return o; }
      }
      return '';
    };
    const list = key && key.indexOf('.') < 0 ? owner(form.fields, '') : '';
    return list ? document.querySelector('[data-path="' + CSS.escape(list) + '"]') : null;
  }

  function show(result, opts) {
    document.querySelectorAll('.diags').forEach(d => { while (d.firstChild) d.removeChild(d.firstChild); });
    document.querySelectorAll('.has-error').forEach(b => b.classList.remove('has-error'));
    const file = result.json.files[0];
    const summary = $('summary');
    while (summary.firstChild) summary.removeChild(summary.firstChild);
    const box = el('div', { class: 'box' });
    const s = result.json.summary;
    box.appendChild(s.errors + s.warnings === 0 ? el('p', { class: 'ok', text: words.ok }) : el('p', { text: say(words.errors, { e: s.errors, w: s.warnings }) }));
    const list = el('ul');
    const general = [];
    for (const d of file.diagnostics) {
      const place = placeOf(d.key);
      const line = el('div', { class: 'diag ' + d.severity });
      line.appendChild(el('span', { class: 'code', text: d.code + ' ' }));
      line.appendChild(el('span', { class: 'inert', text: d.message + (d.hint ? '\n' + (lang === 'en' ? 'hint: ' : 'gợi ý: ') + d.hint : '') }));
      const item = el('li');
      if (place && !(opts && opts.general)) {
        place.querySelector('.diags').appendChild(line);
        if (d.severity === 'error') place.classList.add('has-error');
        const go = el('button', { type: 'button', class: 'go', text: d.code + ': ' + d.message });
        go.addEventListener('click', () => { const c = place.querySelector('input, select, textarea, button'); place.scrollIntoView({ block: 'center' }); if (c) c.focus(); });
        item.appendChild(go);
      } else {
        general.push(d);
        item.appendChild(el('span', { class: 'inert', text: d.code + ': ' + d.message }));
      }
      list.appendChild(item);
    }
    if (file.diagnostics.length) box.appendChild(list);
    if (general.length) {
      // Said of the file as a whole, or of a place the form has no field for:
      // shown as the command prints them, with their source lines.
      box.appendChild(el('h3', { text: words.general }));
      const pre = el('pre', { class: 'inert' });
      pre.textContent = opts && opts.general ? result.text
        : general.map(d => d.line + ':' + d.column + ': ' + d.code + ': ' + d.message + (d.hint ? '\n  = ' + d.hint : '')).join('\n');
      box.appendChild(el('div', { class: 'general' }, [pre]));
    }
    summary.appendChild(box);
  }

  // ---- Drafts: one per plan and school in this browser's storage ----
  const draftKey = code => 'baocao:draft:' + data.plan_id + ':' + code;
  function keepDraft(text) {
    const code = currentCode();
    if (!code || !text) return;
    const at = new Date();
    try {
      localStorage.setItem(draftKey(code), JSON.stringify({ text, at: at.toISOString() }));
      $('draft').textContent = say(words.draftAt, { t: at.toLocaleTimeString(lang === 'en' ? 'en-GB' : 'vi-VN') });
    } catch (e) {
      $('draft').textContent = String(e);
    }
  }
  function draftOf(code) {
    try { return JSON.parse(localStorage.getItem(draftKey(code)) || 'null'); } catch (e) { return null; }
  }

  function changed() {
    clearTimeout(checkTimer);
    checkTimer = setTimeout(() => {
      const text = save();
      if (!text) return;
      show(check(text));
      keepDraft(text);
    }, 250);
  }

  // ---- Opening a file ----
  function decode(input) {
    if (typeof input === 'string') return input;
    if (input[0] === 0xff && input[1] === 0xfe) return new TextDecoder('utf-16le').decode(input);
    if (input[0] === 0xfe && input[1] === 0xff) return new TextDecoder('utf-16be').decode(input);
    return new TextDecoder('utf-8').decode(input);
  }

  function load(input, name) {
    if (name) fileName = name;
    const result = check(input);
    const values = withBytes(input, (p, n) => core.bc_values(p, n));
    if (!values) {
      // Not YAML: the text itself, to be fixed where it is.
      $('form').hidden = true;
      $('source').hidden = false;
      $('source-text').value = decode(input);
      sourceCheck();
      show(result, { general: true });
      return result;
    }
    $('source').hidden = true;
    $('form').hidden = false;
    fill(JSON.parse(values));
    show(result);
    return result;
  }

  function sourceCheck() {
    const text = $('source-text').value;
    const r = check(text);
    $('source-check').textContent = r.text;
    $('source-use').hidden = !core.bc_values_text(text);
  }

  // ---- Start ----
  function startSchool(code) {
    school = code;
    const draft = draftOf(code);
    $('draft').textContent = draft ? say(words.draftAt, { t: new Date(draft.at).toLocaleTimeString(lang === 'en' ? 'en-GB' : 'vi-VN') }) : words.draftNone;
    fileName = code + '.yaml';
    const entry = data.schools.find(s => s.code === code);
    $('subtitle').textContent = entry ? shown(entry.name) : '';
    load(draft ? draft.text : core.bc_blank(code));
  }

  function setup() {
    document.documentElement.lang = lang;
    $('open').textContent = words.open;
    $('save').textContent = words.save;
    $('print').textContent = words.print;
    $('choose-label').textContent = words.choose;
    $('source-title').textContent = words.sourceTitle;
    $('source-note').textContent = words.sourceNote;
    $('source-use').textContent = words.sourceUse;
    form = JSON.parse(core.bc_form(lang === 'en' ? 1 : 0));
    $('title').textContent = say(words.titleFor, { s: form.subject });
    document.title = $('title').textContent;
    build(form.fields, '', $('form'));
    $('form').appendChild(extrasBox(''));
    const codeSel = inputs['school.code'];
    if (codeSel) for (const s of data.schools) codeSel.appendChild(el('option', { value: s.code, text: shown(s.code + ' — ' + s.name) }));
    $('form').addEventListener('input', changed);
    $('form').addEventListener('change', changed);
    $('form').addEventListener('change', showWhen);
    $('form').addEventListener('submit', e => e.preventDefault());
    $('open').addEventListener('click', () => $('open-file').click());
    $('open-file').addEventListener('change', () => {
      const f = $('open-file').files[0];
      if (!f) return;
      f.arrayBuffer().then(b => { load(new Uint8Array(b), f.name); $('open-file').value = ''; });
    });
    $('save').addEventListener('click', () => {
      const text = save();
      if (!text) { $('draft').textContent = words.noSchool; return; }
      const a = el('a', { download: currentCode() + '.yaml', href: URL.createObjectURL(new Blob([text], { type: 'text/yaml;charset=utf-8' })) });
      document.body.appendChild(a);
      a.click();
      a.remove();
      keepDraft(text);
    });
    $('print').addEventListener('click', () => window.print());
    let sourceTimer = 0;
    $('source-text').addEventListener('input', () => { clearTimeout(sourceTimer); sourceTimer = setTimeout(sourceCheck, 250); });
    $('source-use').addEventListener('click', () => load($('source-text').value));
    if (school) {
      startSchool(school);
    } else {
      const sel = $('school-choice');
      sel.appendChild(el('option', { value: '', text: words.chooseOne }));
      for (const s of data.schools) sel.appendChild(el('option', { value: s.code, text: shown(s.code + ' — ' + s.name) }));
      $('choose').hidden = false;
      sel.addEventListener('change', () => { if (sel.value) { startSchool(sel.value); } });
    }
  }

  // The core's module, in base64 beside the script (web/assemble.cmake).
  function coreModule() {
    const holder = $('core-wasm');
    const text = atob(holder.textContent);
    holder.remove();
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    return bytes;
  }

  $('loading').textContent = words.loading;
  const ready = Promise.resolve().then(() => BaocaoCore({ wasmBinary: coreModule() })).then(m => {
    const str = 'string', num = 'number';
    core = {
      _malloc: m._malloc, _free: m._free, get HEAPU8() { return m.HEAPU8; },
      bc_open: m.cwrap('bc_open', str, [str, str, str, num]),
      bc_add_school: m.cwrap('bc_add_school', null, [str, str, str, str, str]),
      bc_form: m.cwrap('bc_form', str, [num]),
      bc_blank: m.cwrap('bc_blank', str, [str]),
      bc_check: m.cwrap('bc_check', str, [num, num, str, num, num]),
      bc_values: m.cwrap('bc_values', str, [num, num]),
      bc_save: m.cwrap('bc_save', str, [str, str])
    };
    core.bc_values_text = text => withBytes(text, (p, n) => core.bc_values(p, n));
    const problems = core.bc_open(data.plan_id + '.yaml', data.plan, data.deadline || '', lang === 'en' ? 1 : 0);
    if (problems) throw new Error(problems);
    for (const s of data.schools) core.bc_add_school(s.code, s.name, s.level, s.commune, s.areas.join('\n'));
    setup();
    $('loading').hidden = true;
    $('form').hidden = !school || !$('source').hidden;
    performance.mark('baocao:ready');
  }).catch(e => {
    $('loading').textContent = words.failed + (e && e.message ? e.message : String(e));
    throw e;
  });

  window.baocao = {
    ready,
    check: (input, options) => check(input, options),
    load: input => load(input),
    save: () => save()
  };
})();
