"""Timing of whole processes for the benchmark scripts: wall time and peak resident memory."""
import os
import subprocess
import sys
import time


def run(argv):
    """Runs argv; returns (seconds, peak resident MB, stdout). Exits when it fails."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{argv[:2]} failed with status {status}")
    return elapsed, usage.ru_maxrss / 1024, output.decode("utf-8")


def best(argv, runs=3):
    """The fastest of `runs` runs of argv."""
    return min((run(argv) for _ in range(runs)), key=lambda r: r[0])
