"""The neural-network ops' gradients against central finite differences, in float64.

For each op, random shapes and options are drawn by hypothesis; the scalar
``L = sum(w * f(inputs))`` (random ``w``) is differentiated by the engine's backward pass and
by central differences of ``L``. Losses whose gradient formulas are written in tensor ops are
also checked at second order (``create_graph=True``).
"""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import autograd_tui.engine as torch
from autograd_tui.engine.nn import functional as F

EPS = 1e-6
SETTINGS = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _t(a: np.ndarray, grad: bool = False):
    return torch.tensor(a, dtype=torch.float64, requires_grad=grad)


def _scalar(out, w) -> "torch.Tensor":
    return (out * w).sum()


def check_gradients(fn, arrays, rng, second_order: bool = False, atol: float = 1e-5,
                    elements: int | None = None) -> None:
    """Engine gradients of sum(w * fn(*inputs)) w.r.t. every array against finite differences.

    ``elements``: for the layers whose every evaluation is costly (recurrences, transformers, 3-D
    ops), an input with more elements than that is checked at that many random elements (drawn
    from ``rng``, so another each example) and along one random direction over all of it, which
    any wrong element of its gradient moves; smaller inputs are checked element by element."""
    leaves = [_t(a, True) for a in arrays]
    out = fn(*leaves)
    w = _t(rng.standard_normal(tuple(out.shape)))
    loss = _scalar(out, w)
    grads = torch.autograd.grad(loss, leaves, create_graph=second_order, allow_unused=True)

    def value(arrs) -> float:
        with torch.no_grad():
            return float(_scalar(fn(*[_t(a) for a in arrs]), w))

    for k, g in enumerate(grads):
        got = np.zeros(arrays[k].shape) if g is None else g.detach().numpy()
        _compare(value, arrays, k, got, rng, elements, atol, f"input {k}")
    if not second_order:
        return
    # Second order: differentiate M = sum(u * dL/dx0) once more, against differences of M.
    u = _t(rng.standard_normal(arrays[0].shape))
    m = (grads[0] * u).sum()
    if not m.requires_grad:
        return
    second = torch.autograd.grad(m, leaves[0], allow_unused=True)[0]

    def m_value(arrs) -> float:
        xs = [_t(a, True) for a in arrs]
        g0 = torch.autograd.grad(_scalar(fn(*xs), w), xs[0], allow_unused=True)[0]
        return 0.0 if g0 is None else float((g0 * u).sum())

    got = np.zeros(arrays[0].shape) if second is None else second.detach().numpy()
    _compare(m_value, arrays, 0, got, rng, elements, atol, "second order")


def _compare(value, arrays, k, got, rng, elements, atol, what) -> None:
    """``got`` (the analytic gradient w.r.t. ``arrays[k]``) against central differences of ``value``."""
    size = arrays[k].size
    if elements is None or size <= elements:
        numeric = _numeric(value, [a.copy() for a in arrays], k)
        np.testing.assert_allclose(got, numeric, rtol=1e-4, atol=atol, err_msg=what)
        return
    where = [np.unravel_index(i, arrays[k].shape) for i in rng.choice(size, elements, replace=False)]
    numeric = _numeric(value, [a.copy() for a in arrays], k, where)
    picked = np.array([got[i] for i in where])
    np.testing.assert_allclose(picked, [numeric[i] for i in where], rtol=1e-4, atol=atol,
                               err_msg=f"{what}, at elements {where}")
    direction = rng.choice([-1.0, 1.0], arrays[k].shape)   # every element moved by as much
    shifted = [a.copy() for a in arrays]
    shifted[k] = arrays[k] + EPS * direction
    plus = value(shifted)
    shifted[k] = arrays[k] - EPS * direction
    minus = value(shifted)
    np.testing.assert_allclose(float((got * direction).sum()), (plus - minus) / (2 * EPS), rtol=1e-4,
                               atol=atol * np.sqrt(size), err_msg=f"{what}, along a random direction")


