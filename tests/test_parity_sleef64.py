"""parity/sleef64.py: the fast array forms of SLEEF's float64 exp and log give the bits of the
step-by-step one-float reference (whose every fused step is exact), on ordinary and on hard
inputs, in any size; the general fused multiply-add is the exactly rounded a*b + c. (The
reference itself is checked against SLEEF's exported kernels by tools/check_sleef64.py.)"""
from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest

from autograd_tui.engine.parity import sleef64


def _same(a: np.ndarray, b: np.ndarray) -> bool:
    a, b = np.asarray(a, np.float64), np.asarray(b, np.float64)
    return bool(((a.view(np.int64) == b.view(np.int64)) | (np.isnan(a) & np.isnan(b))).all())


def _exp_inputs(rng: np.random.Generator, n: int) -> dict[str, np.ndarray]:
    return {
        "normal": rng.normal(0, 3, n),
        "softmax shifts": -np.abs(rng.normal(0, 2, n)),
        "whole range": rng.uniform(-1010, 715, n),
        "subnormal results": rng.uniform(-745, -700, n),
        "tiny": rng.normal(0, 1, n) * np.exp(rng.uniform(-745, 0, n)),
        # s = x - q ln2 nearly cancels: the reduction's rounding is hardest to decide here
        "near multiples of ln 2": np.round(rng.uniform(-1400, 1000, n)) * np.log(2) * (1 + rng.normal(0, 1e-15, n)),
    }


def _log_inputs(rng: np.random.Generator, n: int) -> dict[str, np.ndarray]:
    return {
        "row sums": rng.uniform(1, 1000, n),
        "[0, 10]": rng.uniform(0, 10, n),
        "whole range": np.exp(rng.uniform(-700, 700, n)),
        "bit patterns": rng.integers(0, 1 << 63, n, dtype=np.uint64).view(np.float64),
        "near 1": 1 + rng.normal(0, 1e-3, n),
        # where SLEEF's getexp/getmant switch binades
        "near 0.75 and 1.5 times powers of two": np.where(rng.random(n) < 0.5, 0.75, 1.5)
        * np.exp2(rng.integers(-1000, 1000, n)) * (1 + rng.normal(0, 1e-15, n)),
    }


@pytest.mark.parametrize("kernel, reference, inputs", [(sleef64.expd, sleef64._expd1, _exp_inputs),
                                                       (sleef64.logd, sleef64._logd1, _log_inputs)])
def test_the_fast_forms_give_the_references_bits(kernel, reference, inputs):
    rng = np.random.default_rng(13)
    with np.errstate(all="ignore"):
        for label, x in inputs(rng, 3000).items():
            want = np.array([reference(v) for v in x.tolist()])
            assert _same(kernel(x), want), label
            # the same in small pieces (one float at a time up to the threshold, the fast form above)
            pieces = np.split(x[:465], np.cumsum(np.arange(1, 30)))  # 1, 2, ..., 30 elements
            assert _same(np.concatenate([kernel(p) for p in pieces]), want[:465]), label


def test_large_arrays_in_passes_give_the_same_bits_as_a_whole_block():
    x = np.random.default_rng(3).normal(0, 3, 3 * sleef64._BLOCK + 4)
    blocks = np.concatenate([sleef64._expd_fast(x[i:i + 2 * sleef64._BLOCK]) for i in (0, 2 * sleef64._BLOCK)])
    assert _same(sleef64.expd(x.reshape(-1, 7)), blocks.reshape(-1, 7))
    sums = np.abs(x) * 50
    assert _same(sleef64.logd(sums), sleef64._logd_fast(sums))


def test_special_values():
    values = np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 709.79, -1000.1, 5e-324])
    exp = sleef64.expd(np.tile(values, 3))  # 24 elements: the fast form
    assert exp[0] == 1 and exp[1] == 1 and exp[2] == np.inf and exp[3] == 0 and np.isnan(exp[4])
    assert exp[5] == np.inf and exp[6] == 0 and exp[7] == 1
    assert _same(exp[:8], sleef64.expd(values))  # 8 elements: one float at a time
    values = np.array([0.0, -0.0, 1.0, -1.0, np.inf, -np.inf, np.nan, 5e-324])
    log = sleef64.logd(np.tile(values, 3))
    assert log[0] == -np.inf and log[1] == -np.inf and log[2] == 0 and not np.signbit(log[2])
    assert np.isnan(log[3]) and log[4] == np.inf and np.isnan(log[5]) and np.isnan(log[6])
    assert abs(log[7] - np.log(5e-324)) < 1e-12
    assert _same(log[:8], sleef64.logd(values))


def _exact(x: float, y: float, z: float) -> float:
    value = Fraction(x) * Fraction(y) + Fraction(z)
    try:
        return float(value)
    except OverflowError:
        return float("inf") if value > 0 else float("-inf")


def _exact_fma(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> np.ndarray:
    return np.array([_exact(x, y, z) for x, y, z in
                     zip(a.ravel().tolist(), b.ravel().tolist(), c.ravel().tolist())]).reshape(a.shape)


@pytest.mark.parametrize("case", ["random", "cancelling", "ties", "integers", "huge", "subnormal results"])
def test_fma_is_the_exactly_rounded_value(case):
    rng = np.random.default_rng(5)
    n = 3000
    a = rng.normal(0, 1, n) * np.exp(rng.uniform(-30, 30, n))
    b = rng.normal(0, 1, n) * np.exp(rng.uniform(-30, 30, n))
    a, b, c = {
        "random": (a, b, rng.normal(0, 1, n) * np.exp(rng.uniform(-60, 60, n))),
        "cancelling": (a, b, -(a * b) * (1 + rng.normal(0, 1e-15, n))),
        "ties": (np.full(n, 0.5), a, rng.normal(0, 1, n) * np.abs(a) * 1.5),  # exact products: many halfway sums
        "integers": (np.round(a), np.round(b), np.round(rng.normal(0, 1e6, n))),
        "huge": (a * 1e290, b * 1e10, rng.normal(0, 1, n) * 1e300),  # the splitting overflows
        "subnormal results": (a * 1e-160, b * 1e-160, rng.normal(0, 1, n) * 1e-310),
    }[case]
    want = _exact_fma(a, b, c)
    assert _same(sleef64.fma(a, b, c), want)
    assert _same(np.concatenate([sleef64.fma(a[i:i + 5], b[i:i + 5], c[i:i + 5]) for i in range(0, n, 5)]), want)


def test_fma_gives_an_exact_zero_ieee_sign():
    a = np.array([-1.0, 1.0, 2.0, -0.0, -1.0, 1.0] * 4)
    b = np.array([0.0, 0.0, 3.0, 5.0, 0.0, -0.0] * 4)
    c = np.array([-0.0, -0.0, -6.0, -0.0, 0.0, 0.0] * 4)
    want = [True, False, False, True, False, False] * 4  # the sign bit of fl(a*b + c)
    assert np.signbit(sleef64.fma(a, b, c)).tolist() == want  # 24 elements: the array form
    assert np.signbit(sleef64.fma(a[:6], b[:6], c[:6])).tolist() == want[:6]  # one float at a time


def test_fma_broadcasts_and_keeps_the_shape():
    rng = np.random.default_rng(1)
    a, b, c = rng.normal(size=(300, 40)), rng.normal(size=40), rng.normal(size=(300, 1))
    want = _exact_fma(*np.broadcast_arrays(a, b, c))
    assert sleef64.fma(a, b, c).shape == (300, 40) and _same(sleef64.fma(a, b, c), want)
    assert float(sleef64.fma(2.0, 3.0, 1.0)) == 7.0
