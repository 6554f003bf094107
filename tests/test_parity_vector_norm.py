"""Vector norms in the order PyTorch's CPU kernel reduces (parity/pnorm.py, parity/norm2.py).

The measured order spelled out one element at a time (the iterator's memory order, ATen's
running sum with the C library's ``pow``, float64's four lanes and fused rest), against what the
engine computes through ``torch.linalg.vector_norm`` on random shapes, dims and layouts.
"""
from __future__ import annotations

import itertools
import math

import numpy as np

import autograd_tui.engine as torch
from autograd_tui.engine.parity import libm, sleef64


def _memory_order(x: np.ndarray, reduced: tuple) -> tuple[list[np.ndarray], bool]:
    """Each output's elements, in the kept dims' order, visited in order of their addresses, and
    whether they lie next to each other in memory."""
    kept = [d for d in range(x.ndim) if d not in reduced]
    outputs, run = [], True
    for index in itertools.product(*(range(x.shape[d]) for d in kept)):
        picked: list = [slice(None)] * x.ndim
        for d, i in zip(kept, index):
            picked[d] = i
        part = x[tuple(picked)]
        offsets = [sum(i * s for i, s in zip(pos, part.strides)) for pos in np.ndindex(*part.shape)]
        values = [part[pos] for pos in np.ndindex(*part.shape)]
        outputs.append(np.array([v for _, v in sorted(zip(offsets, values), key=lambda pair: pair[0])], x.dtype))
        run = run and sorted(offsets) == list(range(0, len(offsets) * x.itemsize, x.itemsize))
    return outputs, run


def _pow(base, exponent, dtype) -> float:
    value = libm.c_binary("pow", np.array([base], dtype), np.array([exponent], dtype))
    assert value is not None  # the C library is there
    return value[0]


def _running(values: np.ndarray, p: float) -> float:
    kind = values.dtype.type
    total = kind(0)
    for v in np.abs(values):
        if p == 2:
            total = kind(total + kind(v * v))
        elif p == 1:
            total = kind(total + v)
        else:
            total = kind(total + _pow(v, p, values.dtype))
    if p == 2:
        return kind(np.sqrt(total))
    if p == 1:
        return total
    return _pow(total, kind(1) / kind(p), values.dtype)


def _four_lanes(row: np.ndarray) -> np.float64:
    n = row.shape[0]
    full = n - n % 4
    lanes = [0.0] * 4
    for start in range(0, full, 4):
        for lane in range(4):
            lanes[lane] = lanes[lane] + row[start + lane] * row[start + lane]
    total = lanes[0] + lanes[1] + lanes[2] + lanes[3]
    for j in range(full, n):
        total = float(sleef64.fma(row[j], row[j], np.float64(total)))
    return np.float64(math.sqrt(total))


def test_norms_over_split_dims_and_other_powers_add_in_memory_order() -> None:
    rng = np.random.default_rng(5)
    cases = [((4, 6, 9), (0, 2)), ((4, 6, 9), (1,)), ((5, 7, 3), (0, 1)), ((3, 5), (0,)), ((2, 3, 4), (0, 2)),
             ((300, 2), (0,))]
    checked = 0
    for (shape, dims), dtype, p in itertools.product(cases, (np.float32, np.float64), (2.0, 3.0, 1.5, 1.0)):
        x = (rng.standard_normal(shape) * 3).astype(dtype)
        for values in (x, x.transpose()):
            rows, run = _memory_order(values, dims)
            if run and p == 2:  # one run of memory: the vector kernel (below, and test_parity_norm2)
                continue
            got = torch.linalg.vector_norm(torch.from_numpy(values), p, dims).numpy().reshape(-1)
            expected = np.array([_running(row, p) for row in rows], dtype)
            assert np.array_equal(got, expected), (shape, dims, dtype, p)
            checked += 1
    assert checked > 70


def test_float64_rows_take_four_lanes_and_a_fused_rest() -> None:
    rng = np.random.default_rng(6)
    for n in range(1, 40):
        x = rng.standard_normal((3, n)) * np.exp2(rng.integers(-8, 8, (3, n)))
        got = torch.linalg.vector_norm(torch.from_numpy(x), dim=1).numpy()
        assert np.array_equal(got, [_four_lanes(row) for row in x]), n


def test_float16_rows_are_summed_in_float_one_after_another() -> None:
    rng = np.random.default_rng(7)
    x = rng.standard_normal((4, 45)).astype(np.float16)
    got = torch.linalg.vector_norm(torch.from_numpy(x), dim=1).numpy()
    assert got.dtype == np.float16
    expected = [np.float16(_running(row.astype(np.float32), 2.0)) for row in x]
    assert np.array_equal(got, expected)


def test_empty_reductions_and_empty_outputs() -> None:
    for p in (2.0, 3.0, 1.0, -1.0):
        x = torch.zeros(2, 0)
        assert torch.linalg.vector_norm(x, p, dim=0).shape == (0,)
        if p > 0:  # a negative power of nothing is refused (no identity)
            assert torch.linalg.vector_norm(x, p, dim=1).tolist() == [0.0, 0.0]
        assert torch.linalg.vector_norm(torch.zeros(0, 3), p, dim=0 if p > 0 else 1).shape == ((3,) if p > 0 else (0,))
