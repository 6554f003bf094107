"""torch.func and torch.autograd.forward_ad against finite differences and torch.autograd.grad.

For a handful of functions built of engine ops and random float64 inputs (hypothesis draws the
seed): ``grad`` must equal ``torch.autograd.grad``; ``jacrev`` and ``jacfwd`` must equal the
central-difference Jacobian; ``jvp``, forward-mode dual numbers and ``jacrev`` must agree on
J·t; ``hessian`` must be the finite-difference Jacobian of the gradient; ``vmap`` of a
per-sample function must equal the loop it stands for. And every rule of the derivative table
gives the right tangent in forward mode, or refuses.
"""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import autograd_tui.engine as torch
import autograd_tui.engine.autograd.forward_ad as fwAD
from autograd_tui.engine import func
from test_derivative_table import CASES, IMPLICIT, ZERO_THOUGH_SLOPED, _case

EPS = 1e-6
SETTINGS = settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SEEDS = st.integers(0, 2**31 - 1)
A = torch.tensor([[0.5, -1.0, 2.0], [1.5, 0.25, -0.75]], dtype=torch.float64)

# name -> a function of one vector of 3 (vector-valued ones, for the Jacobians)
VECTOR_FUNCTIONS = {
    "sin_mul": lambda x: x.sin() * x,
    "exp_tanh": lambda x: x.exp().tanh() + x.sigmoid(),
    "matmul": lambda x: (A @ x).cos(),
    "softmax": lambda x: (x * 2).softmax(0),
    "div_pow": lambda x: x / (x.pow(2) + 1),
    "reduce": lambda x: torch.stack([x.sum(), (x * x).mean(), x.prod()]),
}


def _weighted_sum(f):
    """A scalar function from a vector one: each output weighted differently, then summed."""
    def scalar(x):
        y = f(x)
        return (y * torch.arange(1.0, y.numel() + 1, dtype=torch.float64).reshape(y.shape)).sum()
    return scalar


SCALAR_FUNCTIONS = {name: _weighted_sum(f) for name, f in VECTOR_FUNCTIONS.items()}


def _random(seed: int, *shape: int) -> torch.Tensor:
    return torch.tensor(np.random.default_rng(seed).uniform(-1.5, 1.5, size=shape), dtype=torch.float64)


def _numeric_jacobian(f, x: torch.Tensor) -> np.ndarray:
    base = x.detach().numpy().astype(np.float64)
    columns = []
    for i in range(base.size):
        step = np.zeros_like(base)
        step.flat[i] = EPS
        hi = f(torch.tensor(base + step, dtype=torch.float64)).detach().numpy()
        lo = f(torch.tensor(base - step, dtype=torch.float64)).detach().numpy()
        columns.append(((hi - lo) / (2 * EPS)).reshape(-1))
    out_shape = f(x).shape
    return np.stack(columns, -1).reshape(tuple(out_shape) + tuple(x.shape))


@pytest.mark.parametrize("name", sorted(SCALAR_FUNCTIONS))
@SETTINGS
@given(seed=SEEDS)
def test_grad_equals_autograd_grad(name, seed):
    f = SCALAR_FUNCTIONS[name]
    x = _random(seed, 3)
    leaf = x.clone().requires_grad_(True)
    (expected,) = torch.autograd.grad(f(leaf), leaf)
    got = func.grad(f)(x)
    assert got.grad_fn is None and not got.requires_grad
    np.testing.assert_array_equal(got.numpy(), expected.numpy())


@pytest.mark.parametrize("name", sorted(VECTOR_FUNCTIONS))
@SETTINGS
@given(seed=SEEDS)
def test_jacrev_and_jacfwd_equal_finite_differences(name, seed):
    f = VECTOR_FUNCTIONS[name]
    x = _random(seed, 3)
    numeric = _numeric_jacobian(f, x)
    np.testing.assert_allclose(func.jacrev(f)(x).numpy(), numeric, rtol=1e-5, atol=1e-7)
    np.testing.assert_allclose(func.jacfwd(f)(x).numpy(), numeric, rtol=1e-5, atol=1e-7)


@pytest.mark.parametrize("name", sorted(VECTOR_FUNCTIONS))
@SETTINGS
@given(seed=SEEDS)
def test_jvp_and_dual_numbers_give_the_jacobian_times_the_tangent(name, seed):
    f = VECTOR_FUNCTIONS[name]
    x, t = _random(seed, 3), _random(seed + 1, 3)
    expected = func.jacrev(f)(x).numpy() @ t.numpy()
    value, pushed = func.jvp(f, (x,), (t,))
    np.testing.assert_allclose(value.numpy(), f(x).numpy())
    np.testing.assert_allclose(pushed.numpy(), expected, rtol=1e-10, atol=1e-12)
    with fwAD.dual_level():
        primal, tangent = fwAD.unpack_dual(f(fwAD.make_dual(x, t)))
    np.testing.assert_allclose(primal.numpy(), f(x).numpy())
    np.testing.assert_allclose(tangent.numpy(), expected, rtol=1e-10, atol=1e-12)


