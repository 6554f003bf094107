"""The workloads' timing loop (imported by them, not a workload itself): a few steps to warm up,
then ``n`` steps a round, the fastest round's time per step.

``BENCH_CLOCK=cpu`` (set by ``run.py --trees``) makes every workload read this process's CPU
time instead of wall time: on a machine shared with other jobs, the time a process waits for a
core is then not counted (only meaningful with one BLAS thread: CPU time adds up all threads)."""
import os
import time

clock = time.process_time if os.environ.get("BENCH_CLOCK") == "cpu" else time.perf_counter


def best_seconds(step, n, rounds=3, warmup=10):
    for _ in range(warmup):
        step()
    best = float("inf")
    for _ in range(rounds):
        t0 = clock()
        for _ in range(n):
            step()
        best = min(best, (clock() - t0) / n)
    return best
