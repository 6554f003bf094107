"""nll_loss's cascade of partial sums (parity/nll.py) against the loop it stands for."""
import numpy as np
import pytest

from autograd_tui.engine.parity.nll import nll_reduce


def _loop(terms, weights, kept):
    """ATen's loop, one sample at a time: eight partial sums, the lowest moved up after every
    kept sample whose index ends in a zero hex digit (and higher while the next digits are 0)."""
    dt = terms.dtype.type
    loss, wsum = [dt(0)] * 8, [dt(0)] * 8
    for i, term in enumerate(terms):
        if not kept[i]:
            continue
        loss[0] = dt(loss[0] + term)
        wsum[0] = dt(wsum[0] + weights[i])
        for j in range(7):
            if i & (15 << (4 * j)):
                break
            loss[j + 1], loss[j] = dt(loss[j + 1] + loss[j]), dt(0)
            wsum[j + 1], wsum[j] = dt(wsum[j + 1] + wsum[j]), dt(0)
    total, weight = dt(0), dt(0)
    for j in range(8):
        total, weight = dt(total + loss[j]), dt(weight + wsum[j])
    return total, weight


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("n", [1, 2, 15, 16, 17, 33, 256, 257, 300, 4200])
def test_cascade_matches_the_loop(dtype, n):
    rng = np.random.default_rng(n)
    terms = (rng.standard_normal(n) * 3).astype(dtype)
    weights = rng.random(n).astype(dtype)
    for kept in (np.ones(n, bool), rng.random(n) < 0.8, rng.random(n) < 0.05,
                 np.arange(n) > n // 2):  # the last: one long run of ignored samples
        total, weight = nll_reduce(terms * kept, weights * kept, kept)
        want_total, want_weight = _loop(terms, weights, kept)
        assert total.dtype == dtype and total.tobytes() == dtype(want_total).tobytes()
        assert weight.tobytes() == dtype(want_weight).tobytes()
        unweighted, count = nll_reduce(terms * kept, None, kept)
        assert unweighted == total and count == kept.sum()


def test_every_sample_ignored_sums_to_zero():
    total, weight = nll_reduce(np.zeros(5, np.float32), np.zeros(5, np.float32), np.zeros(5, bool))
    assert total == 0 and weight == 0


@pytest.mark.parametrize("n", [0, 1, 2, 16, 17, 128, 257, 272, 273, 4097, 70000])
def test_unweighted_batch_sum_matches_the_loop(n):
    # softmax.nll_sum: the path of the usual (N, C) float32 batch with every target kept
    from autograd_tui.engine.parity.softmax import nll_sum

    rng = np.random.default_rng(n)
    terms = (rng.standard_normal(n) * 10.0 ** rng.integers(-3, 4, n)).astype(np.float32)
    terms[rng.random(n) < 0.1] = -0.0
    want, _ = _loop(terms, np.ones(n, np.float32), np.ones(n, bool))
    assert nll_sum(terms).tobytes() == np.float32(want).tobytes()