def _numeric(value, arrays, k, where=None) -> np.ndarray:
    """Central differences w.r.t. ``arrays[k]`` at the indices ``where`` (all of them by default)."""
    x = arrays[k]
    grad = np.zeros_like(x)
    for i in (np.ndindex(x.shape) if where is None else where):
        orig = x[i]
        x[i] = orig + EPS
        plus = value(arrays)
        x[i] = orig - EPS
        minus = value(arrays)
        x[i] = orig
        grad[i] = (plus - minus) / (2 * EPS)
    return grad


seeds = st.integers(0, 2**31 - 1)


# ---------------------------------------------------------------------------------------------
# Convolution and pooling
# ---------------------------------------------------------------------------------------------
@SETTINGS
@given(seed=seeds, n=st.integers(1, 2), groups=st.sampled_from([1, 2]), cg=st.integers(1, 2),
       og=st.integers(1, 2), kh=st.integers(1, 3), kw=st.integers(1, 3), stride=st.integers(1, 2),
       padding=st.integers(0, 2), dilation=st.integers(1, 2), bias=st.booleans())
def test_conv2d(seed, n, groups, cg, og, kh, kw, stride, padding, dilation, bias):
    rng = np.random.default_rng(seed)
    c, o = cg * groups, og * groups
    h = w = dilation * (max(kh, kw) - 1) + 3
    arrays = [rng.standard_normal((n, c, h, w)), rng.standard_normal((o, cg, kh, kw))]
    if bias:
        arrays.append(rng.standard_normal(o))
    check_gradients(lambda x, wt, *b: F.conv2d(x, wt, b[0] if b else None, stride, padding, dilation, groups),
                    arrays, rng)


@pytest.mark.filterwarnings("ignore:Using padding='same'")
@SETTINGS
@given(seed=seeds, kh=st.integers(1, 4), kw=st.integers(1, 4), dilation=st.integers(1, 2))
def test_conv2d_same_padding(seed, kh, kw, dilation):
    rng = np.random.default_rng(seed)
    arrays = [rng.standard_normal((1, 2, 6, 5)), rng.standard_normal((3, 2, kh, kw))]
    check_gradients(lambda x, wt: F.conv2d(x, wt, padding="same", dilation=dilation), arrays, rng)


@SETTINGS
@given(seed=seeds, k=st.integers(1, 3), stride=st.integers(1, 3), dilation=st.integers(1, 2),
       ceil_mode=st.booleans(), pad_choice=st.integers(0, 1), batched=st.booleans())
