"""Times the work of a peer: wall seconds and CPU seconds (user + system) of this process.

The benchmark machine is shared (other builds and tests run beside it), so the table reports CPU
seconds, which other processes do not inflate; wall seconds go to results.json as well.

    timer = WorkTimer()
    ... the work ...
    figures = timer.stop()     # {"seconds": wall, "cpu_seconds": cpu}
"""

import time


class WorkTimer:
    def __init__(self):
        self.wall = time.perf_counter()
        self.cpu = time.process_time()

    def stop(self) -> dict:
        return {"seconds": time.perf_counter() - self.wall, "cpu_seconds": time.process_time() - self.cpu}
