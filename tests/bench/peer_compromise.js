#!/usr/bin/env node
// The compromise peer for passage tagging (npm compromise, installed into tests/bench/node_modules),
// timed on the benchmark prose.
//
//   node peer_compromise.js PROSE_JSONL BYTES
//
// Tags the people and places of the first documents until BYTES of UTF-8 are covered, the way a
// historian would with compromise: nlp(text).people() and .places(). compromise knows English only
// and no authority, so this is a lower bound on the work clio_mentions does (it also resolves each
// mention to a person of the authority). Prints one JSON object {"items", "unit", "seconds",
// "cpu_seconds", "found"}; only the tagging is timed.
"use strict";
const fs = require("fs");
const { startTimer } = require("./work_timer");
const nlp = require("compromise");

function main() {
  const [path, amountText] = process.argv.slice(2);
  const amount = Number(amountText);
  const docs = [];
  let total = 0;
  for (const line of fs.readFileSync(path, "utf8").split("\n")) {
    if (!line || total >= amount) break;
    const doc = JSON.parse(line);
    docs.push(doc);
    total += Buffer.byteLength(doc, "utf8");
  }
  let found = 0;
  const stop = startTimer();
  for (const text of docs) {
    const d = nlp(text);
    found += d.people().length + d.places().length;
  }
  const timed = stop();
  console.log(JSON.stringify({ items: total, unit: "byte", ...timed, found, docs: docs.length }));
}

main();
