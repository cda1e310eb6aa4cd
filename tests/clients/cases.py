"""The shared client cases (cases.json) for Python-driven client tests.

A client test gives run_cases() a `runner(sql, params) -> list of row lists` that raises an
exception (any kind) whose text contains the SQLite error message when a statement fails.
run_cases() prints one "PASS clients/<client>/<case>" or "FAIL ..." line per case and returns
the number of failures.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def project_version():
    with open(os.path.join(ROOT, "CMakeLists.txt"), encoding="utf-8") as f:
        return re.search(r"project\(clio VERSION ([0-9.]+)", f.read()).group(1)


def load_cases():
    with open(os.path.join(HERE, "cases.json"), encoding="utf-8") as f:
        data = json.load(f)
    version = project_version()

    def substitute(value):
        if value == "$VERSION":
            return version
        if isinstance(value, list):
            return [substitute(v) for v in value]
        return value

    for case in data["cases"]:
        if "rows" in case:
            case["rows"] = substitute(case["rows"])
    return data


def run_cases(client, runner):
    data = load_cases()
    failures = 0
    try:
        for sql in data["setup"]:
            runner(sql, {})
    except Exception as e:
        print(f"FAIL clients/{client}/setup: {e!r}")
        return 1
    for case in data["cases"]:
        label = f"clients/{client}/{case['name']}"
        try:
            rows = [list(r) for r in runner(case["sql"], case.get("params", {}))]
            if "error" in case:
                ok, detail = False, f"expected an error containing {case['error']!r}, got rows {rows!r}"
            else:
                ok, detail = rows == case["rows"], f"got {rows!r}, want {case['rows']!r}"
        except Exception as e:  # the client's own error type; the message is what we check
            if "error" in case:
                ok, detail = case["error"] in str(e), f"error {str(e)!r} lacks {case['error']!r}"
            else:
                ok, detail = False, f"error {e!r}"
        print(f"PASS {label}" if ok else f"FAIL {label}: {detail}")
        failures += not ok
    return failures
