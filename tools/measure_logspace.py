"""Measure the engine's ``torch.logspace`` against live PyTorch, bit for bit.

Run it with a Python that has PyTorch (never a dependency of the project):

    .venv-torch/bin/python tools/measure_logspace.py

For each dtype, 400 random calls (ends in [-5, 5], complex ends for complex types half of the
time, 2 to 120 steps, bases 10, 2, e and random ones in (0.3, 12)); a line gives the share of
calls whose every value has PyTorch's bits. Last, ``torch.linspace`` with complex ends.
"""
from __future__ import annotations

import math
import pathlib
import sys

import numpy as np
import torch

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import autograd_tui.engine as engine  # noqa: E402


def main() -> None:
    rng = np.random.default_rng(0)
    for name in ("float32", "float64", "float16", "complex64", "complex128"):
        same = trials = 0
        for _ in range(400):
            start, end = (complex(round(float(v), 3)) for v in rng.uniform(-5, 5, 2))
            if name.startswith("complex") and rng.random() < 0.5:
                start, end = complex(start, float(rng.uniform(-2, 2))), complex(end, float(rng.uniform(-2, 2)))
            base = float(rng.choice([10.0, 2.0, math.e, float(rng.uniform(0.3, 12))]))
            steps = int(rng.integers(2, 121))
            if start.imag == 0 and end.imag == 0:
                start, end = start.real, end.real
            theirs = torch.logspace(start, end, steps, base, dtype=getattr(torch, name)).numpy()
            mine = engine.logspace(start, end, steps, base, dtype=getattr(engine, name)).numpy()
            same += bool(np.array_equal(theirs, mine, equal_nan=True))
            trials += 1
        print(f"{name}: {same / trials * 100:.1f}% of {trials} calls")
    for name in ("complex64", "complex128"):
        same = 0
        for _ in range(400):
            start, end = complex(*rng.uniform(-5, 5, 2)), complex(*rng.uniform(-5, 5, 2))
            steps = int(rng.integers(2, 121))
            same += bool(np.array_equal(torch.linspace(start, end, steps, dtype=getattr(torch, name)).numpy(),
                                        engine.linspace(start, end, steps, dtype=getattr(engine, name)).numpy()))
        print(f"linspace {name}: {same / 400 * 100:.1f}% of 400 calls")


if __name__ == "__main__":
    main()
