"""The workloads' timing loop (imported by them, not a workload itself): a few steps to warm up,
then ``n`` steps a round, the fastest round's time per step."""
import time


def best_seconds(step, n, rounds=3, warmup=10):
    for _ in range(warmup):
        step()
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        for _ in range(n):
            step()
        best = min(best, (time.perf_counter() - t0) / n)
    return best
