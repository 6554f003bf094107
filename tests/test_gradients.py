"""Autograd against finite differences, in float64, for every differentiable op.

For an op ``f`` and random inputs ``x``, the scalar ``L = sum(w * f(x))`` (random ``w``) is
differentiated two ways: by the engine's backward pass, and by central differences of ``L``
computed with plain numpy-valued forward passes. Second order does the same with the
gradient itself: ``M = sum(u * dL/dx)`` built with ``create_graph=True``.
"""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import autograd_tui.engine as torch

EPS = 1e-6
SETTINGS = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _scalarise(out, w):
    if isinstance(out, (tuple, list)):
        return sum(_scalarise(o, wi) for o, wi in zip(out, w))
    return (out * w).sum()


def _weights(out, rng):
    if isinstance(out, (tuple, list)):
        return [_weights(o, rng) for o in out]
    return torch.tensor(rng.standard_normal(tuple(out.shape)), dtype=torch.float64)


def _numeric_grad(loss_of, arrays, k):
    x = arrays[k]
    grad = np.zeros_like(x)
    it = np.nditer(x, flags=["multi_index"])
    for _ in it:
        i = it.multi_index
        orig = x[i]
        x[i] = orig + EPS
        plus = loss_of(arrays)
        x[i] = orig - EPS
        minus = loss_of(arrays)
        x[i] = orig
        grad[i] = (plus - minus) / (2 * EPS)
    return grad


def check_op(fn, arrays, rng, second_order=True):
    """Compare first (and second) order gradients of fn at arrays with finite differences."""
    leaves = [torch.tensor(a, dtype=torch.float64, requires_grad=True) for a in arrays]
    w = _weights(fn(*leaves), rng)

    def loss_value(arrs):
        with torch.no_grad():
            ts = [torch.tensor(a, dtype=torch.float64) for a in arrs]
            return float(_scalarise(fn(*ts), w))

    loss = _scalarise(fn(*leaves), w)
    grads = torch.autograd.grad(loss, leaves, create_graph=second_order, allow_unused=True)
    for k, g in enumerate(grads):
        expected = _numeric_grad(loss_value, [a.copy() for a in arrays], k)
        got = np.zeros_like(arrays[k]) if g is None else g.detach().numpy()
        np.testing.assert_allclose(got, expected, rtol=1e-4, atol=1e-5, err_msg=f"first order, input {k}")
    if not second_order:
        return
    us = [torch.tensor(rng.standard_normal(a.shape), dtype=torch.float64) for a in arrays]
    terms = [(g * u).sum() for g, u in zip(grads, us) if g is not None and g.requires_grad]
    if not terms:
        return  # the gradient does not depend on the inputs (a linear op)
    m = sum(terms)
    second = torch.autograd.grad(m, leaves, allow_unused=True)

    def m_value(arrs):
        ts = [torch.tensor(a, dtype=torch.float64, requires_grad=True) for a in arrs]
        gs = torch.autograd.grad(_scalarise(fn(*ts), w), ts, allow_unused=True)
        return float(sum(((gi * u).sum() for gi, u in zip(gs, us) if gi is not None), torch.tensor(0.0)))

    for k, g in enumerate(second):
        expected = _numeric_grad(m_value, [a.copy() for a in arrays], k)
        got = np.zeros_like(arrays[k]) if g is None else g.detach().numpy()
        np.testing.assert_allclose(got, expected, rtol=1e-3, atol=1e-4, err_msg=f"second order, input {k}")


# ----- strategies -------------------------------------------------------------------------------
shapes = st.lists(st.integers(1, 3), min_size=0, max_size=3).map(tuple)


@st.composite
def broadcast_pair(draw):
    """Two shapes that broadcast together, often different."""
    base = draw(st.lists(st.integers(1, 3), min_size=1, max_size=3))
    other = [d if draw(st.booleans()) else 1 for d in base]
    drop = draw(st.integers(0, len(other) - 1))
    return tuple(base), tuple(other[drop:])


def _array(rng, shape, low=-2.0, high=2.0, away_from=None):
    a = rng.uniform(low, high, size=shape)
    if away_from is not None:  # keep clear of kinks (relu at 0, abs at 0, clamp bounds)
        for point in away_from:
            close = np.abs(a - point) < 0.1
            a = np.where(close, a + 0.3, a)
    return np.asarray(a, dtype=np.float64)


