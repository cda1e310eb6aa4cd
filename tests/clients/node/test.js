// clio through Node.js and better-sqlite3 (12.x; 13 needs Node 22). better-sqlite3 bundles its own
// SQLite, so this also shows the module working with an SQLite other than the one it was built
// against. Runs the shared cases (../cases.json) and prints PASS/FAIL lines.
//
//   node tests/clients/node/test.js BUILD_DIR        (run.sh installs better-sqlite3 first)
'use strict';
const fs = require('fs');
const path = require('path');
const Database = require('better-sqlite3');

const root = path.resolve(__dirname, '..', '..', '..');
const build = path.resolve(process.argv[2] || path.join(root, 'build'));
const version = fs.readFileSync(path.join(root, 'CMakeLists.txt'), 'utf8').match(/project\(clio VERSION ([0-9.]+)/)[1];
const data = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'cases.json'), 'utf8'));

const db = new Database(':memory:');
db.loadExtension(path.join(build, 'clio'));  // SQLite adds the .so suffix

// Rows as arrays; statements that return nothing are run instead.
function run(sql, params) {
  const stmt = db.prepare(sql);
  const args = Object.keys(params).length ? [params] : [];
  if (!stmt.reader) { stmt.run(...args); return []; }
  return stmt.raw(true).all(...args);
}

function substitute(v) {
  if (v === '$VERSION') return version;
  return Array.isArray(v) ? v.map(substitute) : v;
}

let failures = 0;
function report(name, ok, detail) {
  console.log(ok ? `PASS clients/node/${name}` : `FAIL clients/node/${name}: ${detail}`);
  if (!ok) failures++;
}

try {
  for (const sql of data.setup) run(sql, {});
} catch (e) {
  report('setup', false, e.message);
  process.exit(1);
}
for (const c of data.cases) {
  try {
    const rows = run(c.sql, c.params || {});
    if (c.error) report(c.name, false, `expected an error containing '${c.error}', got ${JSON.stringify(rows)}`);
    else {
      const want = substitute(c.rows);
      report(c.name, JSON.stringify(rows) === JSON.stringify(want), `got ${JSON.stringify(rows)}, want ${JSON.stringify(want)}`);
    }
  } catch (e) {
    if (c.error) report(c.name, e.message.includes(c.error), `error '${e.message}' lacks '${c.error}'`);
    else report(c.name, false, `error '${e.message}'`);
  }
}

// clio reports the SQLite it runs in: here better-sqlite3's bundled one.
const running = db.prepare('SELECT sqlite_version()').pluck().get();
const debug = db.prepare('SELECT clio_debug()').pluck().get();
report('bundled-sqlite', debug.includes(`sqlite running: ${running}`), `clio_debug() does not name SQLite ${running}:\n${debug}`);

// A user-defined JavaScript function and a clio function in one query.
db.function('js_upper', (s) => (s === null ? null : String(s).toUpperCase()));
const mixed = db.prepare("SELECT js_upper(clio_translit('Троцкий'))").pluck().get();
report('js-function-mix', mixed === 'TROTSKIY', `got '${mixed}'`);

db.close();
process.exit(failures ? 1 : 0);
