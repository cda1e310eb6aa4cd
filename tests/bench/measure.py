"""Running one benchmark process and reading its figures.

Every tool runs in its own process under GNU time (/usr/bin/time -v), which gives the peak resident
set size of that process (interpreter, libraries and data included). The seconds come from the
tool itself and cover only the timed work, as wall seconds and as CPU seconds (user + system;
the machine is shared, and CPU time is what other processes do not inflate):
  peers     print one JSON object {"items", "unit", "seconds", "cpu_seconds", "found", ...}
            (peer_*.py, peer_*.js, timed by work_timer.py / work_timer.js)
  clio      runs in the sqlite3 shell with `.timer on`; run_sqlite() runs the query twice in the same
            process and keeps the second "Run Time: real R user U sys S" (the first warms the page
            cache), as a user would see it at the shell.
"""

from dataclasses import dataclass, field
import json
import os
import re
import subprocess
import tempfile

GNU_TIME = "/usr/bin/time"


@dataclass
class Measured:
    ok: bool
    seconds: float = 0.0       # wall
    cpu_seconds: float = 0.0   # user + system
    peak_rss_kb: int = 0
    output: dict = field(default_factory=dict)  # the tool's JSON, or {"rows": [...]} for sqlite
    error: str = ""


def run_timed(cmd: list[str], env: dict | None = None, cwd: str | None = None,
              stdin_text: str | None = None) -> tuple[int, str, str, int]:
    """Runs cmd under /usr/bin/time -v. Returns (exit code, stdout, stderr, peak RSS in KB)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time", delete=False) as t:
        time_file = t.name
    try:
        full_env = dict(os.environ, **(env or {}))
        p = subprocess.run([GNU_TIME, "-v", "-o", time_file] + cmd, input=stdin_text, text=True,
                           capture_output=True, env=full_env, cwd=cwd)
        with open(time_file, encoding="utf-8", errors="replace") as f:
            m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", f.read())
        return p.returncode, p.stdout, p.stderr, int(m.group(1)) if m else 0
    finally:
        os.unlink(time_file)


def failure(code: int, stderr: str, work_done: bool) -> str:
    """What went wrong, in a few words: the last line of stderr, or how the process ended."""
    if code < 0 or code > 128:  # killed by a signal (GNU time reports 128 + signal)
        signal = -code if code < 0 else code - 128
        return f"crashed (signal {signal})" + (" after the timed query finished" if work_done else "")
    lines = stderr.strip().splitlines()
    return lines[-1] if lines else f"exit {code}"


def run_peer(cmd: list[str], cwd: str | None = None) -> Measured:
    """A peer script that prints its JSON result as the last line of stdout."""
    code, out, err, rss = run_timed(cmd, env={"TZ": "UTC"}, cwd=cwd)
    lines = [line for line in out.splitlines() if line.strip()]
    if code != 0 or not lines:
        return Measured(False, error=failure(code, err, False))
    result = json.loads(lines[-1])
    return Measured(True, result["seconds"], result["cpu_seconds"], rss, result)


def run_sqlite(db: str, extension: str, query: str, setup: str = "") -> Measured:
    """Runs `query` twice in one sqlite3 shell with clio loaded; times the second run.

    The query must return one row; its columns come back as output["rows"] of the second run.
    `setup` (SQL or dot-commands) runs first, untimed.
    """
    script = f".load {extension}\n{setup}\n.timer on\n{query};\n{query};\n"
    code, out, err, rss = run_timed(["sqlite3", "-batch", "-bail", db], stdin_text=script)
    times = re.findall(r"Run Time: real ([0-9.]+) user ([0-9.]+) sys ([0-9.]+)", out)
    rows = [line for line in out.splitlines() if line and not line.startswith("Run Time:")]
    if code != 0 or len(times) < 2:
        return Measured(False, error=failure(code, err, len(times) >= 2))
    real, user, sys_ = (float(x) for x in times[-1])
    return Measured(True, real, user + sys_, rss, {"rows": rows[len(rows) // 2:]})


def sqlite_rows(db: str, extension: str, sql: str) -> tuple[list[list[str]], str]:
    """Runs SQL with clio loaded and returns its rows split on tabs (or the error message)."""
    script = f".load {extension}\n.mode tabs\n{sql}\n"
    p = subprocess.run(["sqlite3", "-batch", "-bail", db], input=script, text=True, capture_output=True)
    if p.returncode != 0:
        return [], p.stderr.strip()
    return [line.split("\t") for line in p.stdout.splitlines()], ""
