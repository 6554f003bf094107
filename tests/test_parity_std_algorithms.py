"""libstdc++'s sort / nth_element / partial_sort as the engine replays them (parity/std_algorithms.py)
for the tie order of PyTorch's CPU sort and topk (the orders themselves: tests/golden reduce/)."""
import numpy as np
import pytest

from autograd_tui.engine.parity import std_algorithms as algo


def _less(x, y):
    return x[0] < y[0]


def _pairs(values):
    return [(v, i) for i, v in enumerate(values)]


@pytest.mark.parametrize("n", [0, 1, 2, 5, 16, 17, 40, 300, 1000])
def test_sort_nth_element_partial_sort_do_what_they_promise(n):
    rng = np.random.default_rng(n)
    values = rng.integers(0, max(n // 4, 1), n).tolist()
    a = _pairs(values)
    algo.sort(a, _less)
    assert [v for v, _ in a] == sorted(values) and sorted(i for _, i in a) == list(range(n))
    for k in ({1, n // 2, n} - {0} if n else set()):
        b = _pairs(values)
        algo.nth_element(b, k - 1, _less)
        assert b[k - 1][0] == sorted(values)[k - 1]
        assert all(v <= b[k - 1][0] for v, _ in b[:k]) and all(v >= b[k - 1][0] for v, _ in b[k:])
        c = _pairs(values)
        algo.partial_sort(c, k, _less)
        assert [v for v, _ in c[:k]] == sorted(values)[:k]


def test_short_runs_are_insertion_sorted_hence_stable_and_longer_ones_are_not():
    short = _pairs([1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0])
    algo.sort(short, _less)
    assert [i for _, i in short] == [1, 3, 5, 7, 9, 11, 13, 15, 0, 2, 4, 6, 8, 10, 12, 14]
    longer = _pairs([1, 0] * 20)
    algo.sort(longer, _less)
    indices = [i for _, i in longer]
    assert [longer[j][0] for j in range(40)] == [0] * 20 + [1] * 20
    assert indices[:20] != sorted(indices[:20])  # the partition swaps reorder the ties


def test_the_depth_limit_falls_back_to_heapsort():
    # a McIlroy adversary makes every partition lopsided, so the depth limit runs out
    n, gas = 200, 200
    val, state = [gas] * n, {"solid": 0, "candidate": 0}

    def adversary(x, y):
        x, y = x[1], y[1]
        if val[x] == gas and val[y] == gas:
            frozen = x if x == state["candidate"] else y
            val[frozen], state["solid"] = state["solid"], state["solid"] + 1
        if val[x] == gas:
            state["candidate"] = x
        elif val[y] == gas:
            state["candidate"] = y
        return val[x] < val[y]

    algo.sort(_pairs([0] * n), adversary)
    calls = []
    original = algo._heap_select
    try:
        algo._heap_select = lambda *args: calls.append(1) or original(*args)
        a = _pairs(val)
        algo.sort(a, _less)
    finally:
        algo._heap_select = original
    assert calls and [v for v, _ in a] == sorted(val)


def test_orders_without_ties_are_left_alone():
    x = np.random.default_rng(0).permutation(50).astype(np.float32).reshape(2, 25)
    stable = np.argsort(x, axis=1, kind="stable")
    assert algo.sort_order(x, 1, False, stable) is stable
    first = stable[:, :3]
    assert np.array_equal(algo.topk_order(x, 1, 3, False, True, first), first)
