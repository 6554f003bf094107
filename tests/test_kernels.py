"""The engine's numeric fast paths give, bit for bit, what the plain computation they replace
gives (or what PyTorch computes, for axpy); and OpenBLAS runs the threads the engine chose."""
from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest

import autograd_tui.engine as torch
from autograd_tui.engine.parity import blas, float32_math, softmax, summation
from autograd_tui.engine.functions import _max_along, _select, threshold_backward

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


def test_expf_of_nonpositive_inputs_is_the_step_by_step_sleef_expf():
    # tools/check_softmax_kernels.py checks every float32 in [-110, 0]; this, a sample of them
    rng = np.random.default_rng(4)
    bits = rng.integers(0, int(np.float32(110).view(np.int32)) + 1, 300_000).astype(np.uint32)
    x = (bits | np.uint32(0x80000000)).view(np.float32)  # > 16384 elements: the blocked path
    x[:8] = [-np.inf, np.nan, -0.0, -104.0, -103.97, -87.5, -1e30, -1e-45]
    reference = float32_math.sleef_expf(x)
    for fast in (float32_math.sleef_expf_nonpositive(x), float32_math.sleef_expf_nonpositive(x[:1000])):
        n = fast.size
        assert np.array_equal(_bits(fast[2:]), _bits(reference[2:n])) and fast[0] == 0.0 and np.isnan(fast[1])
    normal = x[(x > -87) & (x <= 0)]  # results in float32's normal range: one product scales them
    assert np.array_equal(_bits(float32_math.sleef_expf_nonpositive(normal)), _bits(float32_math.sleef_expf(normal)))


def test_expf_of_inputs_down_to_minus_86_takes_its_own_path_with_the_same_bits():
    # (tools/check_softmax_kernels.py checks every float32 in [-86, 0] on this path)
    rng = np.random.default_rng(8)
    bits = rng.integers(0, int(np.float32(86).view(np.int32)) + 1, 300_000).astype(np.uint32)
    x = (bits | np.uint32(0x80000000)).view(np.float32)
    x[:4] = [-86.0, -0.0, 0.0, -1e-45]
    assert np.array_equal(_bits(float32_math._expf_ordinary(x)), _bits(float32_math.sleef_expf(x)))


def _rounded_once(a: float, b: float) -> np.float32:
    """float32 of the exact a + b, one rounding to nearest even (normal and subnormal range)."""
    from fractions import Fraction

    exact = Fraction(a) + Fraction(b)
    below = np.float32(float(exact))  # float64 first: may be off by the double rounding
    for candidate in (np.nextafter(below, np.float32(-np.inf)), below, np.nextafter(below, np.float32(np.inf))):
        distance = abs(Fraction(float(candidate)) - exact)
        ulp_half = abs(Fraction(float(np.nextafter(candidate, np.float32(np.inf)))) - Fraction(float(candidate))) / 2
        if distance < ulp_half or (distance == ulp_half and candidate.view(np.int32) % 2 == 0):
            return candidate
    raise AssertionError


def test_a_float64_sum_rounded_again_to_float32_is_mended_to_one_rounding():
    rng = np.random.default_rng(9)
    a_values, b_values = [], []
    for _ in range(3000):
        y, z = (np.float32(2.0 ** -12 * (1 + k * 2.0 ** -23)) for k in rng.integers(-4, 5, 2))
        base = np.float32(rng.standard_normal() * 2.0 ** int(rng.integers(-148, 20)))
        a_values.append(float(base))  # + y*z: close to base + half its ulp, the sum inexact
        b_values.append(float(np.float64(y) * np.float64(z)) * float(np.spacing(base)) * 2.0 ** 23)
    a, b = np.array(a_values), np.array(b_values)
    a[:4], b[:4] = [1.0, 0.0, 2.0 ** -140, -0.0], [2.0 ** -24, 0.0, 2.0 ** -150, 0.0]
    got = float32_math._sum_rounded_once(a + b, a, b)
    want = np.array([_rounded_once(x, y) for x, y in zip(a_values, b_values)], np.float32)
    assert np.array_equal(_bits(got[4:]), _bits(want[4:]))
    twice = (a + b).astype(np.float32)
    assert not np.array_equal(_bits(twice), _bits(got))  # the double rounding this is about


