"""Measure ``fused=True`` Adam and AdamW on float16 and bfloat16 parameters against live PyTorch.

Run it with a Python that has PyTorch (never a dependency of the project):

    .venv-torch/bin/python tools/measure_fused_reduced.py [SEED]

80 random parameters per optimizer and type (1-300 elements; weight decay 0, 0.01 or 0.1; amsgrad;
maximize; lr 0.1, 0.01 or 0.001), three steps on the same random gradients in both; a case counts
when the parameter and every state tensor have PyTorch's bits.
"""
from __future__ import annotations

import pathlib
import sys

import numpy as np
import torch

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import autograd_tui.engine as engine  # noqa: E402


def _run(lib, values: np.ndarray, grads: list, dtype: str, kind: str, options: dict) -> list:
    p = lib.nn.Parameter(lib.tensor(values, dtype=lib.float32).to(getattr(lib, dtype)))
    opt = getattr(lib.optim, kind)([p], fused=True, **options)
    for g in grads:
        p.grad = lib.tensor(g, dtype=lib.float32).to(getattr(lib, dtype))
        opt.step()
    tensors = [p.detach(), *(v for k, v in opt.state[p].items() if k != "step")]
    return [t.float().tolist() for t in tensors]


def main() -> None:
    rng = np.random.default_rng(int(sys.argv[1]) if len(sys.argv) > 1 else 0)
    for kind in ("Adam", "AdamW"):
        for dtype in ("float16", "bfloat16"):
            same = 0
            for _ in range(80):
                n = int(rng.integers(1, 301))
                options = dict(lr=float(rng.choice([0.1, 0.01, 1e-3])), weight_decay=float(rng.choice([0, 0.01, 0.1])),
                               amsgrad=bool(rng.integers(0, 2)), maximize=bool(rng.integers(0, 4) == 0))
                values = rng.standard_normal(n)
                grads = [rng.standard_normal(n) for _ in range(3)]
                same += _run(torch, values, grads, dtype, kind, options) == _run(engine, values, grads, dtype, kind,
                                                                                   options)
            print(f"{kind}(fused=True) {dtype}: {same} of 80 cases, parameter and state bit for bit")


if __name__ == "__main__":
    main()
