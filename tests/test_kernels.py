"""The engine's numeric fast paths give, bit for bit, what the plain computation they replace
gives (or what PyTorch computes, for axpy); and BLAS threads go only to big products."""
from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest

import autograd_tui.engine as torch
from autograd_tui.engine import blas, summation
from autograd_tui.engine.functions import _select

SHAPES = [  # condition, x, y (() is a Python-number operand)
    ((64, 128), (64, 128), ()),
    ((64, 128), (), (64, 128)),
    ((64, 128), (128,), (64, 1)),
    ((5000,), (5000,), (5000,)),
    ((1, 5000), (3, 1), (1,)),
]


def _bits(a: np.ndarray) -> np.ndarray:
    return a.view(f"u{a.dtype.itemsize}") if a.dtype.itemsize > 1 else a.view(np.uint8)


@pytest.mark.parametrize("dtype", [np.float16, np.float32, np.float64, np.int16, np.int32, np.int64,
                                   np.uint8, np.bool_])
@pytest.mark.parametrize("shapes", SHAPES)
def test_select_is_bit_for_bit_np_where(dtype, shapes):
    rng = np.random.default_rng(0)
    cs, xs, ys = shapes
    condition = rng.random(cs) < 0.5
    x = (rng.standard_normal(xs) * 100).astype(dtype) if xs else dtype(3)
    y = (rng.standard_normal(ys) * 100).astype(dtype) if ys else dtype(0)
    if np.dtype(dtype).kind == "f" and xs:
        x.flat[:5] = [np.nan, np.inf, -0.0, -np.inf, 0.0]
    got = _select(condition, x, y, np.dtype(dtype))
    want = np.asarray(np.where(condition, x, y), dtype=dtype)
    assert got.shape == want.shape and got.dtype == want.dtype and got.flags.writeable
    assert np.array_equal(_bits(got), _bits(want))


def test_relu_backward_on_a_large_activation_zeroes_where_the_output_is_not_positive():
    h = torch.randn(200, 300)
    h[0, 0] = float("nan")
    h.requires_grad_()
    g = torch.randn(200, 300)
    torch.relu(h).backward(g)
    expected = np.where(h.detach().numpy() <= 0, 0.0, g.numpy()).astype(np.float32)
    assert np.array_equal(h.grad.numpy(), expected, equal_nan=True)
    assert h.grad[0, 0].item() == g[0, 0].item()  # nan <= 0 is false: PyTorch passes g through


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_short_row_sums_add_in_the_same_order_as_the_lane_cascade(dtype):
    rng = np.random.default_rng(1)
    lanes = summation._LANES[np.dtype(dtype)]
    for n in range(1, lanes * summation._ILP):
        for batch in (1, 2, 5):
            x = (rng.standard_normal((batch, n)) * 10.0 ** rng.integers(-3, 6, (batch, n))).astype(dtype)
            x[rng.random((batch, n)) < 0.2] = -0.0
            if n > 3:
                x[0, 3] = [np.inf, -np.inf, np.nan][n % 3]
            short = summation._short_rows_sum(x, lanes)
            cascade = summation._lane_cascade_sum(x, lanes)
            assert np.array_equal(_bits(short), _bits(cascade)), (n, batch)


class _RecordingSetter:
    def __init__(self):
        self.calls = []

    def __call__(self, n):
        self.calls.append(n)


def test_only_big_products_ask_for_more_blas_threads_and_one_is_restored(monkeypatch):
    setter = _RecordingSetter()
    monkeypatch.setattr(blas, "_set_threads", setter)
    monkeypatch.setattr(blas, "_big_threads", 2)
    rng = np.random.default_rng(0)
    small = rng.standard_normal((64, 64)), rng.standard_normal((64, 64))
    big = rng.standard_normal((200, 200)), rng.standard_normal((200, 200))  # 8 million multiply-adds
    assert np.array_equal(blas.matmul(*small), np.matmul(*small))
    assert setter.calls == []
    assert np.array_equal(blas.matmul(*big), np.matmul(*big))
    assert setter.calls == [2, 1]
    with pytest.raises(ValueError):
        blas.matmul(big[0], rng.standard_normal((100, 300)))
    assert setter.calls[-1] == 1


def test_a_big_product_gives_the_same_bits_every_time():
    rng = np.random.default_rng(0)
    a = rng.standard_normal((128, 784)).astype(np.float32)
    b = rng.standard_normal((784, 256)).astype(np.float32)
    first = blas.matmul(a, b)
    for _ in range(5):
        assert np.array_equal(blas.matmul(a, b), first)


def test_a_users_openblas_thread_count_is_left_alone():
    code = "from autograd_tui.engine import blas; print(blas.USER_CHOSE_THREADS, blas._set_threads is None)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env=dict(os.environ, OPENBLAS_NUM_THREADS="3")).stdout.split()
    assert out == ["True", "True"]


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_axpy_without_blas_gives_the_same_single_rounding(monkeypatch, dtype):
    rng = np.random.default_rng(3)
    x = rng.standard_normal(5000).astype(dtype)
    y = rng.standard_normal(5000).astype(dtype)
    fused = y.copy()
    blas.axpy(-0.37, x, fused)
    twice_rounded = y + dtype(-0.37) * x
    if blas._AXPY.get(np.dtype(dtype)) is not None:
        assert not np.array_equal(fused, twice_rounded)  # the rounding this is about
    if dtype is np.float32:  # float32 through float64 is exact; float64 needs BLAS for it
        monkeypatch.setattr(blas, "_AXPY", {})
        fallback = y.copy()
        blas.axpy(-0.37, x, fallback)
        assert np.array_equal(fallback, fused)
