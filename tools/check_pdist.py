"""Check the engine's pdist (forward and backward) and cdist's Euclidean forward against live
PyTorch, bit for bit.

Run it with a Python that has PyTorch (never a dependency of the project):

    .venv-torch/bin/python tools/check_pdist.py

For each p and dtype, 300 random matrices (2 to 40 rows, 1 to 70 columns, normal values, some
rows repeated so that zero distances occur) go through ``parity/pdist.py`` and PyTorch; each line
gives the share of matrices whose distances, and whose gradients (for a random upstream
gradient), are all PyTorch's bits. Then, per dtype, 300 random cdist pairs (1 to 25 rows each,
so that PyTorch does not use matrix products, 1 to 70 columns, batched or not) through
``pdist.cdist_euclidean``: the share of elements with PyTorch's bits.
"""
from __future__ import annotations

import pathlib
import sys

import numpy as np
import torch

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from autograd_tui.engine.parity import pdist  # noqa: E402


def same(a: np.ndarray, b: np.ndarray) -> bool:
    return bool(np.array_equal(a, b, equal_nan=True))


def main() -> None:
    rng = np.random.default_rng(0)
    for dtype in (torch.float32, torch.float64):
        for p in (2.0, 1.0, 0.0, float("inf"), 3.0, 1.5, 0.5):
            forward_ok = backward_ok = 0
            trials = 300
            for _ in range(trials):
                n, m = int(rng.integers(2, 41)), int(rng.integers(1, 71))
                x = rng.normal(size=(n, m))
                if n > 2 and rng.random() < 0.3:
                    x[1] = x[0]
                xt = torch.tensor(x, dtype=dtype, requires_grad=True)
                d = torch.pdist(xt, p)
                g = torch.tensor(rng.normal(size=d.shape), dtype=dtype)
                (grad,) = torch.autograd.grad(d, xt, g)
                data = xt.detach().numpy()
                mine = pdist.forward(data, p)
                forward_ok += same(mine, d.detach().numpy())
                backward_ok += same(pdist.backward(g.numpy(), data, d.detach().numpy(), p), grad.numpy())
            print(f"{dtype} p={p}: forward {forward_ok / trials * 100:.1f}%, "
                  f"backward {backward_ok / trials * 100:.1f}%")
        check_cdist(rng, dtype)


def check_cdist(rng: np.random.Generator, dtype: torch.dtype) -> None:
    equal = total = 0
    for _ in range(300):
        batch = (int(rng.integers(1, 4)),) if rng.random() < 0.3 else ()
        r1, r2, m = int(rng.integers(1, 26)), int(rng.integers(1, 26)), int(rng.integers(1, 71))
        x1 = torch.tensor(rng.normal(size=batch + (r1, m)) * 3, dtype=dtype)
        x2 = torch.tensor(rng.normal(size=batch + (r2, m)), dtype=dtype)
        expected = torch.cdist(x1, x2).numpy()
        mine = pdist.cdist_euclidean(x1.numpy(), x2.numpy())
        equal += int(np.sum(mine == expected))
        total += expected.size
    print(f"{dtype} cdist p=2 (no matrix products): {equal / total * 100:.3f}% of {total} distances")


if __name__ == "__main__":
    main()
