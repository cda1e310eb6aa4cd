#!/usr/bin/python3
"""Crash tests: kill -9 in the middle of tagging, then the database must be exactly the last
committed state; clio's authority index must agree with the tables after crash recovery,
rollbacks, savepoints and reopening.

    /usr/bin/python3 tests/crash/crash_test.py BUILD_DIR [KILLS]   (KILLS per scenario, default 6)

(Debian's /usr/bin/python3: its sqlite3 module can load extensions.)

A sources database is built from the sample authority and sources (samples/load_samples.py),
with the sources repeated so that tagging all of them takes a few seconds. A reference copy is
tagged without interruption; its mention rows, per source, are what each committed batch must
hold. Then, in both rollback-journal (DELETE) and WAL mode:

  big-insert   a child process runs sql/tag.sql's INSERT INTO mention SELECT ... over every
               source as ONE statement; it is killed with SIGKILL at a random moment. The
               database must open, pass PRAGMA integrity_check, and hold no mention (or, if the
               statement had finished, all of them).
  batches      the child tags a few sources per transaction and logs each batch number after
               COMMIT returns; it is killed at random moments and also right when it announces
               a COMMIT. The database must hold exactly batches 1..k, where k is the last logged
               batch (or the one after it, when the kill came between COMMIT and the log line),
               each source's rows equal to the reference.

Then the authority: a clio connection keeps its index while a process without clio renames an
alias and is killed before COMMIT (a hot journal), commits a rename, and while the clio
connection itself rolls back a savepoint; after each step, and after closing and reopening,
clio_resolve must agree with clio_alias.

Prints "PASS crash/..." or "FAIL crash/..." lines.
"""
import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
REPEAT = 30          # copies of the sample sources: about 2 MB of text, a few seconds of tagging
BATCH = 25           # sources per committed batch

# sql/tag.sql's mention statement, for the sources of one id range.
INSERT_MENTIONS = """
INSERT INTO mention(source_id, passage_n, start, length, surface, kind, value,
                    earliest, latest, earliest_jd, latest_jd, calendar, score)
SELECT s.id, m.passage, m.start, m.length, m.surface, m.kind, m.value,
       m.earliest, m.latest, m.earliest_jd, m.latest_jd, m.calendar, m.score
FROM source s,
     clio_mentions(s.text, json_object('ref', clio_date(s.date), 'calendar', s.calendar, 'lang', s.lang,
                                       'unit', 'paragraph')) m
WHERE s.id BETWEEN ? AND ?
"""

failures = 0


def report(ok, name, detail=""):
    global failures
    if ok:
        print(f"PASS crash/{name}" + (f" ({detail})" if detail else ""), flush=True)
    else:
        failures += 1
        print(f"FAIL crash/{name}: {detail}", flush=True)


def connect(path, ext):
    db = sqlite3.connect(path, isolation_level=None, timeout=30)
    if ext:
        db.enable_load_extension(True)
        db.load_extension(ext)
        db.enable_load_extension(False)
    return db


def digest_by_source(db):
    """source_id -> sha1 of its mention rows (without the rowid, which depends on history)."""
    out = {}
    rows = db.execute("SELECT source_id, start, length, surface, kind, value, earliest, latest, earliest_jd, "
                      "latest_jd, calendar, score FROM mention ORDER BY source_id, start, length, kind, value")
    for r in rows:
        out.setdefault(r[0], hashlib.sha1()).update(repr(r[1:]).encode())
    return {k: v.hexdigest() for k, v in out.items()}


def make_base(workdir):
    base = os.path.join(workdir, "base.db")
    subprocess.run([sys.executable, os.path.join(ROOT, "samples", "load_samples.py"), base], check=True,
                   stdout=subprocess.DEVNULL)
    db = sqlite3.connect(base, isolation_level=None)
    n = db.execute("SELECT count(*) FROM source").fetchone()[0]
    # Copies with new ids, so the tagging job is long enough to be interrupted.
    for k in range(1, REPEAT):
        db.execute("INSERT INTO source(id, title, url, author, date, calendar, lang, text) "
                   "SELECT id + ?, title, url, author, date, calendar, lang, text FROM source WHERE id <= ?",
                   (k * 1000000, n))
    ids = [r[0] for r in db.execute("SELECT id FROM source ORDER BY id")]
    db.close()
    return base, ids


def copy_db(src, dst, journal_mode):
    for suffix in ("", "-journal", "-wal", "-shm"):
        if os.path.exists(dst + suffix):
            os.remove(dst + suffix)
    shutil.copy(src, dst)
    db = sqlite3.connect(dst, isolation_level=None)
    db.execute(f"PRAGMA journal_mode={journal_mode}")
    db.close()


# ---- the child: tags, logs, and gets killed ------------------------------------------------

