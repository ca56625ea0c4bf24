// What the browser test scripts share: an empty work folder, the program
// run with its output as text, and failures counted and shown as they come.
'use strict';
const fs = require('fs');
const { spawnSync } = require('child_process');

let failures = 0;

function fail(what, detail) {
  failures++;
  console.log('FAIL ' + what + (detail ? '\n' + String(detail).split('\n').map(l => '    | ' + l).join('\n') : ''));
}

function emptyFolder(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
}

// The program's exit code and its output, without colour.
function runProgram(baocao, args, cwd) {
  const r = spawnSync(baocao, args, { cwd, env: Object.assign({}, process.env, { NO_COLOR: '1' }), maxBuffer: 64 << 20 });
  return { code: r.status, out: r.stdout.toString('utf8'), err: r.stderr.toString('utf8') };
}

function finish() {
  console.log(failures ? `${failures} failed` : 'all passed');
  process.exit(failures ? 1 : 0);
}

module.exports = { fail, emptyFolder, runProgram, finish };
