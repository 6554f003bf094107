"""torch.nn.utils.prune's invariants on random weights: which entries each method drops, how a second
pruning acts only on what the first kept, and what remove leaves. Exact outputs (masks of seeded
scripts, messages) are checked by the golden snippets nn_module/prune_*."""
from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import autograd_tui.engine as torch
from autograd_tui.engine import nn
from autograd_tui.engine.nn.utils import prune

SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
seeds = st.integers(0, 2**31 - 1)


def _linear(seed: int, rows: int, cols: int) -> nn.Linear:
    """A Linear whose weight entries are distinct, so that "the smallest k" is one set."""
    layer = nn.Linear(cols, rows)
    values = np.random.default_rng(seed).permutation(rows * cols).reshape(rows, cols) - rows * cols / 2 + 0.25
    with torch.no_grad():
        layer.weight.copy_(torch.tensor(values, dtype=torch.float32))
    return layer


def _dropped_count(amount, size: int) -> int:
    return amount if isinstance(amount, int) else round(amount * size)


@SETTINGS
@given(seed=seeds, rows=st.integers(1, 5), cols=st.integers(1, 5), data=st.data())
def test_l1_drops_exactly_the_smallest_magnitudes(seed, rows, cols, data):
    layer = _linear(seed, rows, cols)
    size = rows * cols
    amount = data.draw(st.one_of(st.integers(0, size), st.floats(0, 1)))
    original = layer.weight.detach().clone()
    prune.l1_unstructured(layer, "weight", amount=amount)
    mask = layer.weight_mask.numpy().astype(bool)
    assert (~mask).sum() == _dropped_count(amount, size)
    magnitudes = np.abs(original.numpy())
    if mask.any() and (~mask).any():
        assert magnitudes[~mask].max() < magnitudes[mask].min()
    np.testing.assert_array_equal(layer.weight.detach().numpy(), original.numpy() * mask)


@SETTINGS
@given(seed=seeds, rows=st.integers(2, 5), cols=st.integers(2, 5), first=st.floats(0, 1), second=st.floats(0, 1))
def test_a_second_pruning_only_removes_entries_the_first_kept(seed, rows, cols, first, second):
    torch.manual_seed(seed)
    layer = _linear(seed, rows, cols)
    prune.random_unstructured(layer, "weight", amount=first)
    kept_first = layer.weight_mask.numpy().astype(bool)
    prune.l1_unstructured(layer, "weight", amount=second)
    kept_both = layer.weight_mask.numpy().astype(bool)
    assert not (kept_both & ~kept_first).any()
    assert (kept_first & ~kept_both).sum() == round(second * kept_first.sum())
    hooks = list(layer._forward_pre_hooks.values())
    assert [type(h).__name__ for h in hooks] == ["PruningContainer"]
    assert [type(m).__name__ for m in hooks[0]] == ["RandomUnstructured", "L1Unstructured"]


@SETTINGS
@given(seed=seeds, rows=st.integers(2, 5), cols=st.integers(2, 5), dim=st.sampled_from([0, 1, -1]),
       p=st.sampled_from([1, 2, float("inf")]), data=st.data())
def test_ln_structured_zeroes_whole_channels_of_smallest_norm(seed, rows, cols, dim, p, data):
    layer = _linear(seed, rows, cols)
    channels = layer.weight.shape[dim]
    amount = data.draw(st.integers(0, channels))
    norms = np.linalg.norm(layer.weight.detach().numpy(), ord=p, axis=1 - dim % 2)
    prune.ln_structured(layer, "weight", amount=amount, n=p, dim=dim)
    mask = np.moveaxis(layer.weight_mask.numpy(), dim, 0)
    alive = mask.reshape(channels, -1).all(axis=1)
    dead = ~mask.reshape(channels, -1).any(axis=1)
    assert (alive | dead).all()  # never a partly pruned channel
    assert dead.sum() == amount
    if alive.any() and dead.any():
        assert norms[dead].max() <= norms[alive].min()


@SETTINGS
@given(seed=seeds, amount=st.floats(0, 1))
def test_remove_keeps_the_same_parameter_with_the_pruned_values(seed, amount):
    torch.manual_seed(seed)
    layer = _linear(seed, 3, 4)
    prune.random_unstructured(layer, "weight", amount=amount)
    parameter = layer.weight_orig
    expected = (layer.weight_orig * layer.weight_mask).detach().numpy()
    prune.remove(layer, "weight")
    assert layer.weight is parameter and isinstance(layer.weight, nn.Parameter)
    np.testing.assert_array_equal(layer.weight.detach().numpy(), expected)
    assert [n for n, _ in layer.named_parameters()] == ["bias", "weight"]
    assert list(layer.named_buffers()) == [] and not prune.is_pruned(layer)


@SETTINGS
@given(seed=seeds, amount=st.integers(0, 14))
def test_global_pruning_ranks_all_tensors_together(seed, amount):
    a, b = _linear(seed, 2, 3), _linear(seed + 1, 2, 4)
    with torch.no_grad():
        b.weight.mul_(0.5)  # distinct from a's magnitudes (a's are k + 0.25, b's are (k + 0.25) / 2)
    magnitudes = np.abs(np.concatenate([a.weight.detach().numpy().ravel(), b.weight.detach().numpy().ravel()]))
    prune.global_unstructured([(a, "weight"), (b, "weight")], pruning_method=prune.L1Unstructured, amount=amount)
    kept = np.concatenate([a.weight_mask.numpy().ravel(), b.weight_mask.numpy().ravel()]).astype(bool)
    assert (~kept).sum() == amount
    if kept.any() and (~kept).any():
        assert magnitudes[~kept].max() < magnitudes[kept].min()