def child(path, ext, mode, first, last, batch, log):
    db = connect(path, ext)
    out = open(log, "a", buffering=1)
    if mode == "big":
        out.write("start\n")
        db.execute(INSERT_MENTIONS, (first, last))
        out.write("done\n")
        return
    ids = [r[0] for r in db.execute("SELECT id FROM source ORDER BY id")]
    for k in range(0, len(ids), batch):
        chunk = ids[k:k + batch]
        db.execute("BEGIN")
        db.execute(INSERT_MENTIONS, (chunk[0], chunk[-1]))
        out.write(f"committing {k // batch + 1}\n")
        db.execute("COMMIT")
        out.write(f"committed {k // batch + 1}\n")
    out.write("done\n")


def run_child(path, ext, mode, log, kill_after=None, kill_at_commit=None):
    """Starts the child; kills it after `kill_after` seconds or when it announces COMMIT number
    `kill_at_commit`. Returns True when it was killed (False: it finished first)."""
    open(log, "w").close()
    lo, hi = -(1 << 62), 1 << 62
    p = subprocess.Popen([sys.executable, __file__, "--child", path, ext, mode, str(lo), str(hi), str(BATCH), log])
    deadline = time.monotonic() + 600
    started = None
    while p.poll() is None and time.monotonic() < deadline:
        text = open(log).read()
        if started is None and ("start" in text or "commit" in text):
            started = time.monotonic()
        if kill_after is not None and started is not None and time.monotonic() - started >= kill_after:
            break
        if kill_at_commit is not None and f"committing {kill_at_commit}\n" in text:
            break
        time.sleep(0.001 if kill_at_commit is not None else 0.01)
    if p.poll() is None:
        os.kill(p.pid, signal.SIGKILL)
        p.wait()
        return True
    return False


def logged_batches(log):
    done = [int(line.split()[1]) for line in open(log) if line.startswith("committed ")]
    return max(done) if done else 0


def check_db(path, ext):
    """Opens the database like a fresh process would; returns (integrity, connection)."""
    db = connect(path, ext)
    integrity = db.execute("PRAGMA integrity_check").fetchall()
    return integrity, db


def scenario_big(base, ids, ext, reference, journal, workdir, kills, full_seconds):
    path = os.path.join(workdir, f"big-{journal}.db")
    rng = random.Random(7)
    problems, killed = [], 0
    for i in range(kills):
        copy_db(base, path, journal)
        when = full_seconds * rng.uniform(0.05, 0.95)
        was_killed = run_child(path, ext, "big", os.path.join(workdir, "big.log"), kill_after=when)
        killed += was_killed
        integrity, db = check_db(path, ext)
        got = digest_by_source(db)
        db.close()
        if integrity != [("ok",)]:
            problems.append(f"kill {i} at {when:.2f}s: integrity_check {integrity[:3]}")
        elif got and got != reference:
            problems.append(f"kill {i} at {when:.2f}s: {len(got)} of {len(reference)} sources tagged (a partial statement)")
    report(not problems and killed > 0, f"{journal}/big-insert-killed",
           "; ".join(problems) if problems else f"{killed} kills mid-statement, database empty of mentions each time")


def scenario_batches(base, ids, ext, reference, journal, workdir, kills, full_seconds):
    path = os.path.join(workdir, f"batches-{journal}.db")
    log = os.path.join(workdir, "batches.log")
    batches = [ids[k:k + BATCH] for k in range(0, len(ids), BATCH)]
    rng = random.Random(11)
    problems, results = [], []
    for i in range(kills):
        copy_db(base, path, journal)
        if i % 2 == 0:
            how = dict(kill_after=full_seconds * rng.uniform(0.05, 0.95))
        else:
            how = dict(kill_at_commit=rng.randint(1, len(batches) - 1))
        killed = run_child(path, ext, "batches", log, **how)
        k = logged_batches(log)
        integrity, db = check_db(path, ext)
        got = digest_by_source(db)
        db.close()
        desc = f"kill {i} ({'after %.2fs' % how['kill_after'] if 'kill_after' in how else 'at COMMIT %d' % how['kill_at_commit']})"
        if integrity != [("ok",)]:
            problems.append(f"{desc}: integrity_check {integrity[:3]}")
            continue
        matched = None
        for j in (k, k + 1):
            if j > len(batches):
                continue
            want = {sid: reference[sid] for b in batches[:j] for sid in b if sid in reference}
            if got == want:
                matched = j
        if matched is None:
            problems.append(f"{desc}: {len(got)} sources tagged, not the state after batch {k} or {k + 1}")
        results.append(f"{matched}/{len(batches)}" + ("" if killed else " finished"))
    report(not problems, f"{journal}/batches-killed",
           "; ".join(problems) if problems else "committed batches at the kills: " + ", ".join(results))


# ---- the authority index after crash recovery, rollbacks, savepoints and reopen -------------

