// The screenshots of the school's page in docs/ (blank, a mistake shown,
// filled), taken in the system Chromium from the example office's page.
// Usage: node screenshots.js BAOCAO SOURCE_DIR OUT_DIR
'use strict';
const { chromium } = require('playwright-core');
const { execFileSync } = require('child_process');
const path = require('path');
const os = require('os');
const fs = require('fs');

const [bin, srcArg, outArg] = process.argv.slice(2);
const src = path.resolve(srcArg), out = path.resolve(outArg);
const pageFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'baocao-shots-')), 'TH-VH.html');
execFileSync(path.resolve(bin), ['form', '--config', 'baocao.yaml', '--school', 'TH-VH', '-o', pageFile],
  { cwd: path.join(src, 'examples'), stdio: 'ignore' });

(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await (await browser.newContext({ offline: true, viewport: { width: 1100, height: 820 } })).newPage();
  await page.goto('file://' + pageFile);
  await page.evaluate(() => window.baocao.ready);
  const shot = async name => page.screenshot({ path: path.join(out, name) });
  await shot('trang-nhap-lieu-trong.png');

  const field = p => page.locator(`.field[data-path="${p}"]`);
  const input = p => field(p).locator('input, select').first();
  await input('prepared.by').fill('Nguyễn Văn An');
  await input('prepared.position').fill('Hiệu trưởng');
  await input('staff.total').fill('1.200');
  await input('staff.informed').fill('40');
  await page.waitForTimeout(700);
  await field('staff.total').evaluate(e => e.scrollIntoView({ block: 'center' }));
  await shot('trang-nhap-lieu-loi.png');

  const school = fs.readFileSync(path.join(src, 'examples/nop/th-vh.yaml'));
  await page.evaluate(b => window.baocao.load(new Uint8Array(b)), Array.from(school));
  await page.waitForTimeout(300);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot('trang-nhap-lieu-da-dien.png');
  await browser.close();
})();