def test_max_pool2d(seed, k, stride, dilation, ceil_mode, pad_choice, batched):
    rng = np.random.default_rng(seed)
    padding = min(pad_choice, (dilation * (k - 1) + 1) // 2)
    shape = (2, 2, 7, 6) if batched else (2, 7, 6)
    # Distinct values, so that no window has a tie that finite differences could flip.
    values = rng.permutation(np.prod(shape)).reshape(shape).astype(np.float64) / 10
    check_gradients(lambda x: F.max_pool2d(x, k, stride, padding, dilation, ceil_mode), [values], rng)


@SETTINGS
@given(seed=seeds, k=st.integers(1, 3), stride=st.integers(1, 3), pad_choice=st.integers(0, 1),
       ceil_mode=st.booleans(), count_include_pad=st.booleans())
def test_avg_pool2d(seed, k, stride, pad_choice, ceil_mode, count_include_pad):
    rng = np.random.default_rng(seed)
    padding = min(pad_choice, k // 2)
    check_gradients(lambda x: F.avg_pool2d(x, k, stride, padding, ceil_mode, count_include_pad),
                    [rng.standard_normal((1, 2, 7, 5))], rng)


@SETTINGS
@given(seed=seeds, oh=st.integers(1, 5), ow=st.integers(1, 4))
def test_adaptive_avg_pool2d(seed, oh, ow):
    rng = np.random.default_rng(seed)
    check_gradients(lambda x: F.adaptive_avg_pool2d(x, (oh, ow)), [rng.standard_normal((2, 3, 5, 4))], rng)


# ---------------------------------------------------------------------------------------------
# Batch norm
# ---------------------------------------------------------------------------------------------
@SETTINGS
@given(seed=seeds, training=st.booleans(), affine=st.booleans(), spatial=st.booleans())
def test_batch_norm(seed, training, affine, spatial):
    rng = np.random.default_rng(seed)
    shape = (3, 2, 3, 2) if spatial else (4, 3)
    c = shape[1]
    arrays = [rng.standard_normal(shape) * 2 + 1]
    if affine:
        arrays += [rng.standard_normal(c), rng.standard_normal(c)]
    mean, var = _t(rng.standard_normal(c)), _t(rng.random(c) + 0.5)

    def fn(x, *wb):
        # Running statistics are updated in place during training; give each call fresh copies.
        rm, rv = mean.clone(), var.clone()
        return F.batch_norm(x, rm, rv, wb[0] if wb else None, wb[1] if wb else None, training, 0.1, 1e-5)
    check_gradients(fn, arrays, rng)


# ---------------------------------------------------------------------------------------------
# Losses
# ---------------------------------------------------------------------------------------------
reductions = st.sampled_from(["mean", "sum", "none"])


@SETTINGS
@given(seed=seeds, reduction=reductions, broadcast=st.booleans())
def test_mse_loss(seed, reduction, broadcast):
    rng = np.random.default_rng(seed)
    target_shape = (3,) if broadcast else (4, 3)
    arrays = [rng.standard_normal((4, 3)), rng.standard_normal(target_shape)]
    with pytest.warns(UserWarning) if broadcast else _nothing():
        check_gradients(lambda a, b: F.mse_loss(a, b, reduction=reduction), arrays, rng, second_order=True)


@SETTINGS
@given(seed=seeds, reduction=reductions)
def test_l1_loss(seed, reduction):
    rng = np.random.default_rng(seed)
    arrays = [rng.standard_normal((3, 4)), rng.standard_normal((3, 4))]
    check_gradients(lambda a, b: F.l1_loss(a, b, reduction=reduction), arrays, rng)


@SETTINGS
@given(seed=seeds, reduction=reductions, batched=st.booleans(), margin=st.floats(-0.5, 0.5))
def test_cosine_embedding_loss(seed, reduction, batched, margin):
    rng = np.random.default_rng(seed)
    shape = (5, 3) if batched else (3,)
    target = torch.tensor(rng.choice([1, -1, 0], size=5) if batched else rng.choice([1, -1]))
    check_gradients(lambda a, b: F.cosine_embedding_loss(a, b, target, margin=margin, reduction=reduction),
                    [rng.standard_normal(shape), rng.standard_normal(shape)], rng)


@SETTINGS
@given(seed=seeds, reduction=reductions, p=st.sampled_from([1, 2]), weighted=st.booleans(), batched=st.booleans(),
       margin=st.sampled_from([1.0, 0.4]))
def test_multi_margin_loss(seed, reduction, p, weighted, batched, margin):
    rng = np.random.default_rng(seed)
    target = torch.tensor(rng.integers(0, 4, size=5) if batched else rng.integers(0, 4))
    weight = _t(rng.random(4) + 0.5) if weighted else None
    check_gradients(lambda x: F.multi_margin_loss(x, target, p=p, margin=margin, weight=weight, reduction=reduction),
                    [rng.standard_normal((5, 4) if batched else (4,))], rng)


def _class_targets(rng, n, c, ignore: bool):
    target = rng.integers(0, c, size=n)
    if ignore and n > 1:
        target[0] = -100
    return torch.tensor(target)


@SETTINGS
@given(seed=seeds, reduction=reductions, weighted=st.booleans(), ignore=st.booleans(),
       smoothing=st.sampled_from([0.0, 0.15]))
def test_cross_entropy_indices(seed, reduction, weighted, ignore, smoothing):
    rng = np.random.default_rng(seed)
    target = _class_targets(rng, 4, 3, ignore)
    weight = _t(rng.random(3) + 0.5) if weighted else None
    check_gradients(lambda x: F.cross_entropy(x, target, weight=weight, reduction=reduction,
                                              label_smoothing=smoothing),
                    [rng.standard_normal((4, 3))], rng, second_order=True)


@SETTINGS
@given(seed=seeds, reduction=reductions, weighted=st.booleans(), smoothing=st.sampled_from([0.0, 0.2]))
def test_cross_entropy_probabilities(seed, reduction, weighted, smoothing):
    rng = np.random.default_rng(seed)
    probs = rng.random((3, 4))
    probs /= probs.sum(axis=1, keepdims=True)
    weight = _t(rng.random(4) + 0.5) if weighted else None
    check_gradients(lambda x, p: F.cross_entropy(x, p, weight=weight, reduction=reduction,
                                                 label_smoothing=smoothing),
                    [rng.standard_normal((3, 4)), probs], rng, second_order=True)


@SETTINGS
@given(seed=seeds, reduction=reductions, spatial_dims=st.integers(1, 2))
def test_cross_entropy_spatial(seed, reduction, spatial_dims):
    rng = np.random.default_rng(seed)
    spatial = (3, 2)[:spatial_dims]
    target = torch.tensor(rng.integers(0, 4, size=(2,) + spatial))
    check_gradients(lambda x: F.cross_entropy(x, target, reduction=reduction),
                    [rng.standard_normal((2, 4) + spatial)], rng)


@SETTINGS
@given(seed=seeds, reduction=reductions, weighted=st.booleans(), ignore=st.booleans())
def test_nll_loss(seed, reduction, weighted, ignore):
    rng = np.random.default_rng(seed)
    target = _class_targets(rng, 5, 4, ignore)
    weight = _t(rng.random(4) + 0.5) if weighted else None
    check_gradients(lambda x: F.nll_loss(x, target, weight=weight, reduction=reduction),
                    [rng.standard_normal((5, 4))], rng, second_order=True)


@SETTINGS
@given(seed=seeds, reduction=reductions, weighted=st.booleans())
def test_binary_cross_entropy(seed, reduction, weighted):
    rng = np.random.default_rng(seed)
    weight = _t(rng.random(3) + 0.5) if weighted else None
    arrays = [rng.uniform(0.05, 0.95, (4, 3)), rng.random((4, 3))]
    check_gradients(lambda p, t: F.binary_cross_entropy(p, t, weight=weight, reduction=reduction), arrays, rng,
                    second_order=True)


@SETTINGS
@given(seed=seeds, reduction=reductions, weighted=st.booleans(), pos_weighted=st.booleans())
def test_binary_cross_entropy_with_logits(seed, reduction, weighted, pos_weighted):
    rng = np.random.default_rng(seed)
    weight = _t(rng.random((4, 3)) + 0.5) if weighted else None
    pos_weight = _t(rng.random(3) * 3) if pos_weighted else None
    arrays = [rng.standard_normal((4, 3)) * 3, rng.random((4, 3))]
    check_gradients(lambda x, t: F.binary_cross_entropy_with_logits(x, t, weight=weight, reduction=reduction,
                                                                    pos_weight=pos_weight),
                    arrays, rng, second_order=True)


# ---------------------------------------------------------------------------------------------
# Layers built from the core ops
# ---------------------------------------------------------------------------------------------
@SETTINGS
@given(seed=seeds, rank=st.integers(1, 3), bias=st.booleans())
def test_linear(seed, rank, bias):
    rng = np.random.default_rng(seed)
    shape = ((2, 3, 4), (3, 4), (4,))[3 - rank]
    arrays = [rng.standard_normal(shape), rng.standard_normal((5, 4))]
    if bias:
        arrays.append(rng.standard_normal(5))
    check_gradients(lambda x, w, *b: F.linear(x, w, b[0] if b else None), arrays, rng, second_order=True)


@SETTINGS
@given(seed=seeds, slope=st.floats(0.0, 0.5))
def test_leaky_relu(seed, slope):
    rng = np.random.default_rng(seed)
    values = rng.standard_normal((3, 4))
    values[np.abs(values) < 1e-3] = 0.5  # keep away from the kink
    check_gradients(lambda x: F.leaky_relu(x, slope), [values], rng)


class _nothing:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False