@pytest.mark.parametrize("name", sorted(SCALAR_FUNCTIONS))
@SETTINGS
@given(seed=SEEDS)
def test_hessian_is_the_jacobian_of_the_gradient(name, seed):
    f = SCALAR_FUNCTIONS[name]
    x = _random(seed, 3)
    numeric = _numeric_jacobian(func.grad(f), x)
    hessian = func.hessian(f)(x).numpy()
    np.testing.assert_allclose(hessian, numeric, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(func.jacrev(func.jacrev(f))(x).numpy(), hessian, rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(func.jacfwd(func.jacfwd(f))(x).numpy(), hessian, rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(func.jacrev(func.jacfwd(f))(x).numpy(), hessian, rtol=1e-10, atol=1e-12)


@SETTINGS
@given(seed=SEEDS)
def test_vjp_equals_autograd_grad_with_a_cotangent(seed):
    x, y, v = _random(seed, 2, 3), _random(seed + 1, 3), _random(seed + 2, 2)
    out, vjp_fn = func.vjp(lambda a, b: (a @ b).exp(), x, y)
    gx, gy = vjp_fn(v)
    lx, ly = x.clone().requires_grad_(True), y.clone().requires_grad_(True)
    ex, ey = torch.autograd.grad((lx @ ly).exp(), (lx, ly), v)
    np.testing.assert_array_equal(gx.numpy(), ex.numpy())
    np.testing.assert_array_equal(gy.numpy(), ey.numpy())


@SETTINGS
@given(seed=SEEDS)
def test_vmap_of_per_sample_gradients_equals_the_loop(seed):
    w, X = _random(seed, 3), _random(seed + 1, 4, 3)

    def loss(w, x):
        return ((w * x).sum().tanh() - 0.5) ** 2
    batched = func.vmap(func.grad(loss), in_dims=(None, 0))(w, X)
    looped = torch.stack([func.grad(loss)(w, X[i]) for i in range(4)])
    np.testing.assert_array_equal(batched.numpy(), looped.numpy())


def test_nested_grad_keeps_the_outer_history():
    w = torch.tensor(0.7, dtype=torch.float64, requires_grad=True)
    g = func.grad(lambda t: t.sin() * t * t)(w)
    assert g.requires_grad
    (second,) = torch.autograd.grad(g, w)
    np.testing.assert_allclose(second.item(), func.grad(func.grad(lambda t: t.sin() * t * t))(w.detach()).item())


def test_functional_call_leaves_the_module_as_it_was():
    model = torch.nn.Linear(3, 2)
    before = [p.detach().clone() for p in model.parameters()]
    params = {k: torch.zeros_like(v) for k, v in model.named_parameters()}
    out = func.functional_call(model, params, (torch.ones(1, 3),))
    np.testing.assert_array_equal(out.detach().numpy(), np.zeros((1, 2), dtype=np.float32))
    for p, b in zip(model.parameters(), before):
        assert isinstance(p, torch.nn.Parameter)
        np.testing.assert_array_equal(p.detach().numpy(), b.numpy())


def test_tangents_are_gone_after_the_level():
    with fwAD.dual_level():
        y = fwAD.make_dual(torch.ones(2), torch.ones(2)).exp()
        assert fwAD.unpack_dual(y).tangent is not None
    assert fwAD.unpack_dual(y).tangent is None
    assert "tangent" not in repr(y)


# Every rule of the derivative table, in forward mode: J·t from dual numbers and from
# torch.func.jvp must equal the central difference of the case's function along t, or the
# engine must refuse with NotImplementedError (never a silent wrong tangent).
REFUSED_IN_FORWARD_MODE = {
    # gradient formulas computed with numpy kernels: not differentiable again
    "conv_transpose2d", "conv_transpose1d", "conv3d", "avg_pool2d_backward", "adaptive_avg_pool2d_backward",
    "avg_pool3d_backward", "adaptive_avg_pool3d_backward",
    # in-place writes into a view of a dual tensor
    "as_strided_view", "copy_slices",
    # decompositions with several outputs (one node, several results): no tangents for them yet
    "eigh", "linalg_eig", "lstsq", "qr", "slogdet", "svd", "aminmax", "std_mean", "var_mean", "lu", "lu_unpack",
    # PyTorch has no forward-mode derivative for it either, and says so
    "multi_margin_loss", "cdist", "cdist_backward", "pdist", "pdist_backward", "hardsigmoid_backward",
    "grid_sampler_2d", "ctc_loss", "multilabel_margin_loss", "binomial", "histogram", "histogramdd_from_bin_cts",
    "histogramdd_bin_edges", "bincount", "unique", "unique_dim",
    "unique_consecutive", "index_reduce", "special_zeta", "special_zeta_scalar_self", "special_zeta_scalar_other",
    "linalg_ldl_factor_ex", "linalg_ldl_solve", "_standard_gamma_grad", "_dirichlet_grad", "segment_reduce",
    # sparse COO tensors have no forward mode in the engine (it says so)
    "sparse_coo_tensor", "to_dense", "to_sparse", "coalesce", "values_sparse", "t_sparse", "add_sparse",
    "add_dense_sparse", "mul_sparse_scalar", "sparse_sum", "mm_sparse", "mm_dense_sparse", "sparse_addmm",
    "addmm_sparse", "sparse_softmax", "sparse_log_softmax",
    # complex tensors have no forward mode in the engine yet (it says so)
    "angle", "complex", "conj", "conj_physical", "resolve_conj", "polar", "view_as_complex", "view_as_real",
    "sgn_complex", "exp_complex", "log_complex", "sqrt_complex", "sin_complex", "cos_complex", "tanh_complex",
    "sigmoid_complex", "reciprocal_complex", "mm_complex", "mv_complex", "dot_complex", "cumprod_complex",
    "_fft_c2c", "_fft_r2c", "_fft_c2r",
}


# PyTorch's tangent of the solution moves with A's whole tangent, not only the triangle the solve
# reads (derivatives.yaml's triangular_solve_jvp), so it is no finite difference along a full
# tangent of A: here only b moves; golden func/fwad_triangular_solve holds PyTorch's digits for A.
FIXED_INPUTS_IN_FORWARD_MODE = {"triangular_solve": {0}}


def _floating(out) -> list:
    outs = out if isinstance(out, tuple) else (out,)
    return [o for o in outs if o.dtype.is_floating_point]


def _directional_difference(fn, primals, tangents, eps):
    def at(sign):
        moved = [torch.tensor(p.detach().numpy() + sign * eps * t.numpy(), dtype=p.dtype).requires_grad_(True)
                 for p, t in zip(primals, tangents)]
        return [o.detach().numpy().astype(np.float64) for o in _floating(fn(*moved))]
    return [(hi - lo) / (2 * eps) for hi, lo in zip(at(1), at(-1))]


def _zero_if_sloped(name: str, expected: list) -> list:
    """PyTorch's tangent of a sample from tensor parameters is zero, as its gradient (test_derivative_table)."""
    return [np.zeros_like(e) for e in expected] if name in ZERO_THOUGH_SLOPED else expected


def _expected_tangents(name: str, fn, primals: list, tangents: list, eps: float) -> list:
    """J·t by central differences; for a draw whose gradient is the implicit one (a gamma draw, checked
    against its cdf in test_derivative_table), by that gradient: the draw is element-wise, so J is diagonal."""
    if name not in IMPLICIT:
        return _zero_if_sloped(name, _directional_difference(fn, primals, tangents, eps))
    inputs = [p.detach().requires_grad_(True) for p in primals]
    slope, = torch.autograd.grad(fn(*inputs).sum(), inputs)
    return [slope.detach().numpy().astype(np.float64) * tangents[0].numpy()]


def _table_case(name):
    torch.manual_seed(0)
    fn, inputs, options = _case(name)
    rng = np.random.default_rng(0)
    primals = [x.detach() for x in inputs]
    tangents = [torch.tensor(rng.standard_normal(tuple(x.shape)), dtype=x.dtype) for x in primals]
    tangents = [torch.zeros_like(t) if i in FIXED_INPUTS_IN_FORWARD_MODE.get(name, ()) else t
                for i, t in enumerate(tangents)]
    return fn, primals, tangents, options["eps"]


@pytest.mark.parametrize("name", sorted(set(CASES) - {"unpack_dual"}))  # that case opens a level itself
def test_every_rule_in_forward_mode_matches_finite_differences(name):
    fn, primals, tangents, eps = _table_case(name)
    if name in REFUSED_IN_FORWARD_MODE:
        with pytest.raises(NotImplementedError), fwAD.dual_level():
            fn(*[fwAD.make_dual(p, t) for p, t in zip(primals, tangents)])
        return
    expected = _expected_tangents(name, fn, primals, tangents, eps)
    with fwAD.dual_level():
        outs = _floating(fn(*[fwAD.make_dual(p.requires_grad_(True), t) for p, t in zip(primals, tangents)]))
        got = [fwAD.unpack_dual(o).tangent for o in outs]
    for g, o, e in zip(got, outs, expected):
        g = torch.zeros_like(o) if g is None else g
        np.testing.assert_allclose(g.detach().numpy(), e, rtol=1e-3 if eps > 1e-6 else 1e-5, atol=1e-6)


@pytest.mark.parametrize("name", sorted(set(CASES) - {"unpack_dual"}))
def test_every_rule_under_func_jvp_matches_finite_differences(name):
    fn, primals, tangents, eps = _table_case(name)
    primals = [p.requires_grad_(True) for p in primals]  # some cases differentiate inside
    if name in REFUSED_IN_FORWARD_MODE:
        with pytest.raises(NotImplementedError):
            func.jvp(fn, tuple(primals), tuple(tangents))
        return
    expected = _expected_tangents(name, fn, primals, tangents, eps)
    _, pushed = func.jvp(fn, tuple(primals), tuple(tangents))
    for g, e in zip(_floating(pushed), expected):
        np.testing.assert_allclose(g.detach().numpy(), e, rtol=1e-3 if eps > 1e-6 else 1e-5, atol=1e-6)
