"""``torch.linalg.matrix_exp`` of float32 and float64 matrices as PyTorch 2.13's CPU kernel
computes it (ATen's ``mexp``, after Bader, Blanes and Casas, "Computing the Matrix Exponential
with an Optimized Taylor Polynomial Approximation", 2019), step by step in the input's dtype.

- The 1-norm (largest column sum of absolute values, each column added in order) picks the
  polynomial: Taylor degree 1, 2, 4, 8, 12 or 18, each up to a fixed bound per dtype
  (``THETAS``). Above the degree-12 bound, degree 18 on the matrix scaled by 2^-s (s the
  smallest with norm / 2^s <= the degree-18 bound), then s squarings. A batch of more than
  one matrix always takes that last path (s = 0 for the small ones); a matrix whose norm is
  NaN comes out all NaN.
- Degree 1 is I + A, degree 2 (I + A) + A^2 / 2; the others are a handful of matrix products
  around linear combinations: each combination's terms multiplied, rounded and added in order
  from 0 (ATen's ``_compute_linear_combination``: measured, no fused multiply-add), with the
  coefficients rounded to the dtype as C++ rounds its constants (degree 8's from double
  expressions of a float ``sqrt(177)`` for float32).
- The products are ``bmm`` (``bmm_of``: ATen's own loop below 400 multiply-adds a matrix,
  MKL's gemm per matrix above), so the emulation is exactly as good as the engine's batched
  products.

Measured against PyTorch 2.13 with ``tools/record_matrix_exp_cases.py``.
"""
from __future__ import annotations

from typing import Callable

import numpy as np

# (B, n, n) @ (B, n, n) in the dtype, as torch.bmm; the output's offset in its allocation
BatchedProduct = Callable[[np.ndarray, np.ndarray, int], np.ndarray]

# The largest 1-norm each Taylor degree 1, 2, 4, 8, 12, 18 takes (ATen's bounds per dtype)
THETAS: dict[np.dtype, tuple[float, ...]] = {
    np.dtype(np.float32): (1.192092800768788e-07, 5.978858893805233e-04, 5.116619363445086e-02,
                           5.800524627688768e-01, 1.461661507209034e+00, 3.010066362817634e+00),
    np.dtype(np.float64): (2.220446049250313e-16, 2.580956802971767e-08, 3.397168839976962e-04,
                           4.991228871115323e-02, 2.996158913811580e-01, 1.090863719290036e+00),
}

# The published coefficients of the degree-12 and degree-18 schemes (rows: the combinations
# of I, A, A^2, A^3 (and A^6) each product takes)
_T12 = ((9.0198e-16, 0.46932117595418237389, -0.20099424927047284052, -0.04623946134063071740),
        (5.31597895759871264183, 1.19926790417132231573, 0.01179296240992997031, 0.01108844528519167989),
        (0.18188869982170434744, 0.05502798439925399070, 0.09351590770535414968, 0.00610700528898058230),
        (-2.0861320e-13, -0.13181061013830184015, -0.02027855540589259079, -0.00675951846863086359))
_T18 = ((0., -1.00365581030144618291e-01, -8.02924648241156932449e-03, -8.92138498045729985177e-04, 0.),
        (0., 3.97849749499645077844e-01, 1.36783778460411720168e+00, 4.98289622525382669416e-01,
         -6.37898194594723280150e-04),
        (-1.09676396052962061844e+01, 1.68015813878906206114e+00, 5.71779846478865511061e-02,
         -6.98210122488052056106e-03, 3.34975017086070470649e-05),
        (-9.04316832390810593223e-02, -6.76404519071381882256e-02, 6.75961301770459654925e-02,
         2.95552570429315521194e-02, -1.39180257516060693404e-05),
        (0., 0., -9.23364619367118555360e-02, -1.69364939002081722752e-02, -1.40086798182036094347e-05))


def _degree8_coefficients(dtype: np.dtype) -> dict:
    """x1..x7 and y2 of the degree-8 scheme. In C++ ``sqrt(177)`` and ``x3`` are constants of
    the dtype and the rest double expressions of them, each rounded to the dtype once."""
    r = dtype.type
    s = float(r(0.1330413469565007072504e+2))
    x3 = float(r(2.0 / 3.0))
    return {"x1": r(x3 * ((1.0 + s) / 88.0)), "x2": r(x3 * ((1.0 + s) / 352.0)), "x3": r(x3),
            "x4": r((-271.0 + 29.0 * s) / (315.0 * x3)), "x5": r((-11.0 + 11.0 * s) / (1260.0 * x3)),
            "x6": r((-99.0 + 11.0 * s) / (5040.0 * x3)), "x7": r((89.0 - s) / (5040.0 * x3)),
            "y2": r((857.0 - 58.0 * s) / 630.0)}


def _combination(stack: np.ndarray, coefficients) -> np.ndarray:
    """sum_j c_j * stack[j]: each product rounded, added in order from 0."""
    out = np.zeros(stack.shape[1:], stack.dtype)
    for j, c in enumerate(coefficients):
        out = out + stack[j] * stack.dtype.type(c)
    return out


