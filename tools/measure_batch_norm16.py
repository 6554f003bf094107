"""Measure the engine's bfloat16 and float16 ``batch_norm`` against live PyTorch, bit for bit.

Run it with a Python that has PyTorch (never a dependency of the project):

    .venv-torch/bin/python tools/measure_batch_norm16.py

For each type, 60 random BatchNorm modules in that type (1d on (N, C) and (N, C, L), 2d on
(N, C, H, W); random weights and biases), one training step and one eval step on random
inputs, and a float32 module given a bfloat16 input (mixed types): the share of output
elements and of running statistics with PyTorch's bits.
"""
from __future__ import annotations

import pathlib
import sys

import numpy as np
import torch

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import autograd_tui.engine as engine  # noqa: E402


def make_pair(rng: np.random.Generator, dtype: str, mixed: bool):
    shape = [int(rng.integers(2, 9)), int(rng.integers(1, 6))]
    shape += [int(v) for v in rng.integers(1, 40, int(rng.integers(0, 3)))]
    layer = {2: "BatchNorm1d", 3: "BatchNorm1d", 4: "BatchNorm2d"}[len(shape)]
    theirs = getattr(torch.nn, layer)(shape[1])
    mine = getattr(engine.nn, layer)(shape[1])
    if not mixed:
        theirs, mine = theirs.to(getattr(torch, dtype)), mine.to(getattr(engine, dtype))
    with torch.no_grad():
        theirs.weight.uniform_(0.5, 1.5)
        theirs.bias.uniform_(-0.5, 0.5)
    with engine.no_grad():
        mine.weight.copy_(engine.tensor(theirs.weight.detach().double().numpy()).to(mine.weight.dtype))
        mine.bias.copy_(engine.tensor(theirs.bias.detach().double().numpy()).to(mine.bias.dtype))
    return shape, theirs, mine


def main() -> None:
    rng = np.random.default_rng(0)
    for dtype, mixed in (("bfloat16", False), ("float16", False), ("bfloat16", True)):
        counts = {"train output": [0, 0], "running stats": [0, 0], "eval output": [0, 0]}
        for _ in range(60):
            shape, theirs, mine = make_pair(rng, dtype, mixed)
            for step in ("train output", "eval output"):
                (theirs.train if step == "train output" else theirs.eval)()
                (mine.train if step == "train output" else mine.eval)()
                x = torch.tensor(rng.normal(size=shape) * 2 + 0.3).to(getattr(torch, dtype))
                a = theirs(x).detach().double().numpy()
                b = mine(engine.tensor(x.double().numpy()).to(getattr(engine, dtype))).detach().double().numpy()
                counts[step][0] += int(np.sum(a == b))
                counts[step][1] += a.size
            for name in ("running_mean", "running_var"):
                a = getattr(theirs, name).double().numpy()
                b = getattr(mine, name).double().numpy()
                counts["running stats"][0] += int(np.sum(a == b))
                counts["running stats"][1] += a.size
        label = f"{dtype} input, float32 module" if mixed else dtype
        print(label + ": " + ", ".join(f"{k} {s / t * 100:.2f}% of {t}" for k, (s, t) in counts.items()), flush=True)


if __name__ == "__main__":
    main()
