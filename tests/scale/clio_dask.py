"""Tag a corpus that outgrows one machine: shard it into N SQLite files, tag the shards in
parallel on a Dask distributed cluster, gather the results into one database.

    python3 clio_dask.py SOURCES_DB AUTHORITY_DB OUT_DB --module BUILD/clio.so
                         [--shards N] [--scheduler tcp://host:8786] [--work DIR]

SOURCES_DB holds `sources(id INTEGER PRIMARY KEY, text, date, correspondent)`; AUTHORITY_DB holds
clio's authority tables (sql/authority.sql). OUT_DB receives `tags` (see tagging.sql, the one
place that says what tagging means) for every source.

How it runs:
  shard()   splits sources by id into N files (row id modulo N: deterministic, balanced).
  tag()     runs on a worker: opens the authority as the main database (read-only: many workers
            may share one file), attaches its shard, loads clio and executes tagging.sql. The
            authority is the worker's own copy - clio_resolve/clio_mentions read main.clio_person.
  gather()  attaches each tagged shard to OUT_DB and copies its tags.
Without --scheduler a LocalCluster (processes, one thread each) stands in for the cluster; with
it, the same code submits to a real scheduler. On a real cluster every worker must see the
paths it is given: put --work, the authority and the module on a shared filesystem, or copy them
to the same path on every node (the module must be built for the workers' platform). Workers
need Debian's /usr/bin/python3 (or any Python whose sqlite3 can load extensions) and clio's
runtime libraries (ICU).
"""
import argparse
import os
import sqlite3
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TAGGING_SQL_PATH = os.path.join(HERE, "tagging.sql")


def shard(sources_db, n, work_dir):
    """Writes work_dir/shard-<i>.db (i < n), each with the sources whose id % n == i."""
    os.makedirs(work_dir, exist_ok=True)
    paths = []
    for i in range(n):
        path = os.path.join(work_dir, f"shard-{i:04d}.db")
        if os.path.exists(path):
            os.remove(path)  # re-runs start from scratch, never append
        con = sqlite3.connect(path)
        con.execute("ATTACH DATABASE ? AS src", (sources_db,))
        schema = con.execute("SELECT sql FROM src.sqlite_schema WHERE type = 'table' AND name = 'sources'").fetchone()
        if schema is None:
            raise SystemExit(f"{sources_db} has no table sources")
        con.execute(schema[0])
        con.execute("INSERT INTO main.sources SELECT * FROM src.sources WHERE id % ? = ?", (n, i))
        con.commit()
        con.execute("DETACH DATABASE src")
        con.close()
        paths.append(path)
    return paths


def tag(shard_path, authority_db, module, tagging_sql):
    """Runs tagging_sql on one shard; returns (shard_path, number of tags). Runs on a worker."""
    con = sqlite3.connect(f"file:{authority_db}?mode=ro", uri=True, isolation_level=None)
    con.enable_load_extension(True)
    con.load_extension(module)
    con.enable_load_extension(False)
    con.execute("ATTACH DATABASE ? AS shard", (shard_path,))
    con.execute("BEGIN")
    _execute_script(con, tagging_sql)
    con.execute("COMMIT")
    count = con.execute("SELECT count(*) FROM shard.tags").fetchone()[0]
    con.close()
    return shard_path, count


def _execute_script(con, script):
    # executescript() would COMMIT first and cannot run inside our transaction; split on complete
    # statements instead, which sqlite3.complete_statement decides exactly.
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            con.execute(statement)
            statement = ""
    if any(line.strip() and not line.strip().startswith("--") for line in statement.splitlines()):
        raise ValueError("tagging SQL ends with an incomplete statement")


def gather(shard_paths, out_db):
    """Copies the tags of every shard into out_db's tags table (recreated)."""
    con = sqlite3.connect(out_db, isolation_level=None)
    con.execute("DROP TABLE IF EXISTS tags")
    con.execute("BEGIN")
    for i, path in enumerate(shard_paths):
        con.execute("ATTACH DATABASE ? AS part", (path,))
        if i == 0:
            schema = con.execute("SELECT sql FROM part.sqlite_schema WHERE name = 'tags'").fetchone()[0]
            con.execute(schema)
        con.execute("INSERT INTO main.tags SELECT * FROM part.tags")
        con.execute("COMMIT")  # DETACH is not allowed inside a transaction
        con.execute("DETACH DATABASE part")
        con.execute("BEGIN")
    con.execute("CREATE INDEX IF NOT EXISTS tags_source ON tags(source_id)")
    con.execute("COMMIT")
    con.close()


def run(sources_db, authority_db, out_db, module, n_shards, work_dir, scheduler=None, n_workers=2):
    """The whole recipe; returns the number of tags per shard. scheduler: None for a LocalCluster,
    else a Dask scheduler address such as 'tcp://10.0.0.5:8786'."""
    from distributed import Client, LocalCluster

    with open(TAGGING_SQL_PATH, encoding="utf-8") as f:
        tagging_sql = f.read()
    paths = shard(sources_db, n_shards, work_dir)
    args = (os.path.abspath(authority_db), os.path.abspath(module), tagging_sql)
    if scheduler is None:
        with LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster, Client(cluster) as client:
            counts = _tag_all(client, paths, args)
    else:
        with Client(scheduler) as client:
            counts = _tag_all(client, paths, args)
    gather(paths, out_db)
    return [counts[p] for p in paths]


def _tag_all(client, paths, args):
    # pure=False: a re-run must tag again even though the arguments are the same.
    futures = [client.submit(tag, p, *args, pure=False) for p in paths]
    return dict(client.gather(futures))


def run_single(sources_db, authority_db, out_db, module):
    """The reference: the same tagging SQL over the whole corpus as one shard, no Dask."""
    with open(TAGGING_SQL_PATH, encoding="utf-8") as f:
        tagging_sql = f.read()
    work = out_db + ".single"
    paths = shard(sources_db, 1, work)
    tag(paths[0], os.path.abspath(authority_db), os.path.abspath(module), tagging_sql)
    gather(paths, out_db)


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sources_db")
    ap.add_argument("authority_db")
    ap.add_argument("out_db")
    ap.add_argument("--module", required=True, help="path to clio.so")
    ap.add_argument("--shards", type=int, default=8)
    ap.add_argument("--scheduler", help="Dask scheduler address; default: a LocalCluster")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 2, help="LocalCluster workers")
    ap.add_argument("--work", default=None, help="directory for the shard files (default: OUT_DB.shards)")
    args = ap.parse_args(argv)
    counts = run(args.sources_db, args.authority_db, args.out_db, args.module, args.shards,
                 args.work or args.out_db + ".shards", args.scheduler, args.workers)
    print(f"{sum(counts)} tags from {len(counts)} shards into {args.out_db}")


if __name__ == "__main__":
    main(sys.argv[1:])