seeds = st.integers(0, 2**31 - 1)

UNARY = {
    "exp": (lambda x: x.exp(), {}),
    "log": (lambda x: x.log(), {"low": 0.5, "high": 3.0}),
    "sin": (lambda x: torch.sin(x), {}),
    "cos": (lambda x: torch.cos(x), {}),
    "tanh": (lambda x: x.tanh(), {}),
    "sigmoid": (lambda x: torch.sigmoid(x), {}),
    "relu": (lambda x: torch.relu(x), {"away_from": (0.0,)}),
    "sqrt": (lambda x: x.sqrt(), {"low": 0.5, "high": 3.0}),
    "abs": (lambda x: x.abs(), {"away_from": (0.0,)}),
    "neg": (lambda x: -x, {}),
    "reciprocal": (lambda x: x.reciprocal(), {"low": 0.5, "high": 3.0}),
    "square": (lambda x: torch.square(x), {}),
    "pow_scalar": (lambda x: x ** 3, {}),
    "pow_frac": (lambda x: x ** 0.5, {"low": 0.5, "high": 3.0}),
    "rpow": (lambda x: 2 ** x, {}),
    "rsub": (lambda x: 1 - x, {}),
    "rdiv": (lambda x: 2 / x, {"low": 0.5, "high": 3.0}),
    "clamp": (lambda x: x.clamp(-1, 1), {"away_from": (-1.0, 1.0)}),
    "clamp_min": (lambda x: x.clamp(min=0.5), {"away_from": (0.5,)}),
    "sum": (lambda x: x.sum(), {}),
    "mean": (lambda x: x.mean(), {}),
    "prod": (lambda x: x.prod(), {"low": 0.5, "high": 1.5}),
    "max": (lambda x: x.max(), {}),
    "min": (lambda x: x.min(), {}),
    "norm": (lambda x: x.norm(), {"low": 0.5, "high": 2.0}),
    "clone": (lambda x: x.clone(), {}),
    "flatten": (lambda x: x.flatten(), {}),
    "reshape": (lambda x: x.reshape(-1), {}),
    "unsqueeze": (lambda x: x.unsqueeze(0), {}),
    "squeeze": (lambda x: x.squeeze(), {}),
    "expand": (lambda x: x.expand(2, *x.shape), {}),
    "double_use": (lambda x: x * x.sin() + x, {}),
    "to_same_dtype": (lambda x: x.to(torch.float64) * 2, {}),
}


@pytest.mark.parametrize("name", sorted(UNARY))
@SETTINGS
@given(shape=shapes, seed=seeds)
def test_unary_ops(name, shape, seed):
    fn, opts = UNARY[name]
    rng = np.random.default_rng(seed)
    check_op(fn, [_array(rng, shape, **opts)], rng)


BINARY = {
    "add": (lambda a, b: a + b, {}),
    "sub": (lambda a, b: a - b, {}),
    "mul": (lambda a, b: a * b, {}),
    "div": (lambda a, b: a / b, {"b_low": 0.5}),
    "pow": (lambda a, b: a ** b, {"a_low": 0.5}),
    "maximum": (lambda a, b: torch.maximum(a, b), {"distinct": True}),
    "minimum": (lambda a, b: torch.minimum(a, b), {"distinct": True}),
    "where": (lambda a, b: torch.where(a > 0, a, b), {"distinct": True}),
    "add_alpha": (lambda a, b: torch.add(a, b, alpha=2.5), {}),
}


@pytest.mark.parametrize("name", sorted(BINARY))
@SETTINGS
@given(pair=broadcast_pair(), seed=seeds, swap=st.booleans())
def test_binary_ops_with_broadcasting(name, pair, seed, swap):
    fn, opts = BINARY[name]
    rng = np.random.default_rng(seed)
    sa, sb = pair[::-1] if swap else pair
    a = _array(rng, sa, low=opts.get("a_low", -2.0), away_from=(0.0,) if name == "where" else None)
    b = _array(rng, sb, low=opts.get("b_low", -2.0))
    if opts.get("distinct"):
        b = b + 0.05  # no exact ties between a and b
    check_op(fn, [a, b], rng)


