"""Forward mode beyond the ops: a custom Function's ``jvp`` (with ``save_for_forward``) and
``torch.func.linearize``, checked for what PyTorch 2.13 does.

The behaviours pinned here were read off the live oracle (the c15a_ goldens record the common
cases): jvp's ``ctx.saved_tensors`` is what ``save_for_forward`` saved, or empty, never what
``save_for_backward`` saved (PyTorch stores those only after jvp ran); a tensor input without a
tangent reaches jvp as zeros; what jvp returns is checked for type, count and shape; and
``linearize`` runs the function twice, then never again, with jvp_fn giving the same J·t as
``jvp``.
"""
from __future__ import annotations

import warnings
from typing import Any, Callable

import numpy as np
import pytest

import autograd_tui.engine as torch
import autograd_tui.engine.autograd.forward_ad as fwAD
from autograd_tui.engine import func

X = torch.tensor([0.5, -1.25, 2.0], dtype=torch.float64)
T = torch.tensor([1.0, 0.5, -2.0], dtype=torch.float64)


class CubeSavedForForward(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_forward(x)
        ctx.save_for_backward(x)
        return x ** 3

    @staticmethod
    def jvp(ctx, tx):
        (x,) = ctx.saved_tensors
        return 3 * x ** 2 * tx

    @staticmethod
    def backward(ctx, g):
        (x,) = ctx.saved_tensors
        return 3 * x ** 2 * g


def test_jvp_reads_what_save_for_forward_saved_and_backward_what_save_for_backward_saved() -> None:
    with fwAD.dual_level():
        out = CubeSavedForForward.apply(fwAD.make_dual(X, T))
        tangent = fwAD.unpack_dual(out).tangent
    assert tangent is not None
    np.testing.assert_array_equal(tangent.numpy(), (3 * X ** 2 * T).numpy())
    assert out.grad_fn is None or out.grad_fn.saved_for_forward is None  # dropped once apply returns
    x = X.clone().requires_grad_()
    y = CubeSavedForForward.apply(x)
    assert y.grad_fn.saved_for_forward is None
    y.sum().backward()
    np.testing.assert_array_equal(x.grad.numpy(), (3 * X ** 2).numpy())


def test_jvp_without_save_for_forward_sees_no_saved_tensors() -> None:
    seen = []

    class Double(torch.autograd.Function):
        @staticmethod
        def forward(ctx, x):
            ctx.save_for_backward(x)
            return x * 2

        @staticmethod
        def jvp(ctx, tx):
            seen.append(ctx.saved_tensors)
            return tx * 2

        @staticmethod
        def backward(ctx, g):
            return g * 2

    with fwAD.dual_level():
        out = Double.apply(fwAD.make_dual(X, T))
        tangent = fwAD.unpack_dual(out).tangent
        assert tangent is not None
        np.testing.assert_array_equal(tangent.numpy(), (T * 2).numpy())
    assert seen == [()]


def test_save_for_forward_refuses_a_non_tensor() -> None:
    class Bad(torch.autograd.Function):
        @staticmethod
        def forward(ctx, x):
            ctx.save_for_forward(x, 3)
            return x

    with pytest.raises(AssertionError, match="^save_for_forward expects all arguments to be tensors; you should "
                                             "save non-tensors as attributes on ctx.$"):
        Bad.apply(X)


def test_a_tensor_input_without_tangent_reaches_jvp_as_zeros_unless_not_materialized() -> None:
    received = []

    def make(materialize: bool):
        class Mul(torch.autograd.Function):
            @staticmethod
            def forward(ctx, a, b, k):
                ctx.set_materialize_grads(materialize)
                return a * b * k

            @staticmethod
            def jvp(ctx, ta, tb, tk):
                received.append((ta, tb, tk))
                return ta if ta is not None else tb

            @staticmethod
            def backward(ctx, g):
                return g, g, None
        return Mul

    with fwAD.dual_level():
        make(True).apply(fwAD.make_dual(X, T), X, 2.0)
        make(False).apply(fwAD.make_dual(X, T), X, 2.0)
    (ta, tb, tk), (ta2, tb2, tk2) = received
    np.testing.assert_array_equal(tb.numpy(), np.zeros(3))
    assert tk is None and tb2 is None and tk2 is None
    assert ta is not None and ta2 is not None


@pytest.mark.parametrize(("returned", "message"), [
    (lambda t: t, r"^Function's jvp returned an invalid number of forward gradients \(expected 2 but got 1\)$"),
    (lambda t: (t, t, t), r"^Function's jvp returned an invalid number of forward gradients \(expected 2 but got 3\)$"),
    (lambda t: (t, 3), r"^expected Variable or None \(got int\) for grad output 1\.$"),
    (lambda t: (t, torch.ones(4, dtype=torch.float64)),
     r"^Trying to set a forward gradient that has a different size than that of the original Tensor, this is not "
     r"supported\. Tensor is of size \[3\] while the given forward gradient is of size \[4\]\.$"),
])
def test_what_jvp_returns_is_checked_as_pytorch_checks_it(returned, message) -> None:
    class TwoOutputs(torch.autograd.Function):
        @staticmethod
        def forward(ctx, x):
            return x * 2, x * 3

        @staticmethod
        def jvp(ctx, tx):
            return returned(tx)

        @staticmethod
        def backward(ctx, a, b):
            return a * 2 + b * 3

    with fwAD.dual_level(), pytest.raises(RuntimeError, match=message):
        TwoOutputs.apply(fwAD.make_dual(X, T))


FUNCTIONS: dict[str, Callable[..., Any]] = {
    "sin_mul": lambda x: x.sin() * x,
    "tuple_out": lambda x: (x.exp(), x.sum() * 2),
    "two_args": lambda x, y: x * y.tanh(),
}


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
def test_linearize_gives_jvps_values_and_runs_the_function_only_twice(name: str) -> None:
    calls = []

    def counted(*args):
        calls.append(1)
        return FUNCTIONS[name](*args)

    primals = (X,) if name != "two_args" else (X, X * 0.5)
    rng = np.random.default_rng(7)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        output, jvp_fn = func.linearize(counted, *primals)
    assert len(calls) == 2
    expected_out = FUNCTIONS[name](*primals)
    for got, want in zip(func._tree_flatten(output)[0], func._tree_flatten(expected_out)[0]):
        np.testing.assert_array_equal(got.numpy(), want.numpy())
    for _ in range(3):
        tangents = tuple(torch.tensor(rng.standard_normal(3)) for _ in primals)
        pushed = jvp_fn(*tangents)
        _, reference = func.jvp(FUNCTIONS[name], primals, tangents)
        for got, want in zip(func._tree_flatten(pushed)[0], func._tree_flatten(reference)[0]):
            assert not got.requires_grad
            np.testing.assert_allclose(got.numpy(), want.numpy(), rtol=1e-12, atol=1e-12)
    assert len(calls) == 2


def test_linearize_warns_as_pytorchs_const_folding_does_and_checks_tangents() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        _, jvp_fn = func.linearize(lambda a, b: a * b, X, X)
    assert [str(w.message) for w in caught] == [func._CONST_FOLD_WARNING]
    assert jvp_fn.__qualname__ == "linearize.<locals>.jvp_fn"
    with pytest.raises(RuntimeError, match=r"^tangent:0 with shape torch\.Size\(\[2\]\) in flattened pytree doesn't "
                                           r"match the shape torch\.Size\(\[3\]\) of the corresponding primal\.$"):
        jvp_fn(torch.ones(2, dtype=torch.float64), T)
    with pytest.raises(RuntimeError, match=r"^tangent:1 with dtype torch\.float32 in flattened pytree doesn't "
                                           r"match the dtype torch\.float64 of the corresponding primal\.$"):
        jvp_fn(T, torch.ones(3))
    with pytest.raises(RuntimeError, match=r"^Expected the tangents TreeSpec\(tuple, None, \[\*\]\) to have the "
                                           r"same argspec as the primals TreeSpec\(tuple, None, \[\*,\n  \*\]\)$"):
        jvp_fn(T)