def scenario_authority(base, ext, journal, workdir):
    path = os.path.join(workdir, f"authority-{journal}.db")
    copy_db(base, path, journal)
    problems = []

    def expect(db, step, name, want):
        got = db.execute("SELECT clio_resolve(?)", (name,)).fetchone()[0]
        holders = [r[0] for r in db.execute("SELECT person_id FROM clio_alias WHERE alias = ?", (name,))]
        if got != want or (want is not None and holders != [want]) or (want is None and holders):
            problems.append(f"{step}: clio_resolve({name!r}) = {got!r}, clio_alias holds {holders}, expected {want!r}")

    # Names nobody in the samples has, unlike each other and unlike the person's own name.
    a, b = "Quirinus Wexley", "Dorothea Blumquist"
    db = connect(path, ext)
    db.execute("INSERT INTO clio_person(id, name) VALUES ('qw', 'Zebulon Fairweather')")
    db.execute("INSERT INTO clio_alias(person_id, alias) VALUES ('qw', ?)", (a,))
    expect(db, "after insert", a, "qw")
    expect(db, "after insert", b, None)

    # A process without clio renames the alias and is killed before COMMIT: a hot journal (or
    # uncommitted WAL frames) that the next reader must ignore.
    script = ("import sqlite3, os, signal, sys\n"
              "db = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
              "db.execute('BEGIN IMMEDIATE')\n"
              "db.execute('UPDATE clio_alias SET alias = ? WHERE person_id = ?', (sys.argv[2], 'qw'))\n"
              "db.execute('PRAGMA cache_spill = 1')\n"
              "os.kill(os.getpid(), signal.SIGKILL)\n")
    subprocess.run([sys.executable, "-c", script, path, b])
    expect(db, "after a killed uncommitted rename", a, "qw")
    expect(db, "after a killed uncommitted rename", b, None)
    if db.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
        problems.append("integrity_check failed after the killed writer")

    # The same rename, committed by the other process.
    subprocess.run([sys.executable, "-c", script.replace("os.kill(os.getpid(), signal.SIGKILL)", "db.execute('COMMIT')"),
                    path, b], check=True)
    expect(db, "after a committed rename elsewhere", a, None)
    expect(db, "after a committed rename elsewhere", b, "qw")

    # Savepoints on the clio connection itself.
    db.execute("BEGIN")
    db.execute("SAVEPOINT s1")
    db.execute("UPDATE clio_alias SET alias = ? WHERE person_id = 'qw'", (a,))
    expect(db, "inside a savepoint", a, "qw")
    db.execute("ROLLBACK TO s1")
    expect(db, "after ROLLBACK TO", a, None)
    expect(db, "after ROLLBACK TO", b, "qw")
    db.execute("DELETE FROM clio_alias WHERE person_id = 'qw'")
    expect(db, "after a delete in the transaction", b, None)
    db.execute("ROLLBACK")
    expect(db, "after ROLLBACK", b, "qw")
    db.close()

    # Reopen: a new connection builds its index from the tables as they are on disk.
    db = connect(path, ext)
    expect(db, "after reopen", b, "qw")
    expect(db, "after reopen", a, None)
    # Changed while no clio connection was open (a plain process), then reopened.
    db.close()
    plain = sqlite3.connect(path, isolation_level=None)
    plain.execute("DELETE FROM clio_alias WHERE person_id = 'qw'")
    plain.execute("DELETE FROM clio_person WHERE id = 'qw'")
    plain.close()
    db = connect(path, ext)
    expect(db, "after a change while closed", b, None)
    db.close()
    report(not problems, f"{journal}/authority-index-after-crash-rollback-reopen", "; ".join(problems))


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        path, ext, mode, first, last, batch, log = sys.argv[2:9]
        child(path, ext, mode, int(first), int(last), int(batch), log)
        return 0
    build = sys.argv[1] if len(sys.argv) > 1 else "build"
    kills = int(sys.argv[2]) if len(sys.argv) > 2 else 6
    ext = os.path.abspath(os.path.join(build, "clio"))
    workdir = tempfile.mkdtemp(prefix="clio-crash-")
    try:
        base, ids = make_base(workdir)
        ref = os.path.join(workdir, "reference.db")
        copy_db(base, ref, "delete")
        db = connect(ref, ext)
        t0 = time.monotonic()
        db.execute(INSERT_MENTIONS, (-(1 << 62), 1 << 62))
        full_seconds = time.monotonic() - t0
        reference = digest_by_source(db)
        db.close()
        if len(reference) < len(ids) // 2:
            report(False, "reference", f"only {len(reference)} of {len(ids)} sources have mentions")
            return 1
        print(f"   reference: {len(ids)} sources, {len(reference)} with mentions, tagged in {full_seconds:.2f}s",
              flush=True)
        for journal in ("delete", "wal"):
            scenario_big(base, ids, ext, reference, journal, workdir, kills, full_seconds)
            scenario_batches(base, ids, ext, reference, journal, workdir, kills, full_seconds)
            scenario_authority(base, ext, journal, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
