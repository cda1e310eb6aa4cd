"""Open an SQLite database with clio loaded from any Python - a helper to copy into your project.

Many Python builds (pyenv's and python.org's by default, macOS's system Python, some conda and
Homebrew set-ups) compile the sqlite3 module without extension loading: there
`sqlite3.Connection.enable_load_extension` does not exist. connect() uses the standard module
when it can, and falls back to APSW (`apt install python3-apsw` / `pip install apsw`), which can
always load extensions. Both connections have .execute(sql, params) returning an iterable of rows.

    from clio_connect import connect
    con = connect("sources.db", "/usr/local/lib/clio.so")
    for row in con.execute("SELECT clio_date(?)", ("25 October 1917 O.S.",)):
        print(row)
"""
import sqlite3 as _sqlite3


class CannotLoadExtensions(RuntimeError):
    pass


def can_load_extensions(sqlite3_module=_sqlite3):
    """True when this Python's sqlite3 module was built with extension loading."""
    return hasattr(sqlite3_module.Connection, "enable_load_extension")


def connect(path, module, sqlite3_module=_sqlite3):
    """A connection to `path` with clio (`module`, the path of clio.so) loaded: a sqlite3
    connection when possible, else an APSW one. Raises CannotLoadExtensions with what to do."""
    if can_load_extensions(sqlite3_module):
        con = sqlite3_module.connect(path)
        con.enable_load_extension(True)
        try:
            con.load_extension(module)
        finally:
            con.enable_load_extension(False)
        return con
    try:
        import apsw
    except ImportError:
        raise CannotLoadExtensions(
            "this Python's sqlite3 module cannot load extensions (no enable_load_extension) and APSW "
            "is not installed: use the system Python (/usr/bin/python3 on Debian), install APSW "
            "(apt install python3-apsw, or pip install apsw), or rebuild Python with "
            "--enable-loadable-sqlite-extensions") from None
    con = apsw.Connection(path)
    con.enableloadextension(True)
    try:
        con.loadextension(module)
    finally:
        con.enableloadextension(False)
    return con
