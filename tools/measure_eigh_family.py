"""Measure how often the engine's ``linalg.eigh`` (both triangles), ``eigvalsh``,
``pinv(hermitian=True)`` and ``matrix_rank(hermitian=True)`` give PyTorch's bits, by size.

Run it with a Python that has PyTorch (never a dependency of the project); it imports the
engine from this checkout beside real PyTorch:

    .venv-torch/bin/python tools/measure_eigh_family.py

Cases: X X^T / n of a standard normal X (n x (n + 3), numpy's generator seeded per case), every
other one minus a random multiple of the identity (indefinite), every fifth of rank n - 1; 10 per
size n = 2 to 16, float64 and float32. A result counts when every element is identical.
"""
from __future__ import annotations

import pathlib
import sys
from collections import defaultdict

import numpy as np
import torch

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
import autograd_tui.engine as engine  # noqa: E402


def _results(lib, a: np.ndarray, dtype) -> dict:
    A = lib.from_numpy(a).to(dtype)  # noqa: N806
    return {"eigh L": lib.linalg.eigh(A), "eigh U": lib.linalg.eigh(A, UPLO="U"),
            "eigvalsh L": (lib.linalg.eigvalsh(A),), "eigvalsh U": (lib.linalg.eigvalsh(A, UPLO="U"),),
            "pinv hermitian": (lib.linalg.pinv(A, hermitian=True),),
            "matrix_rank hermitian": (lib.linalg.matrix_rank(A, hermitian=True),)}


def _band(n: int) -> str:
    return "2-7" if n <= 7 else "8-11" if n <= 11 else "12-16"


def main() -> None:
    torch.set_num_threads(1)
    counts: dict = defaultdict(lambda: [0, 0])
    for name in ("float64", "float32"):
        for n in range(2, 17):
            for trial in range(10):
                g = np.random.default_rng(1000 * n + trial)
                x = g.standard_normal((n, n + 3))
                a = x @ x.T / n
                if trial % 2:
                    a = a - np.eye(n) * g.uniform(0, 2)
                if trial % 5 == 4:
                    a = x[:, :n - 1] @ x[:, :n - 1].T
                ours = _results(engine, a, getattr(engine, name))
                theirs = _results(torch, a, getattr(torch, name))
                for op in ours:
                    same = all(np.array_equal(p.numpy(), q.numpy()) for p, q in zip(ours[op], theirs[op]))
                    row = counts[(name, op, _band(n))]
                    row[0] += same
                    row[1] += 1
    for key in sorted(counts):
        print(f"{key[0]:8s} {key[1]:22s} n {key[2]:6s} {counts[key][0]:3d} / {counts[key][1]}")


if __name__ == "__main__":
    main()
