"""parity/products.py, parity/sleef32.py and the two-operand vector_path_mask hold to what they
state: prod in ATen's order written out as a plain loop, the blocked kernels equal to one pass,
the fast paths equal to the step-by-step emulation, SLEEF's special values, and the backward
loop's vector/scalar split of strided inputs."""
from __future__ import annotations

import numpy as np
import pytest

from autograd_tui.engine.parity import float32_math, midpoints, products, sleef32


def _in_order(values, start):
    out = start
    for v in values:
        out = type(start)(out * v)
    return out


def _aten_run(row: np.ndarray, start):
    """ATen's vectorised reduction of one contiguous run, element by element."""
    lanes = 8 if row.dtype == np.float32 else 4
    width = 4 * lanes
    count = row.size // width
    out = start
    if count:
        acc = [row[j * lanes:(j + 1) * lanes].copy() for j in range(4)]
        for block in range(1, count):
            for j in range(4):
                acc[j] = acc[j] * row[block * width + j * lanes: block * width + (j + 1) * lanes]
        folded = (acc[0] * acc[1]) * (acc[2] * acc[3])
        out = type(start)(out * _in_order(folded[1:], folded[0]))
    return _in_order(row[count * width:], out)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_prod_of_rows_and_of_everything_is_atens_loop(dtype):
    rng = np.random.default_rng(0)
    one = dtype(1)
    for n in (1, 5, 15, 16, 31, 32, 33, 63, 64, 65, 100, 257):
        x = (1 + 0.2 * rng.standard_normal((3, n))).astype(dtype)
        rows = products.prod(x, 1)
        assert [r.tobytes() for r in rows] == [_aten_run(r, one).tobytes() for r in x]
        assert products.prod(x).tobytes() == _aten_run(x.reshape(-1), one).tobytes()
        # down the columns, and a sliced tensor reduced whole: runs one after another into the output
        assert products.prod(x, 0).tobytes() == np.array([_in_order(c, one) for c in x.T], dtype).tobytes()
        sliced = x[:, 1:]
        expected = one
        for r in sliced:
            expected = _aten_run(r, expected)
        assert products.prod(sliced).tobytes() == np.asarray(expected, dtype).tobytes()


def test_prod_of_everything_on_two_threads_multiplies_the_chunks_in_order(monkeypatch):
    monkeypatch.setattr(products, "get_threads", lambda: 2)
    x = (1 + 1e-4 * np.random.default_rng(1).standard_normal(40000)).astype(np.float32)
    halves = [_aten_run(x[:20000], np.float32(1)), _aten_run(x[20000:], np.float32(1))]
    assert products.prod(x).tobytes() == np.float32(halves[0] * halves[1]).tobytes()


def test_prod_keeps_dims_and_gives_row_major_results():
    x = np.arange(1, 25, dtype=np.float32).reshape(2, 3, 4).transpose(2, 0, 1)
    out = products.prod(x, 1, keepdims=True)
    assert out.shape == (4, 1, 3) and out.flags.c_contiguous
    assert products.prod(np.ones(5, np.float32), 0).shape == ()


@pytest.mark.parametrize("kernel", [sleef32.log1pf, sleef32.expm1f, sleef32.tanhf])
def test_large_arrays_in_blocks_give_the_same_bits_as_one_pass(kernel):
    x = np.random.default_rng(2).uniform(-0.9, 6, 40000).astype(np.float32)
    one_pass = kernel.__wrapped__ if hasattr(kernel, "__wrapped__") else getattr(sleef32, "_" + kernel.__name__)
    assert kernel(x).tobytes() == one_pass(x).tobytes()


def test_sleef_special_values():
    f = np.float32
    log1p = sleef32.log1pf(np.array([-1.0, -0.0, 0.0, np.inf, -2.0, np.nan], f))
    assert log1p[0] == -np.inf and np.signbit(log1p[1]) and log1p[2] == 0 and not np.signbit(log1p[2])
    assert log1p[3] == np.inf and np.isnan(log1p[4]) and np.isnan(log1p[5])
    expm1 = sleef32.expm1f(np.array([-0.0, -20.0, 89.0, -np.inf, np.nan], f))
    assert np.signbit(expm1[0]) and expm1[1] == -1 and expm1[2] == np.inf and expm1[3] == -1 and np.isnan(expm1[4])
    tanh = sleef32.tanhf(np.array([-0.0, 9.0, -9.0, np.inf, np.nan], f))
    assert np.signbit(tanh[0]) and tanh[1] == 1 and tanh[2] == -1 and tanh[3] == 1 and np.isnan(tanh[4])


