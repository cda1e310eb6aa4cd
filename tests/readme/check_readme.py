#!/usr/bin/env python3
"""Executes every example in README.md through the real sqlite3 shell and checks its output,
and checks the README's function reference against what clio actually registers.

Examples are ```sql blocks. A statement (lines up to one ending in ';') may be followed by lines
`--> row` giving its expected output in the shell's list mode (columns separated by '|', NULL shown
as NULL). Statements without `-->` lines must run without error. All blocks run in order in one
in-memory database, so later examples can use tables made by earlier ones.

The function reference is the table under '## Function reference': rows like
| `clio_date(text [, options])` | scalar | deterministic, innocuous | ... |
Arguments in [brackets] are optional. The set of names, argument counts and flags must equal
pragma_function_list / pragma_module_list for clio's names.

Usage: check_readme.py BUILD_DIR      prints PASS/FAIL lines, exits 1 on any failure.
"""
import os
import re
import sqlite3
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MARK = "----clio-example-boundary----"


def examples(readme):
    """Returns [line_number, statement, expected_lines or None] for every sql example."""
    items, stmt, start, in_block = [], [], 0, False
    for number, line in enumerate(readme.splitlines(), 1):
        fence = line.strip()
        if fence.startswith("```"):
            in_block = (not in_block) and fence == "```sql"
            continue
        if not in_block:
            continue
        if line.startswith("-->"):
            if not items or stmt:
                raise SystemExit(f"README.md:{number}: '-->' must follow a complete statement")
            if items[-1][2] is None:
                items[-1][2] = []
            items[-1][2].append(line[4:] if line.startswith("--> ") else line[3:])
        elif stmt or (line.strip() and not line.startswith("--")):
            if not stmt:
                start = number
            stmt.append(line)
            if line.rstrip().endswith(";"):
                items.append([start, "\n".join(stmt), None])
                stmt = []
    return items


def run_examples(build, readme):
    items = examples(readme)
    script = [f".load {build}/clio", ".mode list", ".nullvalue NULL", ".headers off"]
    for _, stmt, _ in items:
        script.append(stmt)
        script.append(f".print {MARK}")
    proc = subprocess.run(["sqlite3", "-batch", ":memory:"], input="\n".join(script) + "\n",
                          capture_output=True, text=True, cwd=ROOT)
    # stderr carries errors; run again per statement only if needed to attribute them.
    outputs = proc.stdout.split(MARK + "\n")
    failures = 0
    if proc.stderr.strip():
        print(f"FAIL readme/examples: the shell reported errors:\n{proc.stderr}")
        return 1
    for (line, stmt, expected), out in zip(items, outputs):
        got = out.splitlines()
        if expected is not None and got != expected:
            failures += 1
            print(f"FAIL readme/example at README.md:{line}\n  {stmt}\n  expected: {expected}\n  got:      {got}")
    print(("PASS" if failures == 0 else "FAIL") + f" readme/examples ({len(items)} statements)")
    return 1 if failures else 0


FLAG_WORDS = {"deterministic": 0x800, "directonly": 0x80000, "innocuous": 0x200000}


def documented(readme):
    section = readme.split("## Function reference", 1)
    if len(section) < 2:
        raise SystemExit("README.md has no '## Function reference' section")
    body = section[1].split("\n## ", 1)[0]
    funcs, modules = {}, set()
    for m in re.finditer(r"^\| `(clio_\w+)\(([^)]*)\)` \| (scalar|table-valued) \| ([^|]*) \|", body, re.M):
        name, args, kind, flags = m.group(1), m.group(2), m.group(3), m.group(4)
        if kind == "table-valued":
            modules.add(name)
            continue
        required = len([a for a in args.split("[")[0].split(",") if a.strip()])
        optional = args.count("[")
        words = {w.strip() for w in flags.split(",") if w.strip() and w.strip() != "—"}
        unknown = words - set(FLAG_WORDS)
        if unknown:
            raise SystemExit(f"README.md: unknown flag words for {name}: {unknown}")
        for n in range(required, required + optional + 1):
            funcs[(name, n)] = words
    return funcs, modules


def registered(build):
    con = sqlite3.connect(":memory:")
    con.enable_load_extension(True)
    con.load_extension(os.path.join(build, "clio"))
    funcs = {}
    for name, narg, flags in con.execute(
            "SELECT name, narg, flags FROM pragma_function_list WHERE name LIKE 'clio\\_%' ESCAPE '\\'"):
        funcs[(name, narg)] = {w for w, bit in FLAG_WORDS.items() if flags & bit}
    modules = {r[0] for r in con.execute(
        "SELECT name FROM pragma_module_list WHERE name LIKE 'clio\\_%' ESCAPE '\\'")}
    return funcs, modules


def check_surface(build, readme):
    doc_funcs, doc_mods = documented(readme)
    reg_funcs, reg_mods = registered(build)
    problems = []
    for key in sorted(set(doc_funcs) | set(reg_funcs)):
        if key not in reg_funcs:
            problems.append(f"documented but not registered: {key[0]} with {key[1]} arguments")
        elif key not in doc_funcs:
            problems.append(f"registered but not documented: {key[0]} with {key[1]} arguments")
        elif doc_funcs[key] != reg_funcs[key]:
            problems.append(f"{key[0]}/{key[1]}: documented flags {sorted(doc_funcs[key])}, "
                            f"registered {sorted(reg_funcs[key])}")
    for m in sorted(doc_mods ^ reg_mods):
        problems.append(f"table-valued function {m} is " + ("not registered" if m in doc_mods else "not documented"))
    if problems:
        print("FAIL readme/api-surface\n  " + "\n  ".join(problems))
        return 1
    print(f"PASS readme/api-surface ({len(reg_funcs)} function signatures, {len(reg_mods)} table-valued functions)")
    return 0


def main():
    build = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build"))
    readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    status = run_examples(build, readme)
    status |= check_surface(build, readme)
    sys.exit(status)


if __name__ == "__main__":
    main()
