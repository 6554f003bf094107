"""torch.quasirandom.SobolEngine beyond its goldens (tests/golden/snippets/quasirandom): the shipped
direction numbers against what defines a Sobol' sequence, and the engine's honest limit."""
from __future__ import annotations

import numpy as np
import pytest

import autograd_tui.engine as torch


def test_every_shipped_dimension_is_a_digital_net():
    """Each dimension alone is a (0, m, 1)-net: the first 2**m points, times 2**m, hit every integer
    below 2**m once (m up to 10 here), which any wrong direction number breaks."""
    engine = torch.quasirandom.SobolEngine(1111)
    points = engine.draw(1024, dtype=torch.float64).numpy()
    for m in range(1, 11):
        cells = np.floor(points[:2**m] * 2**m).astype(np.int64)
        assert (np.sort(cells, axis=0) == np.arange(2**m)[:, None]).all(), m


def test_direction_numbers_are_odd_and_below_their_bound():
    state = torch.quasirandom.SobolEngine(1111).sobolstate.numpy()
    values = state >> np.arange(29, -1, -1)
    assert (values << np.arange(29, -1, -1) == state).all()
    assert (values & 1).all() and (values < 2 ** np.arange(1, 31)).all()


def test_draws_continue_where_fast_forward_stops():
    drawn = torch.quasirandom.SobolEngine(7).draw(40)
    skipped = torch.quasirandom.SobolEngine(7).fast_forward(25).draw(15)
    assert torch.equal(drawn[25:], skipped)


def test_a_dimension_past_the_shipped_table_says_the_engine_lacks_it():
    with pytest.raises(NotImplementedError, match="--backend torch"):
        torch.quasirandom.SobolEngine(1112)