def test_a_backward_loop_runs_as_far_as_gradient_and_input_both_continue():
    base = np.zeros((4, 33), np.float32)
    grad = np.zeros((4, 32), np.float32)
    # a sliced input (rows of 32 apart by 33) next to a fresh gradient: each row is one run of two
    # whole 16-float vectors
    assert float32_math.vector_path_mask(grad, base[:, 1:], lanes=16).all()
    # every other row of a (8, 33) batch: rows of 33, the last element of each scalar
    rows = np.zeros((8, 33), np.float32)[::2]
    mask = float32_math.vector_path_mask(np.zeros((4, 33), np.float32), rows, lanes=16)
    assert mask[:, :32].all() and not mask[:, 32].any()
    # a transposed input: the gradient orders the loop, where the input is not adjacent
    assert not float32_math.vector_path_mask(np.zeros((33, 4), np.float32), base[:, :33].T, lanes=16).any()
    # alone, a contiguous (4, 33) array is one run of 132: 128 on the vector path
    assert float32_math.vector_path_mask(base, lanes=16).sum() == 128


def _fast_path_inputs(path: sleef32.FastPath, seed: int) -> np.ndarray:
    """Random inputs over the domain and around its edges, specials included."""
    rng = np.random.default_rng(seed)
    low = -path.high if path.odd_or_even else path.low
    edges = [low, path.high, path.tiny, -path.tiny, 0.0, -0.0, np.inf, -np.inf, np.nan, path.low - 1, path.high + 1]
    edges += [float(np.nextafter(np.float32(v), np.float32(w))) for v in (low, path.high, path.tiny, -path.tiny)
              for w in (-np.inf, np.inf)]
    magnitudes = np.exp(rng.uniform(np.log(path.tiny / 4), np.log(path.high), 30000))
    signs = np.where(rng.random(30000) < 0.5, -1.0, 1.0)
    spread = rng.uniform(low, path.high, 30000)
    return np.concatenate([edges, magnitudes * signs, spread]).astype(np.float32)


@pytest.mark.parametrize("name", sorted(sleef32.FAST_PATHS))
def test_fast_paths_give_the_emulations_bits(name):
    """Every result of a fast path (float64 value rounded, emulation near a midpoint or outside
    the domain) equals the step-by-step emulation's; tools/measure_sleef32_midpoints.py checks
    the same against PyTorch's SLEEF on every float32 of the domain."""
    x = _fast_path_inputs(sleef32.FAST_PATHS[name], 3)
    kernel, emulation = getattr(sleef32, name), getattr(sleef32, "_" + name)
    with np.errstate(all="ignore"):
        assert kernel(x).tobytes() == emulation(x).tobytes()
        assert kernel(x[:7].reshape(7, 1)).tobytes() == emulation(x[:7]).tobytes()
        assert kernel(np.float32(0.75)).shape == ()


def test_float32_tanh_fast_path_gives_the_pieces_bits():
    rng = np.random.default_rng(4)
    x = np.concatenate([np.exp(rng.uniform(np.log(2.0 ** -14), np.log(12.0), 60000)) * np.where(
        rng.random(60000) < 0.5, -1, 1), [0.0, -0.0, 2.0 ** -9, 4.0, np.nextafter(4.0, 0), np.inf, np.nan]])
    x = x.astype(np.float32)
    assert float32_math.tanh(x).tobytes() == float32_math._tanh_mkl(x).tobytes()
    assert float32_math.tanh(x[:6].reshape(2, 3)).tobytes() == float32_math._tanh_mkl(x[:6]).tobytes()


def test_near_midpoint_agrees_with_the_distance():
    rng = np.random.default_rng(5)
    y = np.concatenate([rng.standard_normal(20000), -np.exp(rng.uniform(-80, 80, 20000))])
    ulps = y.astype(np.float32)
    halfway = (ulps.astype(np.float64) + np.nextafter(ulps, np.float32(np.inf)).astype(np.float64)) / 2
    y = np.concatenate([y, halfway, np.nextafter(halfway, 0.0)])
    distance, ordinary = midpoints.distance(y)
    for margin in (2.0 ** -16, 2.0 ** -6):
        near = midpoints.near_midpoint(y, int(margin * 2 ** 29))
        assert np.array_equal(near[ordinary], distance[ordinary] <= margin)
    assert distance[40000:40010].max() == 0


@pytest.mark.parametrize("threads", [1, 2, 3])
def test_vector_path_mask_of_contiguous_arrays_as_by_position(threads):
    for shape in [(5,), (31,), (32,), (33,), (3, 40), (2, 1, 70), (40000,), (70001,), (3, 33000)]:
        x = np.zeros(shape, np.float32)
        dims = [d for d in range(x.ndim) if x.shape[d] > 1]
        for others in ((), (np.ones(shape, np.float32),)):
            got = float32_math.vector_path_mask(x, *others, num_threads=threads, lanes=16)
            want = float32_math._vector_path_mask_by_position([x, *others], dims, threads, 16)
            assert np.array_equal(got, want), (shape, threads)
