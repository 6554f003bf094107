"""Measure the engine's float16 and bfloat16 ``prod`` against live PyTorch, bit for bit.

Run it with a Python that has PyTorch (never a dependency of the project):

    .venv-torch/bin/python tools/measure_prod16.py

For each type: 64 rows of each length 1 to 79 and a few longer ones (factors in [0.5, 1.6], so
that most products stay in range; a NaN counts as equal to a NaN), multiplied along the rows,
down the columns, whole, as a transposed view and as a strided slice; then long whole products
(40,000 elements) on one and two threads. A line gives the share of outputs with PyTorch's bits.
"""
from __future__ import annotations

import pathlib
import sys

import numpy as np
import torch

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import autograd_tui.engine as engine  # noqa: E402

LAYOUTS = {
    "rows": lambda t: t.prod(1),
    "columns": lambda t: t.prod(0),
    "whole": lambda t: t.prod(),
    "transposed rows": lambda t: t.T.prod(0),
    "strided rows": lambda t: t[:, ::2].prod(1),
}


def main() -> None:
    rng = np.random.default_rng(0)
    for name in ("float16", "bfloat16"):
        same = {layout: [0, 0] for layout in LAYOUTS}
        for n in [*range(1, 80), 100, 130, 200, 257, 300]:
            theirs = torch.tensor(rng.uniform(0.5, 1.6, size=(64, n))).to(getattr(torch, name))
            mine = engine.tensor(theirs.double().numpy()).to(getattr(engine, name))
            for layout, product in LAYOUTS.items():
                a, b = product(theirs).double().numpy(), product(mine).double().numpy()
                same[layout][0] += int(np.sum((a == b) | (np.isnan(a) & np.isnan(b))))
                same[layout][1] += a.size
        shares = (f"{layout} {k / total * 100:.2f}% of {total}" for layout, (k, total) in same.items())
        print(name + ": " + ", ".join(shares))
        for threads in (1, 2):
            torch.set_num_threads(threads)
            engine.set_num_threads(threads)
            equal = 0
            for _ in range(10):
                theirs = torch.tensor(rng.uniform(0.99, 1.01, size=40000)).to(getattr(torch, name))
                mine = engine.tensor(theirs.double().numpy()).to(getattr(engine, name))
                equal += theirs.prod().item() == mine.prod().item()
            print(f"  40,000 factors, {threads} thread(s): {equal} of 10")


if __name__ == "__main__":
    main()
