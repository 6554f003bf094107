"""The faster forms of the exact kernels (batch norm's statistics, oneDNN's convolution orders)
give, bit for bit, what the step-by-step formulations they replace give, on random inputs of many
shapes with magnitudes far apart, signed zeros and non-finite values, where any change in the
order of additions or in a rounding shows."""
from __future__ import annotations

import numpy as np
import pytest

from autograd_tui.engine.parity import batch_norm, conv, matmul

SPECIALS = [0.0, -0.0, 1e30, -1e30, 1.0, -1.0, 1e-40, np.inf, -np.inf, np.nan, 0.1]


def _bits(a: np.ndarray) -> np.ndarray:
    return np.asarray(a).view(f"u{np.asarray(a).dtype.itemsize}")


def _values(rng: np.random.Generator, shape: tuple, dtype, kind: int) -> np.ndarray:
    if kind == 0:  # magnitudes over nine decades: any other order of additions rounds differently
        return (rng.standard_normal(shape) * 10 ** rng.uniform(-3, 6, shape)).astype(dtype)
    if kind == 1:
        return rng.choice(np.array(SPECIALS, dtype), shape)
    return np.full(shape, -0.0, dtype)


BN_SHAPES = [(1, 1, 2), (1, 3, 5), (2, 4, 7), (1, 15, 9), (1, 16, 9), (3, 17, 4), (1, 64, 49),
             (4, 32, 33), (2, 5, 300), (8, 20, 1), (1, 70, 2)]


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("shape", BN_SHAPES)
def test_batch_norm_channel_sums_are_a_running_sum(dtype, shape):
    # the old form: each channel's (sample, position) values in a row, summed by a running sum;
    # it started from the first value, PyTorch's loop from +0 (a sum of -0s is +0 there)
    rng = np.random.default_rng(sum(shape))
    n, c, _ = shape
    for kind in range(4):
        x = _values(rng, shape, dtype, min(kind, 2))
        if kind == 3:  # NaNs of both signs in a channel, and infinities of both
            x = rng.choice(np.array([1.0, np.nan, -np.nan, np.inf, -np.inf], dtype), shape)
        rows = np.ascontiguousarray(np.moveaxis(x, 1, 0)).reshape(c, -1)
        with np.errstate(invalid="ignore", over="ignore"):
            expected = np.cumsum(rows, axis=1, dtype=np.float64)[:, -1] + 0.0
            got = batch_norm._sums_in_order(x)
        assert np.array_equal(_bits(got), _bits(expected)), (shape, kind)


@pytest.mark.parametrize("shapes", [((2, 3, 4, 5), (1, 3, 1, 1), (1, 3, 1, 1)), ((7,), (7,), (7,)),
                                    ((6, 5), (5,), ()), ((5,), (4, 5), (5,)), ((3, 1), (1, 4), (3, 4)),
                                    # large: a batch of images, one large image, long rows, one row
                                    ((32, 16, 784), (1, 16, 1), (32, 16, 784)), ((1, 64, 60, 60), (1, 64, 1, 1),
                                                                                 (1, 64, 1, 1)),
                                    ((3, 70001), (70001,), ()), ((100003,), (1,), (100003,)),
                                    ((2, 3, 5, 40000), (2, 1, 5, 1), (3, 1, 1))])
def test_batch_norm_fused_product_is_the_widened_formula(shapes):
    rng = np.random.default_rng(len(shapes[0]))
    for kind in range(2):
        a, b = (_values(rng, s, np.float32, kind) for s in shapes[:2])
        c = _values(rng, shapes[2], np.float32, kind) if shapes[2] else np.float32(0.5)
        with np.errstate(invalid="ignore", over="ignore"):
            expected = (a.astype(np.float64) * b + np.asarray(c, np.float64)).astype(np.float32)
            got = batch_norm.fused(a, b, c)
        assert got.shape == expected.shape and got.dtype == np.float32
        assert np.array_equal(_bits(got), _bits(expected)), (shapes, kind)


CONV_SHAPES = [  # (n, c, o, kernel, size, stride, pad, dilation): all run oneDNN's blocked kernel
    (2, 32, 2, (3, 3), (5, 6), (1, 1), (1, 1), (1, 1)),
    (1, 64, 40, (3, 3), (18, 18), (1, 1), (1, 1), (1, 1)),
    (2, 48, 17, (3, 3), (9, 8), (2, 2), (1, 1), (1, 1)),
    (3, 32, 16, (1, 1), (6, 6), (2, 2), (0, 0), (1, 1)),
    (2, 32, 5, (2, 3), (6, 7), (1, 2), (0, 1), (1, 1)),
    (2, 32, 8, (3, 1), (8, 5), (1, 1), (2, 0), (2, 1)),
    (4, 96, 33, (3, 3), (4, 4), (1, 1), (1, 1), (1, 1)),
    (2, 32, 3, (1, 1), (1, 2), (2, 1), (0, 0), (1, 1)),
    (1, 512, 24, (3, 3), (7, 7), (1, 1), (1, 1), (1, 1)),
    # fewer positions than output channels: the transposed product
    (2, 64, 80, (3, 3), (4, 4), (1, 1), (1, 1), (1, 1)),
    (1, 512, 64, (3, 3), (7, 7), (1, 1), (1, 1), (1, 1)),
    (2, 32, 40, (1, 1), (5, 5), (2, 2), (0, 0), (1, 1)),
]


