"""Random expression graphs, built twice: on the engine and on live PyTorch, then compared.

Runs only where real PyTorch is importable (e.g. ``.venv-torch/bin/python -m pytest
tests/test_live_crosscheck.py``); the README's test command skips it.
"""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

torch = pytest.importorskip("torch")
if torch.__name__ != "torch" or not hasattr(torch, "_C"):
    pytest.skip("`torch` here is not real PyTorch", allow_module_level=True)

import autograd_tui.engine as engine  # noqa: E402

UNARY = ["exp", "sin", "cos", "tanh", "sigmoid", "relu", "abs", "neg", "square",
         "sum", "mean", "softmax", "t_or_flip", "clone", "unsqueeze_sum"]
BINARY = ["add", "sub", "mul", "div", "maximum", "pow_scalar", "rsub", "scalar_mul", "matmul_ok"]


def apply_unary(lib, name, x):
    if name == "sum":
        return x.sum()
    if name == "mean":
        return x.mean()
    if name == "softmax":
        return lib.softmax(x, dim=-1) if x.dim() else x
    if name == "t_or_flip":
        return x.t() if x.dim() == 2 else x * 1
    if name == "clone":
        return x.clone()
    if name == "unsqueeze_sum":
        return x.unsqueeze(0).sum(0)
    if name == "square":
        return lib.square(x)
    return getattr(lib, name)(x)


def apply_binary(lib, name, a, b):
    if name == "add":
        return a + b
    if name == "sub":
        return a - b
    if name == "mul":
        return a * b
    if name == "div":
        return a / (b.abs() + 1)
    if name == "maximum":
        return lib.maximum(a, b)
    if name == "pow_scalar":
        return a ** 2
    if name == "rsub":
        return 1 - a
    if name == "scalar_mul":
        return 0.5 * a
    if name == "matmul_ok":
        if a.dim() == 2 and b.dim() == 2 and a.shape[1] == b.shape[0]:
            return a @ b
        return a + b
    raise ValueError(name)


@st.composite
def programs(draw):
    shape = draw(st.sampled_from([(), (2,), (3,), (2, 2), (2, 3), (3, 2)]))
    n_leaves = draw(st.integers(1, 3))
    shapes = [draw(st.sampled_from([shape, shape[1:] if shape else ()])) for _ in range(n_leaves)]
    steps = []
    for _ in range(draw(st.integers(1, 6))):
        if draw(st.booleans()):
            steps.append(("u", draw(st.sampled_from(UNARY)), None, None))
        else:
            steps.append(("b", draw(st.sampled_from(BINARY)), draw(st.integers(0, 10)), None))
    seed = draw(st.integers(0, 2**31 - 1))
    return shapes, steps, seed


def build(lib, shapes, steps, seed):
    rng = np.random.default_rng(seed)
    values = [rng.uniform(-2, 2, size=s).astype(np.float32) for s in shapes]
    leaves = [lib.tensor(v.tolist(), requires_grad=True) for v in values]
    pool = list(leaves)
    out = pool[0]
    for kind, name, pick, _ in steps:
        if kind == "u":
            out = apply_unary(lib, name, out)
        else:
            other = pool[pick % len(pool)]
            try:
                out = apply_binary(lib, name, out, other)
            except RuntimeError as exc:  # a shape mismatch: both must fail the same way
                return leaves, f"error: {exc}"
        pool.append(out)
    return leaves, out


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(programs())
def test_random_graphs_print_and_differentiate_like_pytorch(program):
    shapes, steps, seed = program
    t_leaves, t_out = build(torch, shapes, steps, seed)
    e_leaves, e_out = build(engine, shapes, steps, seed)
    if isinstance(t_out, str) or isinstance(e_out, str):
        assert str(t_out) == str(e_out)
        return
    same_tensor(e_out, t_out)
    t_out.sum().backward()
    e_out.sum().backward()
    for t, e in zip(t_leaves, e_leaves):
        same_tensor(e.grad, t.grad)


def same_tensor(e, t) -> None:
    """Same grad_fn, dtype and shape; values equal up to the last float32 bit or two.

    Transcendental functions and reductions may round the last bit differently from PyTorch's
    vectorised kernels, which can flip a printed digit at a rounding boundary; the printed form is
    compared exactly by the golden corpus instead.
    """
    if t is None:  # an unused leaf gets no gradient in either
        assert e is None
        return
    assert type(e.grad_fn).__name__ == type(t.grad_fn).__name__
    assert str(e.dtype) == str(t.dtype) and tuple(e.shape) == tuple(t.shape)
    np.testing.assert_allclose(e.detach().numpy(), t.detach().numpy(), rtol=2e-6, atol=1e-6)
