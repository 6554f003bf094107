"""Check the engine's torch.special.log_ndtr (and the erfcx it uses) against live PyTorch, bit for bit.

Run it with a Python that has PyTorch (never a dependency of the project):

    .venv-torch/bin/python tools/check_ndtr.py

For float32 and float64, on about 500,000 inputs (a fine grid over [-80, 10], log-spaced values
in [-100, -1], uniform ones in [-3, 3], normal ones, and special values), each line gives the
share of inputs by range where ``parity/ndtr.py`` gives exactly PyTorch's bits (NaN equals NaN),
the largest difference in units in the last place, and how many values print differently at
PyTorch's default precision (``%.4e``).
"""
from __future__ import annotations

import pathlib
import sys

import numpy as np
import torch

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from autograd_tui.engine.parity import ndtr  # noqa: E402

RANGES = ((-np.inf, -70.7), (-70.7, -10), (-10, -3), (-3, -1), (-1, 0), (0, 3), (3, np.inf))


def inputs() -> np.ndarray:
    rng = np.random.default_rng(0)
    return np.concatenate([
        np.linspace(-80, 10, 200001), -np.exp(rng.uniform(0, np.log(100), 100000)),
        rng.uniform(-3, 3, 100000), rng.normal(0, 5, 100000),
        np.array([-10, 0, 3, -1, -1.0000001, 1e-8, -1e-8, 40, -40, np.inf, -np.inf, np.nan])])


def report(name: str, x: np.ndarray, want: np.ndarray, got: np.ndarray) -> None:
    same = (got == want) | (np.isnan(got) & np.isnan(want))
    printed = np.char.mod("%.4e", got.astype(np.float64)) != np.char.mod("%.4e", want.astype(np.float64))
    print(f"{name}: {same.mean() * 100:.2f}% identical, {printed.sum()} of {x.size} print differently")
    for lo, hi in RANGES:
        m = (x >= lo) & (x < hi)
        if not m.any():
            continue
        finite = m & np.isfinite(want) & np.isfinite(got)
        ulps = np.abs((got[finite].astype(np.float64) - want[finite]) / np.spacing(want[finite]))
        print(f"   [{lo:>6}, {hi:>6}): {m.sum():7d} inputs, {same[m].mean() * 100:6.2f}% identical, "
              f"max {ulps.max() if ulps.size else 0:.0f} ulp")


def main() -> None:
    for dtype in (torch.float32, torch.float64):
        x = torch.tensor(inputs()).to(dtype)
        data = x.numpy()
        report(f"log_ndtr {dtype}", data, torch.special.log_ndtr(x).numpy(), ndtr.log_ndtr_array(data))
        report(f"erfcx {dtype}", data, torch.special.erfcx(x).numpy(), ndtr.erfcx_array(data))


if __name__ == "__main__":
    main()