def test_logf_of_row_sums_is_the_step_by_step_sleef_logf():
    # tools/check_softmax_kernels.py checks every float32 in [1, 2**16); this, a sample of them
    rng = np.random.default_rng(5)
    lo, hi = (int(np.float32(v).view(np.int32)) for v in (1, 2 ** 16))
    sums = rng.integers(lo, hi, 300_000).astype(np.int32).view(np.float32)
    assert np.array_equal(_bits(softmax._logf_of_sums(sums)), _bits(softmax.sleef_logf(sums)))
    # beyond 2**16, or NaN, the step-by-step form
    others = np.array([1.0, 65536.0, 2.5e6, np.nan], np.float32)
    got, want = softmax._logf_of_sums(others), softmax.sleef_logf(others)
    assert np.array_equal(got, want, equal_nan=True)


def test_log_softmax_of_short_rows_is_the_step_by_step_kernel():
    # a batch of class scores takes the transposed copy; its ordinary exp and the row sums' log
    # skip the range checks when every x - max is in [-86, 0]: rows far apart (-90) and a NaN do not
    rng = np.random.default_rng(8)
    for scale in (1.0, 12.0, 40.0):
        x = (rng.standard_normal((200, 10)) * scale).astype(np.float32)
        if scale == 40.0:
            x[3, 4], x[7] = np.nan, [0.0, -90.0] * 5
        shifted = x - x.max(axis=1, keepdims=True)  # (numpy's max: NaN in a row makes it NaN)
        exps = float32_math.sleef_expf(shifted)
        sums = np.add.accumulate(exps, axis=1)[:, -1]  # one element after another: rows shorter than a vector
        want = shifted - softmax.sleef_logf(sums)[:, None]
        assert np.array_equal(_bits(softmax.log_softmax(x)), _bits(want))


def test_log_softmax_backward_in_blocks_is_one_fused_subtraction():
    rng = np.random.default_rng(6)
    out = softmax.log_softmax((rng.standard_normal((3000, 17)) * 30).astype(np.float32))
    grad = (rng.standard_normal(out.shape) * 10.0 ** rng.integers(-40, 3, out.shape)).astype(np.float32)
    e = float32_math.sleef_expf(out)
    want = float32_math._fma32(-e, np.broadcast_to(softmax.row_sums(grad)[:, None], e.shape), grad)
    assert np.array_equal(_bits(softmax.log_softmax_backward(grad, out)), _bits(want))
    # cross_entropy's gradient: -1/batch at each target; (1 - p) / batch is often a float32 tie
    out = softmax.log_softmax(rng.standard_normal((512, 10)).astype(np.float32))
    grad = np.zeros_like(out)
    grad[np.arange(512), rng.integers(0, 10, 512)] = np.float32(-1 / 512)
    e = float32_math.sleef_expf(out)
    want = float32_math._fma32(-e, np.broadcast_to(softmax.row_sums(grad)[:, None], e.shape), grad)
    assert np.array_equal(_bits(softmax.log_softmax_backward(grad, out)), _bits(want))


def test_log_softmax_backward_of_a_power_of_two_gradient_is_the_fused_subtraction():
    # one power of two per row (cross_entropy's mean over 2**k samples): plain float32 steps,
    # bit for bit the FMA, down to products near float32's smallest normal and gradients of 0
    rng = np.random.default_rng(16)
    for batch, scale, spread in ((128, -1 / 128, 3), (64, 2.0 ** -120, 40), (256, -(2.0 ** 100), 30),
                                 (32, 2.0 ** -126, 1), (16, -0.0, 2), (8, -1 / 8, 60)):
        out = softmax.log_softmax((rng.standard_normal((batch, 10)) * spread).astype(np.float32))
        grad = np.zeros_like(out)
        grad[np.arange(batch), rng.integers(0, 10, batch)] = np.float32(scale)
        if batch == 8:
            grad[3] = np.float32(-1 / 4)  # rows of different powers: the general path
        e = float32_math.sleef_expf(out)
        want = float32_math._fma32(-e, np.broadcast_to(softmax.row_sums(grad)[:, None], e.shape), grad)
        assert np.array_equal(_bits(softmax.log_softmax_backward(grad, out)), _bits(want))


def _threads_after_engine_import(env: dict, numpy_first: bool = False) -> list:
    """What blas decided and what OpenBLAS reports, in a fresh interpreter."""
    code = ("import numpy; " if numpy_first else "") + (
        "from autograd_tui.engine.parity import blas; print(blas.USER_CHOSE_THREADS, blas.get_threads())")
    clean = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_NUM_THREADS", "AUTOGRAD_TUI_BLAS_THREADS")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env=dict(clean, **env)).stdout.split()
    return [out[0] == "True", int(out[1])]


def test_openblas_runs_two_threads_where_there_are_two_cores():
    expected = min(2, os.cpu_count() or 1)
    assert _threads_after_engine_import({}) == [False, expected]