DIM_OPS = {
    "sum_dim": lambda x, d: x.sum(d),
    "sum_keepdim": lambda x, d: x.sum(d, keepdim=True),
    "mean_dim": lambda x, d: x.mean(d),
    "prod_dim": lambda x, d: x.prod(d),
    "std": lambda x, d: x.std(d),
    "var": lambda x, d: x.var(d, keepdim=True),
    "max_dim": lambda x, d: x.max(d).values,
    "min_dim": lambda x, d: x.min(d, keepdim=True).values,
    "amax": lambda x, d: x.amax(d),
    "softmax": lambda x, d: torch.softmax(x, d),
    "log_softmax": lambda x, d: torch.log_softmax(x, d),
    "logsumexp": lambda x, d: torch.logsumexp(x, d),
    "sort": lambda x, d: x.sort(d).values,
    "cumsum": lambda x, d: x.cumsum(d),
    "unbind": lambda x, d: x.unbind(d),
    "split": lambda x, d: x.split(1, d),
    "select": lambda x, d: x.select(d, 0),
    "narrow": lambda x, d: x.narrow(d, 0, 1),
    "transpose": lambda x, d: x.transpose(d, 0),
    "flip": lambda x, d: x.flip(d),
}


@pytest.mark.parametrize("name", sorted(DIM_OPS))
@SETTINGS
@given(shape=st.lists(st.integers(2, 3), min_size=1, max_size=3).map(tuple), seed=seeds, data=st.data())
def test_ops_along_a_dim(name, shape, seed, data):
    rng = np.random.default_rng(seed)
    dim = data.draw(st.integers(-len(shape), len(shape) - 1))
    x = _array(rng, shape, low=0.5, high=2.0) if name == "prod_dim" else rng.permutation(
        np.linspace(-2, 2, int(np.prod(shape)))).reshape(shape)  # distinct values: no ties for max/sort
    check_op(lambda t: DIM_OPS[name](t, dim), [x], rng)


MATRIX = {
    "mm": ((2, 3), (3, 4), lambda a, b: a.mm(b)),
    "mv": ((2, 3), (3,), lambda a, b: a.mv(b)),
    "dot": ((3,), (3,), lambda a, b: a.dot(b)),
    "matmul_1d_2d": ((3,), (3, 2), lambda a, b: a @ b),
    "matmul_batched": ((2, 2, 3), (3, 2), lambda a, b: a @ b),
    "matmul_batched_both": ((2, 2, 3), (2, 3, 2), lambda a, b: a @ b),
    "matmul_vec_batched": ((3,), (2, 3, 2), lambda a, b: a @ b),
    "bmm": ((2, 2, 3), (2, 3, 2), lambda a, b: torch.bmm(a, b)),
    "addmm": ((3, 4), (4,), lambda a, bias: torch.addmm(bias, torch.ones(2, 3, dtype=torch.float64) + 0.5, a)),
    "outer": ((3,), (2,), lambda a, b: torch.outer(a, b)),
    "cat": ((2, 3), (1, 3), lambda a, b: torch.cat([a, b])),
    "stack": ((2, 3), (2, 3), lambda a, b: torch.stack([a, b], 1)),
    "permute": ((2, 3), (3, 2), lambda a, b: a.permute(1, 0) * b),
    "t": ((2, 3), (3, 2), lambda a, b: a.t() + b),
}


@pytest.mark.parametrize("name", sorted(MATRIX))
@SETTINGS
@given(seed=seeds)
def test_matrix_and_joining_ops(name, seed):
    sa, sb, fn = MATRIX[name]
    rng = np.random.default_rng(seed)
    check_op(fn, [_array(rng, sa), _array(rng, sb)], rng)


INDEXING = {
    "int": lambda x: x[1],
    "slice": lambda x: x[1:, :2],
    "step_slice": lambda x: x[::2],
    "ellipsis_none": lambda x: x[..., None, 0],
    "int_list": lambda x: x[[0, 2, 0]],
    "bool_mask": lambda x: x[x > 0],
    "tensor_index": lambda x: x[:, torch.tensor([1, 0])],
    "gather": lambda x: x.gather(1, torch.tensor([[0, 1], [1, 1], [2, 0]])),
    "gather_int32_smaller_index": lambda x: x.gather(0, torch.tensor([[2, 2]], dtype=torch.int32)),
    "gather_0d_index": lambda x: x[0].gather(0, torch.tensor(2)) * x,
    "masked_fill": lambda x: x.masked_fill(x > 0.5, 0.0) * x,
    "setitem": lambda x: _setitem_then_use(x),
    "index_select": lambda x: x.index_select(0, torch.tensor([2, 0])),
    "repeat": lambda x: x.repeat(2, 1),
}