def _fill(buffer: np.ndarray, a: np.ndarray, powers: int, bmm: BatchedProduct) -> np.ndarray:
    """The first ``powers`` slots of ``buffer`` (one (B, n, n) stack each): I, A, A^2, A^3, A^6."""
    size = a.size  # elements per slot: where each product's output starts
    buffer[0] = np.eye(a.shape[-1], dtype=a.dtype)
    buffer[1] = a
    for slot, (x, y) in ((2, (1, 1)), (3, (1, 2)), (4, (3, 3))):
        if slot < powers:
            buffer[slot] = bmm(buffer[x], buffer[y], slot * size)
    return buffer


def _taylor1(a: np.ndarray, bmm: BatchedProduct) -> np.ndarray:
    buffer = _fill(np.empty((2,) + a.shape, a.dtype), a, 2, bmm)
    return (np.zeros_like(a) + buffer[0]) + buffer[1]


def _taylor2(a: np.ndarray, bmm: BatchedProduct) -> np.ndarray:
    buffer = _fill(np.empty((3,) + a.shape, a.dtype), a, 3, bmm)
    return ((np.zeros_like(a) + buffer[0]) + buffer[1]) + buffer[2] / a.dtype.type(2)


def _taylor4(a: np.ndarray, bmm: BatchedProduct) -> np.ndarray:
    buffer = _fill(np.empty((4,) + a.shape, a.dtype), a, 3, bmm)
    size = a.size
    buffer[3] = bmm(buffer[2], _combination(buffer[:3], (1 / 2.0, 1 / 6.0, 1 / 24.0)), 3 * size)
    return _combination(buffer, (1.0, 1.0, 0.0, 1.0))


def _taylor8(a: np.ndarray, bmm: BatchedProduct) -> np.ndarray:
    c = _degree8_coefficients(a.dtype)
    buffer = _fill(np.empty((5,) + a.shape, a.dtype), a, 3, bmm)
    size = a.size
    buffer[3] = bmm(buffer[2], _combination(buffer[1:3], (c["x1"], c["x2"])), 3 * size)
    buffer[4] = bmm(_combination(buffer[2:4], (c["x3"], 1.0)),
                    _combination(buffer[:4], (c["x4"], c["x5"], c["x6"], c["x7"])), 4 * size)
    return _combination(buffer, (1.0, 1.0, c["y2"], 0.0, 1.0))


def _taylor12(a: np.ndarray, bmm: BatchedProduct) -> np.ndarray:
    buffer = _fill(np.empty((4,) + a.shape, a.dtype), a, 4, bmm)
    b = [_combination(buffer, row) for row in _T12]
    b[2] = b[2] + bmm(b[3], b[3], 0)  # into the identity's slot, then added
    return b[0] + bmm(b[1] + b[2], b[2], 0)


def _taylor18(a: np.ndarray, bmm: BatchedProduct) -> np.ndarray:
    buffer = _fill(np.empty((5,) + a.shape, a.dtype), a, 5, bmm)
    b = [_combination(buffer, row) for row in _T18]
    b[3] = b[3] + bmm(b[0], b[4], 0)
    return b[1] + bmm(b[2] + b[3], b[3], 0)


def _scaled_and_squared(a: np.ndarray, norm: np.ndarray, bmm: BatchedProduct) -> np.ndarray:
    """Degree 18 on a / 2^s, then s squarings (s = max(0, ceil(log2(norm / theta_18))))."""
    theta = a.dtype.type(THETAS[a.dtype][-1])
    with np.errstate(all="ignore"):
        s = np.maximum(np.ceil(np.log2(norm / theta)), 0)  # NaN stays NaN
        out = _taylor18(a * np.exp2(-s)[:, None, None].astype(a.dtype), bmm)
    # ATen squares the matrices sorted by s, all still unfinished ones in one bmm, and drops
    # each group of equal s once it has had its squarings. Which matrix sits where in that
    # batch decides each product's alignment (MKL's loops); ties keep their order here.
    squarings = np.where(np.isfinite(s), s, 0).astype(np.int64)
    order = np.argsort(squarings, kind="stable")
    acc = out[order]
    done = []
    previous = 0
    for count, squared in zip(*np.unique(squarings[order], return_counts=True)[::-1]):
        for _ in range(int(squared) - previous):
            acc = bmm(acc, acc, 0)
        previous = int(squared)
        done.append(acc[:count])
        acc = acc[count:]
    out[order] = np.concatenate(done)
    return out


_SCHEMES = (_taylor1, _taylor2, _taylor4, _taylor8, _taylor12)


def expm(a: np.ndarray, bmm: BatchedProduct) -> np.ndarray:
    """exp of each matrix of a (B, n, n) float32 or float64 array (n >= 2), as PyTorch's kernel."""
    thetas = [a.dtype.type(t) for t in THETAS[a.dtype]]
    norm = np.abs(a).sum(axis=-2).max(axis=-1)  # each column summed in order down its rows
    if a.shape[0] > 1:
        return _scaled_and_squared(a, norm, bmm)
    out = np.full(a.shape, np.nan, a.dtype)
    lower = a.dtype.type(-1)
    for scheme, upper in zip(_SCHEMES, thetas):
        if (lower < norm[0]) and (norm[0] <= upper):
            out = scheme(a, bmm)
        lower = upper
    if norm[0] >= thetas[-2]:  # the degree-12 bound itself is computed twice; this one is kept
        out = _scaled_and_squared(a, norm, bmm)
    return out
