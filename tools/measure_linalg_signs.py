#!/usr/bin/env python3
"""Measure how often the engine's singular vectors and eigenvectors have PyTorch's signs.

    .venv-torch/bin/python tools/measure_linalg_signs.py [--trials N] [--max-rows M] [--max-cols N]

Singular vectors and eigenvectors are defined up to sign; PyTorch's come from MKL. For every
shape in the grid, N seeded random matrices go through ``torch.linalg.svd`` / ``torch.linalg.eigh``
and through the engine's own computation (``parity/lapack_svd.py``, ``parity/lapack_eigh.py``), and each
cell counts the matrices whose every vector has the same sign in both. Also printed: the same
count for plain numpy (``np.linalg.svd``, ``np.linalg.eigh``), which is what the engine would
give without those two modules. docs/linalg-signs.md keeps the figures.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import torch

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from autograd_tui.engine.parity import lapack_eigh, lapack_svd  # noqa: E402


def _same(a: np.ndarray, b: np.ndarray) -> bool:
    return bool(((a * b).sum(0) > 0).all())


def svd_grid(dtype: torch.dtype, trials: int, rows: int, cols: int, full: bool) -> tuple[int, int, int]:
    torch.manual_seed(0)
    engine_ok = numpy_ok = total = 0
    print(f"\nsvd {dtype} full_matrices={full}: engine (numpy) of {trials}; rows m, columns n")
    print("m\\n " + " ".join(f"{n:>7d}" for n in range(1, cols + 1)))
    for m in range(1, rows + 1):
        cells = []
        for n in range(1, cols + 1):
            e = p = 0
            for _ in range(trials):
                A = torch.randn(m, n, dtype=dtype)
                U, S, Vh = torch.linalg.svd(A, full_matrices=full)
                u, s, vh = lapack_svd.svd(A.numpy(), full)
                e += _same(U.numpy(), u) and _same(Vh.numpy().T, vh.T)
                u, s, vh = np.linalg.svd(A.numpy(), full_matrices=full)
                p += _same(U.numpy(), u) and _same(Vh.numpy().T, vh.T)
            cells.append(f"{e:>3d}({p:>2d})")
            engine_ok, numpy_ok, total = engine_ok + e, numpy_ok + p, total + trials
        print(f"{m:3d} " + " ".join(cells))
    print(f"all vectors with PyTorch's signs: engine {engine_ok}/{total}, plain numpy {numpy_ok}/{total}")
    return engine_ok, numpy_ok, total


def eigh_row(dtype: torch.dtype, trials: int) -> None:
    torch.manual_seed(0)
    print(f"\neigh {dtype} of A^T A + I, A of shape (n + 3, n): matrices with PyTorch's signs, of {trials}:"
          " engine (plain numpy), UPLO='L' and 'U'")
    for n in (2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 25, 26, 32):
        cells = []
        for uplo in ("L", "U"):
            ok = plain = 0
            for _ in range(trials):
                A = torch.randn(n + 3, n, dtype=dtype)
                C = A.mT @ A + torch.eye(n, dtype=dtype)
                V = torch.linalg.eigh(C, UPLO=uplo).eigenvectors.numpy()
                ok += _same(V, lapack_eigh.eigh(C.numpy(), uplo)[1])
                plain += _same(V, np.linalg.eigh(C.numpy(), UPLO=uplo)[1])
            cells.append(f"{ok:>3d}({plain:>2d})")
        print(f"  n={n:2d}: " + " ".join(cells))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=10)
    parser.add_argument("--max-rows", type=int, default=14)
    parser.add_argument("--max-cols", type=int, default=14)
    args = parser.parse_args(argv)
    for dtype in (torch.float64, torch.float32):
        for full in (False, True):
            svd_grid(dtype, args.trials, args.max_rows, args.max_cols, full)
        eigh_row(dtype, args.trials * 4)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