def _setitem_then_use(x):
    y = x * 2
    y[0] = x[1] ** 2
    return y * x


@pytest.mark.parametrize("name", sorted(INDEXING))
@SETTINGS
@given(seed=seeds)
def test_indexing_ops(name, seed):
    rng = np.random.default_rng(seed)
    x = _array(rng, (3, 3), away_from=(0.0, 0.5))
    check_op(INDEXING[name], [x], rng)


def test_article_gradients_match_the_hand_derivatives():
    x = torch.tensor([1., 2.], requires_grad=True)
    y = torch.tensor([2., 4.], requires_grad=True)
    z = 6 * x ** 2 - 2 * y ** 3
    z.backward(gradient=torch.tensor([1., 1.]))
    assert x.grad.tolist() == (12 * x).tolist()
    assert y.grad.tolist() == (-6 * y ** 2).tolist()


def test_a_200k_node_chain_backpropagates_without_recursion():
    x = torch.ones(2, requires_grad=True)
    y = x
    for _ in range(200_000):
        y = y * 1.0000001
    y.sum().backward()
    # d y / d x is the constant (as float32) to the power 200,000.
    expected = float(np.float32(1.0000001)) ** 200_000
    np.testing.assert_allclose(x.grad.numpy(), np.full(2, expected), rtol=1e-3)


def test_saved_tensors_are_freed_after_backward():
    x = torch.ones(2, requires_grad=True)
    y = (x * x).sum()
    y.backward()
    with pytest.raises(RuntimeError, match="Trying to backward through the graph a second time"):
        y.backward()
    z = (x * x).sum()
    z.backward(retain_graph=True)
    z.backward()
    assert x.grad.tolist() == [6.0, 6.0]


def test_a_parameter_on_the_right_keeps_the_operands_in_order():
    # Python calls a right operand's reflected method first when its class overrides it: the
    # class-level views of Tensor's methods must be the same objects for Parameter
    from autograd_tui.engine import nn
    w = nn.Parameter(torch.ones(3))
    x = torch.ones(3, requires_grad=True)
    assert torch.Tensor.__rmul__ is nn.Parameter.__rmul__
    nodes = [type(n).__name__ for n, _ in (x * 2 * w).grad_fn.next_functions]
    assert nodes == ["MulBackward0", "AccumulateGrad"]


def test_in_place_writes_into_views_of_a_non_leaf_pass_gradcheck_and_gradgradcheck():
    # each write rebases the base onto a CopySlices node that runs the op's own node on the
    # view's part of the gradient; the other views are seen again through AsStridedBackward0
    def f(x, w):
        y = x * 1
        y[1:3].mul_(w)
        y.t()[0].add_(w.sum())
        y.view(-1)[::2].pow_(2)
        return y
    rng = np.random.default_rng(3)
    x = torch.tensor(rng.standard_normal((4, 2)), dtype=torch.float64, requires_grad=True)
    w = torch.tensor(rng.standard_normal((2, 2)), dtype=torch.float64, requires_grad=True)
    assert torch.autograd.gradcheck(f, (x, w))
    assert torch.autograd.gradgradcheck(f, (x, w))
    assert f(x, w).grad_fn.name() == "torch::autograd::CopySlices"


@pytest.mark.parametrize("accumulate", [False, True])
def test_index_put_passes_gradcheck_with_and_without_accumulate(accumulate):
    # accumulate=True adds into self, whose gradient then passes through whole
    rng = np.random.default_rng(5)
    x = torch.tensor(rng.standard_normal((4, 3)), dtype=torch.float64, requires_grad=True)
    v = torch.tensor(rng.standard_normal((2, 3)), dtype=torch.float64, requires_grad=True)
    index = (torch.tensor([2, 0]),)
    assert torch.autograd.gradcheck(lambda a, b: torch.index_put(a, index, b, accumulate=accumulate), (x, v))
    assert torch.autograd.gradcheck(lambda a, b: (a * 1).index_put_(index, b, accumulate=accumulate), (x, v))