def test_one_blas_thread_when_asked_even_after_numpy_chose_its_own():
    # numpy loaded first starts OpenBLAS with a thread per core; the engine still sets one.
    assert _threads_after_engine_import({"AUTOGRAD_TUI_BLAS_THREADS": "1"}, numpy_first=True) == [False, 1]


def test_a_users_openblas_thread_count_is_left_alone():
    # One thread where the engine would choose two (on a machine with two cores or more).
    assert _threads_after_engine_import({"OPENBLAS_NUM_THREADS": "1"}) == [True, 1]


def test_a_big_product_gives_the_same_bits_every_time():
    rng = np.random.default_rng(0)
    a = rng.standard_normal((128, 784)).astype(np.float32)
    b = rng.standard_normal((784, 256)).astype(np.float32)
    first = np.matmul(a, b)
    for _ in range(5):
        assert np.array_equal(np.matmul(a, b), first)


@pytest.mark.parametrize("threads", [1, 2])
def test_a_linear_layers_product_run_transposed_is_numpys_to_the_bit(threads):
    # On one thread x @ weight.t() runs as (weight @ x.T).T copied back; the k-sums are the same.
    from autograd_tui.engine.functions.linalg import _openblas_product
    rng = np.random.default_rng(4)
    before = blas.get_threads()
    blas.set_threads(threads)
    try:
        for m, k, n in [(128, 784, 256), (64, 300, 1000), (33, 17, 999), (255, 1025, 257)]:
            x = (rng.standard_normal((m, k)) * 10 ** rng.uniform(-3, 3, (m, k))).astype(np.float32)
            weight = rng.standard_normal((n, k)).astype(np.float32)
            weight[0, 0] = np.nan
            out = _openblas_product(x, weight.T)
            assert out.flags.c_contiguous
            assert np.array_equal(out.view(np.int32), np.matmul(x, weight.T).view(np.int32))
    finally:
        blas.set_threads(before)


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


def test_momentum_update_in_one_pass_is_the_two_steps_bit_for_bit():
    # SGD's buf.mul_(momentum).add_(grad, alpha=1 - dampening): saxpby in one pass where it
    # applies, with the bits of the product rounded and then the fused multiply-add
    rng = np.random.default_rng(17)
    special = np.array([np.nan, np.inf, -np.inf, 0.0, -0.0, 1e-45, 3e38, 2.0 ** -126], np.float32)
    for n, momentum, alpha in ((200_000, 0.9, 1.0), (70, 0.5, 0.9), (13, 1e-30, 3.0), (1, 0.99, -1.0)):
        x = (rng.standard_normal(n) * 10.0 ** rng.uniform(-30, 30, n)).astype(np.float32)
        y = (rng.standard_normal(n) * 10.0 ** rng.uniform(-30, 30, n)).astype(np.float32)
        x[rng.random(n) < 0.05], y[rng.random(n) < 0.05] = special[0], special[5]
        k = min(8, n)
        x[:k], y[-k:] = special[:k], special[:k]
        want = y.copy()
        with np.errstate(all="ignore"):
            np.multiply(want, np.float32(momentum), out=want)
        blas.axpy(alpha, x, want)
        got = y.copy()
        if blas.scale_then_axpy(momentum, alpha, x, got):
            assert np.array_equal(got.view(np.uint32), want.view(np.uint32))
    # where a factor is 0 the kernel would skip an operand (and its NaNs): not taken
    assert not blas.scale_then_axpy(0.9, 0.0, x, y.copy())
    assert not blas.scale_then_axpy(0.0, 1.0, x, y.copy())
    assert not blas.scale_then_axpy(0.9, 1.0, x.astype(np.float64), y.astype(np.float64))


def _grads_both_ways(make_loss, *shapes, seed=0):
    """Gradients from a plain backward (array fast paths) and from create_graph=True (the
    differentiable composites), for the same random leaves."""
    results = []
    for create_graph in (False, True):
        gen = torch.Generator().manual_seed(seed)
        leaves = [torch.randn(*shape, generator=gen).requires_grad_() for shape in shapes]
        grads = torch.autograd.grad(make_loss(*leaves), leaves, create_graph=create_graph)
        results.append([g.detach().numpy() for g in grads])
    return results


@pytest.mark.parametrize("reduction", ["mean", "sum"])
def test_cross_entropy_gradient_is_the_same_on_the_fast_path(reduction):
    target = torch.tensor([3, 0, 9, 9, 1, 4, 7, 2] * 16)
    fast, composite = _grads_both_ways(
        lambda x: torch.nn.functional.cross_entropy(x * 3, target, reduction=reduction), (128, 10))
    assert all(np.array_equal(_bits(a), _bits(b)) for a, b in zip(fast, composite))


