// Times the work of a peer: wall seconds and CPU seconds (user + system, all threads of this
// process: V8's garbage collector helpers included, as they are part of the work).
// The benchmark machine is shared, so the table reports CPU seconds, which other processes do not
// inflate; wall seconds go to results.json as well.
//
//   const stop = startTimer();
//   ... the work ...
//   const figures = stop();    // {seconds: wall, cpu_seconds: cpu}
"use strict";

function startTimer() {
  const wall = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpu);
    return { seconds: Number(process.hrtime.bigint() - wall) / 1e9, cpu_seconds: (used.user + used.system) / 1e6 };
  };
}

module.exports = { startTimer };
