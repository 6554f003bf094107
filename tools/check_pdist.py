"""Check the engine's pdist (forward and backward) against live PyTorch, bit for bit.

Run it with a Python that has PyTorch (never a dependency of the project):

    .venv-torch/bin/python tools/check_pdist.py

For each p and dtype, 300 random matrices (2 to 40 rows, 1 to 70 columns, normal values, some
rows repeated so that zero distances occur) go through ``parity/pdist.py`` and PyTorch; each line
gives the share of matrices whose distances, and whose gradients (for a random upstream
gradient), are all PyTorch's bits.
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


if __name__ == "__main__":
    main()
