"""How far from a float32 midpoint the softmax kernels' SLEEF ``expf``/``logf`` disagree with
correct rounding: whether a fast path (numpy's float64 value rounded, the emulation only near a
midpoint) could give their bits.

    python tools/measure_softmax_midpoints.py [--only exp|log] [--step N]

For every ``step``-th float32 of the kernels' domains (exp: [-86, 0], ``_expf_ordinary``, which
log_softmax and its backward run; log: [1, 2**16), ``_logf_of_sums``), compares the engine's
result (equal to SLEEF's on every input: ``tools/check_softmax_kernels.py``) with numpy's
float64 value rounded to float32, and prints, among the inputs where they differ, the largest
distance of the float64 value from a float32 midpoint (in float32 ulps: 0 on a midpoint, 0.5 on
a float32), a histogram of those distances, and the share of all inputs lying that close to a
midpoint (what the emulation would still have to compute). numpy's float64 exp and log are
within a few float64 ulps of the exact value (about 2**-28 float32 ulps), far below the
distances printed. Not a test: takes a few minutes with the default step.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from autograd_tui.engine.parity import float32_math, softmax  # noqa: E402

_CHUNK = 1 << 22
_BINS = 50  # histogram of the disagreements' distances, in steps of 0.01 ulp


def _distances(value: np.ndarray) -> np.ndarray:
    """Distance of each float64 ``value`` (positive, normal as float32) from the nearest float32
    midpoint, in units of the float32 spacing there."""
    rounded = value.astype(np.float32)
    below = np.where(rounded.astype(np.float64) <= value, rounded, np.nextafter(rounded, np.float32(0)))
    above = np.nextafter(below, np.float32(np.inf))
    low = below.astype(np.float64)
    position = (value - low) / (above.astype(np.float64) - low)  # in [0, 1)
    return np.abs(position - 0.5)


def measure(name: str, first: int, end: int, step: int, sign: int, kernel, reference) -> float:
    total = differ = 0
    worst = 0.0
    histogram = np.zeros(_BINS, np.int64)
    near_counts = np.zeros(_BINS, np.int64)  # inputs within k/100 ulp of a midpoint
    for start in range(first, end, _CHUNK * step):
        bits = np.arange(start, min(end, start + _CHUNK * step), step, dtype=np.uint32) | np.uint32(sign)
        x = bits.view(np.float32)
        got = kernel(x)
        value = reference(x.astype(np.float64))
        distance = _distances(value)
        wrong = got != value.astype(np.float32)
        total += x.size
        differ += int(np.count_nonzero(wrong))
        if wrong.any():
            worst = max(worst, float(distance[wrong].max()))
            histogram += np.histogram(distance[wrong], bins=_BINS, range=(0, _BINS / 100))[0]
        near_counts += np.histogram(distance, bins=_BINS, range=(0, _BINS / 100))[0]
    print(f"{name}: {total} inputs, {differ} ({100 * differ / total:.3f}%) differ from the correctly rounded value")
    print(f"  largest distance from a midpoint of a differing value: {worst:.4f} ulp")
    print(f"  differing values by distance (0.01-ulp bins): {histogram.tolist()}")
    share = np.cumsum(near_counts)[min(_BINS - 1, int(worst * 100))] / total
    print(f"  inputs within that distance of a midpoint (the emulation's share): {100 * share:.1f}%")
    return worst


def share_near(name: str, x: np.ndarray, reference, margin: float) -> None:
    """The share of plausible inputs (uniform values, not uniform bits) whose float64 value lies
    within ``margin`` ulp of a midpoint, and the chance that a block of 1,280 (a batch of 128
    rows of 10 classes) or 128 (its row sums) has none."""
    share = float(np.mean(_distances(reference(x.astype(np.float64))) <= margin))
    print(f"  {name}: {100 * share:.1f}% within {margin:.3f} ulp; no such input among 1,280: "
          f"{(1 - share) ** 1280:.2g}, among 128: {(1 - share) ** 128:.2g}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", choices=("exp", "log"))
    parser.add_argument("--step", type=int, default=1, help="exp takes every 8 times as many")
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    if args.only in (None, "exp"):
        # every float32 in (-86, 0): the negative ones, bits from 0x80000001 to -86's
        end = int(np.float32(86).view(np.int32)) + 1
        worst = measure("exp on [-86, 0]", 1, end, 8 * args.step, 0x80000000, float32_math._expf_ordinary, np.exp)
        x = rng.uniform(-20, 0, 10 ** 6).astype(np.float32)
        share_near("x - max uniform in [-20, 0]", x, np.exp, 1.5 * worst)
    if args.only in (None, "log"):
        lo, hi = (int(np.float32(v).view(np.int32)) for v in (1, 2 ** 16))
        worst = measure("log on [1, 2**16)", lo, hi, args.step, 0, softmax._logf_of_sums, np.log)
        x = rng.uniform(1, 10, 10 ** 6).astype(np.float32)
        share_near("row sums uniform in [1, 10]", x, np.log, 1.5 * worst)


if __name__ == "__main__":
    main()
