#!/usr/bin/env node
// The chrono-node peer (npm chrono-node, installed into tests/bench/node_modules), timed on the
// benchmark inputs.
//
//   node peer_chrono.js parse  EXPRS_TSV  N          [--days OUT]       parse the first N expressions
//   node peer_chrono.js search PROSE_JSONL BYTES [--mentions OUT]   parse() over the first documents
//                                                                   until BYTES of UTF-8 are covered
//
// Prints one JSON object: {"items", "unit", "seconds", "cpu_seconds", "found"}. Only the work is
// timed (not node's start, the require, or reading the input); scripts/bench measures peak memory
// of the whole process. --days writes, per input line, the ISO day chrono returned (empty if none),
// for the accuracy side-table; --mentions writes, per document, the character spans found. Run with
// TZ=UTC so that the Date chrono returns reads back as the same day.
//
// How chrono is called, and why:
//   parse   chrono.parseDate(text) (English, the default), and when that finds nothing the German,
//           French and Russian parsers in turn: the expressions are in those four languages and
//           clio reads all four without being told which.
//   search  chrono.parse(text) (English) per document: the prose is mostly English; this is the
//           cheapest call and flatters chrono (Russian documents are scanned, but only in English).
"use strict";
const fs = require("fs");
const { startTimer } = require("./work_timer");
const chrono = require("chrono-node");

const fallbacks = [chrono.de, chrono.fr, chrono.ru];

function parseAnyLanguage(text) {
  let d = chrono.parseDate(text);
  for (let i = 0; d === null && i < fallbacks.length; i++) d = fallbacks[i].parseDate(text);
  return d;
}

function isoDay(d) {
  if (!d || isNaN(d.getTime())) return "";
  const y = d.getUTCFullYear();
  const pad = (n, w) => String(n).padStart(w, "0");
  const year = y < 0 ? "-" + pad(-y, 4) : pad(y, 4);
  return `${year}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

function readLines(path) {
  const text = fs.readFileSync(path, "utf8");
  return text.split("\n").filter((l) => l.length > 0);
}

function main() {
  const [mode, path, amountText] = process.argv.slice(2);
  const amount = Number(amountText);
  let result;
  if (mode === "parse") {
    const exprs = readLines(path).slice(0, amount).map((l) => l.split("\t")[0]);
    const days = new Array(exprs.length);
    const stop = startTimer();
    for (let i = 0; i < exprs.length; i++) days[i] = isoDay(parseAnyLanguage(exprs[i]));
    const timed = stop();
    const at = process.argv.indexOf("--days");
    if (at > 0) fs.writeFileSync(process.argv[at + 1], days.map((d) => d + "\n").join(""));
    result = { items: exprs.length, unit: "expr", ...timed, found: days.filter((d) => d).length };
  } else if (mode === "search") {
    const docs = [];
    let total = 0;
    for (const line of readLines(path)) {
      if (total >= amount) break;
      const doc = JSON.parse(line);
      docs.push(doc);
      total += Buffer.byteLength(doc, "utf8");
    }
    const results = new Array(docs.length);
    const stop = startTimer();
    for (let i = 0; i < docs.length; i++) results[i] = chrono.parse(docs[i]);
    const timed = stop();
    const found = results.reduce((n, r) => n + r.length, 0);
    const at = process.argv.indexOf("--mentions");
    if (at > 0) {
      // [start, end) in UTF-16 units, which are characters for our prose (no astral characters)
      const lines = results.map((r) => JSON.stringify(r.map((m) => [m.index, m.index + m.text.length])) + "\n");
      fs.writeFileSync(process.argv[at + 1], lines.join(""));
    }
    result = { items: total, unit: "byte", ...timed, found, docs: docs.length };
  } else {
    console.error("usage: node peer_chrono.js parse|search FILE AMOUNT [--days OUT]");
    process.exit(2);
  }
  console.log(JSON.stringify(result));
}

main();
