"""``torch.linalg.eig``/``eigvals`` of float32 matrices up to 2 x 2 as MKL's ``sgeev`` computes them.

PyTorch runs LAPACK's ``geev`` in the input's precision: a float32 matrix goes through ``sgeev``
in float32 (``[[4, 1], [2, 3]]`` has the eigenvalue 1.9999998807907104, which prints as
``2.0000``). ``numpy.linalg.eig`` always works in float64 and rounds once (exactly 2., printed
``2.``). numpy's own gufunc has a float32 loop (``sgeev`` of the LAPACK it ships), reached with the
signature ``f->FF``; up to 2 x 2 it agrees with MKL, measured against PyTorch 2.13 on 6,000
random, symmetric and small-integer matrices (``tools/record_lapack_geev.py``): every eigenvalue,
and every eigenvector of real eigenvalues; for complex pairs about half the vectors (MKL's
normalisation of the pair differs in the last bit). From 3 x 3 neither reproduces MKL (its
Hessenberg QR differs: a few percent of eigenvalues agree), so the caller keeps numpy's float64
path there (``None``).
"""
from __future__ import annotations

import importlib
from typing import Any

import numpy as np

LARGEST = 2

_umath_linalg: Any
try:  # numpy's gufuncs behind numpy.linalg.eig/eigvals (stable in numpy 1.x and 2.x)
    _umath_linalg = importlib.import_module("numpy.linalg._umath_linalg")
except ImportError:  # pragma: no cover - a numpy without them keeps the float64 path
    _umath_linalg = None


def eig_single(a: np.ndarray, vectors: bool) -> tuple[np.ndarray, np.ndarray | None] | None:
    """Eigenvalues (and right eigenvectors) of a finite float32 ``(..., n, n)`` stack with n <= 2,
    computed by ``sgeev`` in float32 as complex64; None otherwise (or if LAPACK did not converge)."""
    if _umath_linalg is None or a.dtype != np.float32 or not 0 < a.shape[-1] <= LARGEST:
        return None
    with np.errstate(all="ignore"):
        if vectors:
            w, v = _umath_linalg.eig(a, signature="f->FF")
        else:
            w, v = _umath_linalg.eigvals(a, signature="f->F"), None
    if not np.isfinite(w).all():
        return None
    return w, v