@pytest.mark.skipif(not conv.MEASURED_MACHINE, reason="the kernels were measured on AVX512")
@pytest.mark.parametrize("shape", CONV_SHAPES)
def test_convolution_blocks_at_once_are_the_block_loop(shape, monkeypatch):
    n, c, o, kernel, size, stride, pad, dilation = shape
    out_hw = tuple((s + 2 * p - d * (k - 1) - 1) // st + 1
                   for s, p, d, k, st in zip(size, pad, dilation, kernel, stride))
    pads = ((pad[0], pad[0]), (pad[1], pad[1]))
    rng = np.random.default_rng(n * c + o)
    taken = 0
    for kind in range(5):
        x = rng.standard_normal((n, c) + size).astype(np.float32) * 10 ** rng.uniform(-3, 3, (n, c) + size)
        w = (rng.standard_normal((o, c) + kernel) * 10 ** rng.uniform(-3, 3, (o, c) + kernel)).astype(np.float32)
        b = rng.standard_normal(o).astype(np.float32)
        if kind == 1:  # a ReLU's zeros, a bias of zeros: outputs of exactly 0, and -0 products
            x, b = np.maximum(x, 0) * np.where(rng.random(x.shape) < 0.9, 0, 1), np.zeros(o, np.float32)
            w[:, :, 0] = -np.abs(w[:, :, 0])
        elif kind == 2:  # tiny operands: products below float32's range
            x[0, 0] = 1e-30
            w[0, :16] = 1e-20
        elif kind == 3:
            x.reshape(-1)[:: 7] = np.array(SPECIALS, np.float32)[rng.integers(0, len(SPECIALS), x.size)][:: 7]
        x = x.astype(np.float32)
        for bias in (b, None):
            args = (x, w, bias, stride, pads, dilation, 1, out_hw, 1)
            with np.errstate(all="ignore"):
                fast = conv.forward(*args)
                with monkeypatch.context() as patched:  # without sgemm: the blocks' products stacked
                    patched.setattr(matmul, "add_chains_in_turn", lambda *a: False)
                    stacked = conv.forward(*args)
                with monkeypatch.context() as patched:
                    patched.setattr(conv, "_blocks_at_once", lambda *a: None)
                    loop = conv.forward(*args)
                taken += conv._blocks_at_once(x, w, bias, stride, pads, dilation, out_hw, c // 16) is not None
            assert fast is not None and loop is not None and stacked is not None
            assert fast.shape == loop.shape == (n, o) + out_hw
            assert np.array_equal(_bits(fast), _bits(loop)), (shape, kind, bias is None)
            assert np.array_equal(_bits(stacked), _bits(loop)), (shape, kind, bias is None)
    assert taken >= 5  # (a zero output or a tiny operand hands a case to the block loop)


def test_the_blocks_at_once_take_their_path_on_a_resnet_layer():
    """Not every result above may come from the fast path (zeros hand it back): this one does."""
    rng = np.random.default_rng(1)
    x = rng.standard_normal((1, 64, 8, 8)).astype(np.float32)
    w = rng.standard_normal((32, 64, 3, 3)).astype(np.float32)
    if conv.MEASURED_MACHINE and conv.mkl_order._gemm_fuses_in_order(b_column_major=True):
        assert conv._blocks_at_once(x, w, None, (1, 1), ((1, 1), (1, 1)), (1, 1), (8, 8), 4) is not None


ONTO_SHAPES = [(1, 2, 1, 2), (3, 2, 5, 3), (4, 7, 144, 12), (2, 49, 144, 40), (5, 33, 70, 65), (2, 130, 192, 3),
               (3, 64, 16, 300), (16, 17, 144, 24),
               # large enough for OpenBLAS to pack row-major operands too (a resnet's late layers)
               (2, 512, 144, 49), (2, 67, 144, 300), (3, 130, 192, 45)]


@pytest.mark.parametrize("layout", ["column-major a", "both column-major", "row-major"])
@pytest.mark.parametrize("shape", ONTO_SHAPES)
def test_chains_added_in_turn_by_sgemm_are_the_stacked_sum(shape, layout):
    """``matmul.add_chains_in_turn`` (OpenBLAS's sgemm adding each block's chains onto the
    running sums) against the formulation it replaces in the convolution: the start and every
    block's exact chain (``_fused_chain``) stacked and added row after row. Magnitudes far apart,
    zeros of both signs in the start and the operands (sums that cancel to 0), infinities and
    NaNs (compared as NaN, their sign not being the kernels' to keep). Row-major operands are
    taken only on large products (small ones: refused, nothing written)."""
    b_column_major = layout == "both column-major"
    count, m, k, n = shape
    rng = np.random.default_rng(count * m + k * n)
    for kind in range(5):
        a = (rng.standard_normal((count, m, k)) * np.exp2(rng.integers(-12, 13, (count, m, k)))).astype(np.float32)
        b = rng.standard_normal((count, k, n)).astype(np.float32)
        start = (rng.standard_normal((m, n)) * np.exp2(rng.integers(-8, 9, (m, n)))).astype(np.float32)
        if kind == 1:  # a ReLU's zeros, -0 in the start, a start of +0
            a[:, ::2] = 0
            b[:, :, 0] = -0.0
            start[0], start[1] = -0.0, 0.0
        elif kind == 2:  # sums that cancel exactly: x then -x in the next block
            if count > 1:
                a[1], b[1] = -a[0], b[0]
            start[...] = 0
        elif kind == 3:
            a[0, m // 2, k // 2] = np.inf
            b[count - 1, k - 1, n - 1] = -np.inf
        elif kind == 4:
            b[0, 0, 0] = np.nan
        left = a if layout == "row-major" else np.ascontiguousarray(a.transpose(0, 2, 1)).transpose(0, 2, 1)
        right = np.ascontiguousarray(b.transpose(0, 2, 1)).transpose(0, 2, 1) if b_column_major else b
        with np.errstate(all="ignore"):
            stacked = np.stack([start] + [matmul._fused_chain(a[i].astype(np.float64), b[i].astype(np.float64))
                                          for i in range(count)])
            expected = matmul._sum_stacked(stacked)
            got = start.copy()
            taken = matmul.add_chains_in_turn(left, right, got)
        if not taken:  # (another BLAS, or one that does not add so, or a small row-major product)
            assert np.array_equal(_bits(got), _bits(start))
            continue
        if layout == "row-major" and k > 1:  # (with k = 1 a row-major block is column-major too)
            assert m * n * k >= matmul._PACKED_WORK
        nan = np.isnan(expected)
        assert np.array_equal(nan, np.isnan(got)), (shape, kind)
        assert np.array_equal(_bits(got[~nan]), _bits(expected[~nan])), (shape, kind)


def test_the_chains_are_added_by_sgemm_here():
    """Where the convolution orders were measured, the stacks above are never built."""
    if conv.MEASURED_MACHINE and matmul._gemm_fuses_in_order():
        rng = np.random.default_rng(3)
        a = rng.standard_normal((2, 8, 144)).astype(np.float32).transpose(0, 2, 1).copy().transpose(0, 2, 1)
        assert matmul.add_chains_in_turn(a, rng.standard_normal((2, 144, 20)).astype(np.float32),
                                         np.zeros((8, 20), np.float32))
        # a small product of a row-major left operand is refused (its chains are not added in order)
        assert not matmul.add_chains_in_turn(np.ascontiguousarray(a), np.ones((2, 144, 20), np.float32),
                                             np.zeros((8, 20), np.float32))
        # a large one is packed: taken
        assert matmul.add_chains_in_turn(rng.standard_normal((2, 512, 144)).astype(np.float32),
                                         rng.standard_normal((2, 144, 49)).astype(np.float32),
                                         np.zeros((512, 49), np.float32))


CHAIN_SHAPES = [(2, 193, 2), (5, 384, 5), (32, 2000, 9), (9, 1000, 32), (65, 700, 130), (130, 400, 65),
                (3, 600, 1), (1, 500, 3), (64, 900, 200), (4, 5000, 2)]


@pytest.mark.skipif(not matmul.fast_chains(), reason="OpenBLAS's product and rank-one update fuse in order here")
@pytest.mark.parametrize("shape", CHAIN_SHAPES)
def test_long_chains_carried_through_products_are_the_rank_one_chain(shape, monkeypatch):
    """``_fused`` beyond 192 terms: products carrying the running sums in, against one rank-one
    update a term (the path before), on values whose sums cancel, zeros (a dead unit's
    gradient), tiny operands (sums that round to -0), and infinities and NaNs."""
    m, k, n = shape
    rng = np.random.default_rng(m * k + n)
    for kind in range(6):
        a = (rng.standard_normal((m, k)) * np.exp2(rng.integers(-12, 13, (m, k)))).astype(np.float32)
        b = rng.standard_normal((k, n)).astype(np.float32)
        if kind == 1:
            a[:, ::3] = 0
            a[0] = 0
            b[:, 0] = -0.0
        elif kind == 2:  # tiny products: the chains can round to -0
            a = (rng.standard_normal((m, k)) * 1e-23).astype(np.float32)
            b = (rng.standard_normal((k, n)) * 1e-23).astype(np.float32)
        elif kind == 3:
            a[m // 2, k // 2] = np.inf
        elif kind == 4:
            b[k - 1, n - 1] = np.nan
        elif kind == 5:  # every sum cancels back to 0 at the end
            b = np.ones((k, n), np.float32)
            a[:, k // 2:k // 2 * 2] = -a[:, :k // 2]
            a[:, k // 2 * 2:] = 0
        with np.errstate(all="ignore"):
            carried = matmul._fused(a, b)
            with monkeypatch.context() as patched:
                patched.setattr(matmul, "_carried_chains", lambda *args: False)
                chained = matmul._fused(a, b)
        assert np.array_equal(_bits(carried), _bits(chained)), (shape, kind)


def test_the_carried_chains_take_their_path():
    rng = np.random.default_rng(2)
    a, b = rng.standard_normal((16, 700)).astype(np.float32), rng.standard_normal((700, 40)).astype(np.float32)
    out = np.matmul(np.asfortranarray(a[:, :192]), b[:192])
    assert matmul._carried_chains(a, b, out, 192)


@pytest.mark.parametrize("shape", [(1, 16), (2, 16), (37, 16), (300, 32), (5000, 17), (100, 64), (3, 5), (40, 2)])
def test_a_convolution_bias_gradients_running_sum_is_the_running_sum(shape):
    rng = np.random.default_rng(shape[0])
    for kind in range(4):
        rows = _values(rng, shape, np.float32, min(kind, 2))
        if kind == 3:
            rows = rng.choice(np.array([1.0, np.nan, -np.nan, np.inf, -np.inf], np.float32), shape)
        with np.errstate(invalid="ignore", over="ignore"):
            expected = np.add.accumulate(rows, axis=0, dtype=np.float32)[-1]
            got = conv._running_sum(rows)
        assert np.array_equal(_bits(got), _bits(expected)), (shape, kind)


@pytest.mark.parametrize("dtype", [np.float32, np.float64, np.float16, np.int32, np.int64])
@pytest.mark.parametrize("shape, kernel", [((1, 3, 9, 9), (3, 3)), ((2, 64, 40, 40), (3, 3)), ((1, 2, 5, 7), (2, 3)),
                                           ((3, 4, 12, 12), (4, 1)), ((1, 1, 30, 30), (5, 5))])
def test_max_pooling_first_maxima_are_argmax(dtype, shape, kernel):
    """Each window's first maximum (a NaN winning) taken one kernel offset at a time, against
    ``argmax`` over the windows (the formulation before), with ties of +0 and -0, NaNs and
    infinities, and the padding's fill among the candidates."""
    from autograd_tui.engine.nn import _kernels

    rng = np.random.default_rng(shape[1] * kernel[0])
    for kind in range(3):
        if np.dtype(dtype).kind == "f":
            x = (rng.integers(-3, 4, shape) * 0.5).astype(dtype)  # many ties
            if kind == 1:
                x = rng.choice(np.array([0.0, -0.0, np.nan, -np.nan, np.inf, -np.inf, 1.0], dtype), shape)
            elif kind == 2:
                x = np.full(shape, -np.inf, dtype)
            fill = -np.inf
        else:
            x = rng.integers(-3, 4, shape).astype(dtype)
            fill = np.iinfo(dtype).min
            if kind == 2:
                x[...] = fill
        for stride, dilation, pad in (((1, 1), (1, 1), ((0, 0), (0, 0))), ((2, 2), (1, 1), ((1, 2), (0, 1))),
                                      ((1, 2), (2, 1), ((1, 1), (1, 1)))):
            padded = _kernels.pad_nchw(x, pad, fill)
            out_hw = tuple((padded.shape[2 + i] - dilation[i] * (kernel[i] - 1) - 1) // stride[i] + 1 for i in range(2))
            view = _kernels.windows(padded, kernel, stride, dilation, out_hw)
            flat = view.reshape(view.shape[:4] + (-1,))
            expected_arg = flat.argmax(axis=-1)
            expected = np.take_along_axis(flat, expected_arg[..., None], axis=-1)[..., 0]
            values, arg = _kernels._first_maxima(view, np.dtype(dtype).kind == "f" and bool(np.isnan(x).any()))
            assert np.array_equal(arg, expected_arg), (kind, stride)
            assert values.dtype == x.dtype and np.array_equal(_bits(values), _bits(expected)), (kind, stride)
