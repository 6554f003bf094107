"""softmax / log_softmax over a dim other than the last (parity/softmax_dims.py): which columns
take the vector form, against the loops ATen runs, and the kernels against plain formulas."""
import numpy as np
import pytest

from autograd_tui.engine.parity import softmax_dims
from autograd_tui.engine.parity.rounding import VECTOR_LANES

pytestmark = pytest.mark.skipif(not VECTOR_LANES, reason="no measured vector width on this machine")


def _softmax_loop_columns(outer, inner, threads, lanes):
    """ATen's softmax loop over the flattened columns: a range per thread, whole vectors while
    one fits in the row and in the range, else the rest of the row (or range) one by one."""
    vector = np.zeros(outer * inner, bool)
    total = outer * inner
    span = -(-total // threads) if threads > 1 and total > 1 else total
    for begin in range(0, total, span):
        end, idx = min(begin + span, total), begin
        while idx < end:
            inner_idx = idx % inner
            if inner_idx + lanes <= inner and idx + lanes <= end:
                vector[idx:idx + lanes] = True
                idx += lanes
            else:
                idx += end - idx if idx + lanes > end else inner - inner_idx
    return vector.reshape(outer, 1, inner)


def _chunked_loop_columns(n, inner, lanes):
    vector = np.zeros(inner, bool)
    chunk = min(max(128 * 1024 // n // 4, lanes) // lanes * lanes, inner)
    for start in range(0, inner, chunk):
        size = min(chunk, inner - start)
        vector[start:start + size - size % lanes] = True
    return vector


@pytest.mark.parametrize("outer,inner", [(1, 1), (1, 15), (1, 16), (1, 40), (3, 17), (5, 33), (7, 100), (2, 9)])
@pytest.mark.parametrize("threads", [1, 2, 3])
def test_softmax_vector_columns_follow_the_loop(outer, inner, threads):
    got = softmax_dims._threaded_vector_columns(outer, inner, threads)
    assert np.array_equal(got, _softmax_loop_columns(outer, inner, threads, VECTOR_LANES))


@pytest.mark.parametrize("n,inner", [(1, 5), (3, 16), (3, 47), (100, 1000), (1000, 70), (3000, 40), (7, 20000)])
def test_chunked_vector_columns_follow_the_loop(n, inner):
    assert np.array_equal(softmax_dims._chunked_vector_columns(n, inner), _chunked_loop_columns(n, inner, VECTOR_LANES))


def test_kernels_agree_with_the_formulas():
    rng = np.random.default_rng(0)
    x = (rng.standard_normal((3, 7, 5, 19)) * 3).astype(np.float32)
    g = rng.standard_normal(x.shape).astype(np.float32)
    x64, g64 = x.astype(np.float64), g.astype(np.float64)
    e = np.exp(x64 - x64.max(1, keepdims=True))
    p = e / e.sum(1, keepdims=True)
    logp = np.log(p)
    assert softmax_dims.applies(x, 1) and not softmax_dims.applies(x, 3)
    np.testing.assert_allclose(softmax_dims.softmax(x, 1, threads=2), p, rtol=2e-6, atol=1e-7)
    np.testing.assert_allclose(softmax_dims.log_softmax(x, 1), logp, rtol=2e-6, atol=2e-6)
    y, logy = softmax_dims.softmax(x, 1, threads=1), softmax_dims.log_softmax(x, 1)
    np.testing.assert_allclose(softmax_dims.softmax_backward(g, y, 1),
                               p * (g64 - (g64 * p).sum(1, keepdims=True)), rtol=1e-4, atol=1e-6)
    np.testing.assert_allclose(softmax_dims.log_softmax_backward(g, logy, 1),
                               g64 - p * g64.sum(1, keepdims=True), rtol=1e-4, atol=1e-5)