@pytest.mark.parametrize("reduction", ["mean", "sum"])
def test_nll_loss_of_a_plain_batch_is_the_general_paths(reduction):
    # weight=ones takes the general path (the weighted cascade): the same bits, both ways
    gen = torch.Generator().manual_seed(2)
    target = torch.randint(0, 10, (300,), generator=gen)
    results = []
    for weight in (None, torch.ones(10)):
        x = torch.randn(300, 10, generator=gen.manual_seed(3)).requires_grad_()
        loss = torch.nn.functional.nll_loss(torch.log_softmax(x, 1), target, weight=weight, reduction=reduction)
        loss.backward()
        results.append((loss.detach().numpy(), x.grad.numpy()))
    assert all(np.array_equal(_bits(a), _bits(b)) for a, b in zip(*results))


def test_log_softmax_gradient_is_the_same_on_the_fast_path():
    weights = torch.randn(64, 10, generator=torch.Generator().manual_seed(1))  # a dense gradient
    fast, composite = _grads_both_ways(lambda x: (torch.log_softmax(x * 4, 1) * weights).sum(), (64, 10))
    assert np.array_equal(_bits(fast[0]), _bits(composite[0]))


def test_relu_and_bias_gradients_are_the_same_on_the_fast_path():
    def loss(x, w, b):
        h = torch.relu(x @ w + b)  # b broadcast over the batch: its gradient is summed back
        return (h * h).sum()
    fast, composite = _grads_both_ways(loss, (128, 64), (64, 256), (256,))
    assert all(np.array_equal(_bits(a), _bits(b)) for a, b in zip(fast, composite))


def test_threshold_backward_keeps_nan_and_zeroes_what_relu_cut():
    out = torch.tensor([0.0, -0.0, 1.5, float("nan"), 2.0] * 1000)
    grad = torch.tensor([-1.0, 2.0, -3.0, 4.0, -0.0] * 1000)
    got = threshold_backward(grad, out, 0).numpy()[:5]
    assert np.array_equal(_bits(got), _bits(np.array([0.0, 0.0, -3.0, 4.0, -0.0], np.float32)))


@pytest.mark.parametrize("dtype", [np.float16, np.float32, np.float64])
def test_max_along_a_short_last_axis_is_numpys(dtype):
    rng = np.random.default_rng(3)
    for shape in [(128, 10), (16, 64), (300, 3), (20, 1), (8, 10), (4, 3, 5)]:
        x = rng.standard_normal(shape).astype(dtype)
        x[rng.random(shape) < 0.1] = np.nan
        for d in range(x.ndim):
            want = np.maximum.reduce(x, axis=d, keepdims=True)
            assert np.array_equal(_bits(_max_along(x, d)), _bits(want)), (shape, d)


def test_a_large_fma_in_blocks_is_the_whole_arrays_fma(monkeypatch):
    rng = np.random.default_rng(12)
    b = (rng.integers(-999, 999, 50_000) * 2.0 ** -10).astype(np.float32)  # many float32 midpoints
    c = (rng.integers(-999, 999, 50_000) * 2.0 ** -20).astype(np.float32)
    blocked = float32_math._fma32(np.float32(0.1), b, c)
    monkeypatch.setattr(float32_math, "_FMA_BLOCK", 1 << 30)
    assert np.array_equal(_bits(blocked), _bits(float32_math._fma32(np.float32(0.1), b, c)))


@pytest.mark.parametrize("options", [{}, {"amsgrad": True, "weight_decay": 0.01}])
def test_adam_on_a_large_parameter_block_by_block_is_the_whole_arrays_step(monkeypatch, options):
    from autograd_tui.engine.optim import adam

    def run() -> list:
        gen = torch.Generator().manual_seed(5)
        params = [torch.randn(300, 200, generator=gen).requires_grad_(), torch.randn(7, generator=gen).requires_grad_()]
        opt = torch.optim.Adam(params, lr=0.01, **options)
        for _ in range(3):
            for p in params:
                p.grad = torch.randn(*p.shape, generator=gen)
            opt.step()
        return [p.detach().numpy().copy() for p in params] + [v.numpy().copy() for v in opt.state[params[0]].values()]

    blocked = run()
    monkeypatch.setattr(adam, "_BLOCK", 1 << 30)
    assert all(np.array_equal(_bits(a), _bits(b)) for a, b in zip(blocked, run()))
