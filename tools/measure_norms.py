"""Measure the engine's vector norms against live PyTorch, bit for bit.

Run it with a Python that has PyTorch (never a dependency of the project):

    .venv-torch/bin/python tools/measure_norms.py [--trials N]

For each dtype and p, N random cases (one to three dims of sizes 1 to 40, a random set of dims
reduced or all of them, a quarter of the inputs transposed views, keepdim either way) go through
``torch.linalg.vector_norm`` and the engine's; a line gives the share of cases whose every
output has PyTorch's bits. Then the same for long reductions (one output of 40,000 strided
elements, several outputs of a 200 x 400 tensor) on one and two threads; last, ``renorm`` and
``F.normalize`` on random shapes.
"""
from __future__ import annotations

import argparse
import pathlib
import sys
from typing import Any

import numpy as np
import torch

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import autograd_tui.engine as engine  # noqa: E402

SIZES = (1, 2, 3, 4, 5, 7, 8, 9, 13, 16, 17, 23, 31, 40)
DTYPES = ("float32", "float64", "float16", "bfloat16")


def bits_equal(mine, theirs: torch.Tensor) -> bool:
    a = np.asarray(mine.float().numpy() if theirs.dtype == torch.bfloat16 else mine.numpy())
    b = theirs.float().numpy() if theirs.dtype == torch.bfloat16 else theirs.numpy()
    return a.shape == b.shape and bool(np.array_equal(a, b, equal_nan=True))


def both(x: np.ndarray, dtype: str) -> tuple[torch.Tensor, Any]:
    """PyTorch's tensor of ``x`` in ``dtype`` and the engine's of the same values (made from
    PyTorch's: a double goes to float16 by way of float there)."""
    theirs = torch.tensor(x, dtype=getattr(torch, dtype))
    return theirs, engine.tensor(theirs.double().numpy(), dtype=getattr(engine, dtype))


def random_case(rng: np.random.Generator) -> tuple[tuple, object, bool, bool]:
    ndim = int(rng.integers(1, 4))
    shape = tuple(int(rng.choice(SIZES)) for _ in range(ndim))
    count = int(rng.integers(1, ndim + 1))
    dims = None if rng.random() < 0.15 else tuple(int(d) for d in rng.choice(ndim, count, replace=False))
    return shape, dims, bool(rng.random() < 0.25 and ndim >= 2), bool(rng.random() < 0.3)


def measure(rng: np.random.Generator, dtype: str, p: float, trials: int) -> float:
    same = 0
    for _ in range(trials):
        shape, dims, transposed, keepdim = random_case(rng)
        x = rng.normal(size=shape) * 3
        theirs, mine = both(x, dtype)
        if transposed:
            theirs, mine = theirs.transpose(0, -1), mine.transpose(0, -1)
        same += bits_equal(engine.linalg.vector_norm(mine, p, dims, keepdim),
                           torch.linalg.vector_norm(theirs, p, dims, keepdim))
    return same / trials


def measure_long(rng: np.random.Generator, dtype: str, p: float) -> str:
    shares = []
    for threads in (1, 2):
        torch.set_num_threads(threads)
        engine.set_num_threads(threads)
        same = 0
        for _ in range(4):
            x = rng.normal(size=(200, 400))
            theirs, mine = both(x, dtype)
            same += bits_equal(engine.linalg.vector_norm(mine[:, ::2], p), torch.linalg.vector_norm(theirs[:, ::2], p))
            same += bits_equal(engine.linalg.vector_norm(mine, p, 0), torch.linalg.vector_norm(theirs, p, 0))
            same += bits_equal(engine.linalg.vector_norm(mine, p), torch.linalg.vector_norm(theirs, p))
        shares.append(f"{threads} thread(s) {same}/12")
    return ", ".join(shares)


def measure_composites(rng: np.random.Generator, trials: int) -> str:
    """``torch.renorm`` and ``F.normalize`` (their norms go through the same kernel)."""
    same = 0
    for i in range(trials):
        shape = tuple(int(v) for v in rng.integers(1, 9, int(rng.integers(2, 4))))
        theirs, mine = both(rng.normal(size=shape), ("float32", "float64")[i % 2])
        p, dim = (1, 2, 3, 1.5)[i % 4], int(rng.integers(0, len(shape)))
        same += bits_equal(engine.renorm(mine, p, dim, 1.0), torch.renorm(theirs, p, dim, 1.0))
        same += bits_equal(engine.nn.functional.normalize(mine, p=p, dim=dim),
                           torch.nn.functional.normalize(theirs, p=p, dim=dim))
    return f"renorm and F.normalize: {same} of {2 * trials} results"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trials", type=int, default=300)
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    for dtype in DTYPES:
        for p in (2.0, 1.0, 3.0, 1.5, 0.5, -1.0):
            torch.set_num_threads(2)
            engine.set_num_threads(2)
            share = measure(rng, dtype, p, args.trials)
            print(f"{dtype} p={p:g}: {share * 100:.1f}% of {args.trials} cases; long: {measure_long(rng, dtype, p)}",
                  flush=True)
    print(measure_composites(rng, args.trials))


if __name__ == "__main__":
    main()
