"""``torch.autograd.gradcheck``: autograd's Jacobian against central finite differences."""
from __future__ import annotations

import warnings

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine import functions as F
from autograd_tui.engine._tensor import AT_LIBRARY


class GradcheckError(RuntimeError):
    pass


GradcheckError.__module__ = "torch.autograd.gradcheck"


def _as_tuple(x):
    return x if isinstance(x, tuple) else (x,)


def _numerical_jacobian(func, inputs, k, eps):
    """Central differences for input ``k``, element by element: ``x - eps`` evaluated first, then
    ``x + eps``, as PyTorch's ``_compute_numerical_gradient`` does (a print in ``func`` shows it)."""
    x = inputs[k]
    data = x._data  # written in place, element by element in logical order (a transposed input too)
    columns = []
    for i in np.ndindex(data.shape):
        orig = data[i]
        data[i] = orig - eps
        minus = [o._data.astype(np.float64).reshape(-1).copy() for o in _as_tuple(func(*inputs))]
        data[i] = orig + eps
        plus = [o._data.astype(np.float64).reshape(-1).copy() for o in _as_tuple(func(*inputs))]
        data[i] = orig
        columns.append([(p - m) / (2 * eps) for p, m in zip(plus, minus)])
    return columns  # columns[i][j]: d output_j / d input_k[i]


def _analytical_rows(out, diff_inputs) -> list:
    """One vector-Jacobian product per element of ``out``, with respect to every input at once."""
    n_out = out.numel()
    jacobians = [np.zeros((t.numel(), n_out)) for t in diff_inputs]
    for m in range(n_out):
        g = np.zeros(n_out, dtype=out._data.dtype)
        g[m] = 1
        grad_out = F.make(g.reshape(out._data.shape), out.dtype)
        grads = F.autograd_grad(out, list(diff_inputs), grad_out, retain_graph=True, allow_unused=True)
        for jac, gi in zip(jacobians, grads):
            if gi is not None:
                jac[:, m] = gi._data.reshape(-1)
    return jacobians


def _differentiable(outputs) -> list:
    return [o for o in _as_tuple(outputs) if isinstance(o, F.Tensor) and o.requires_grad]


def _zero_grads_give_zero(func, inputs, outputs, diff_inputs, message: str) -> None:
    zeros = [F.make(np.zeros(o._data.shape, dtype=o._data.dtype), o.dtype) for o in outputs]
    grads = F.autograd_grad(outputs, list(diff_inputs), zeros, allow_unused=True)
    if any(g is not None and np.any(g._data != 0) for g in grads):
        raise GradcheckError(message)


def gradcheck(func, inputs, *, eps=1e-6, atol=1e-5, rtol=1e-3, raise_exception=True,
              check_undefined_grad=True) -> bool:
    """PyTorch's slow gradcheck, step for step (a print in a custom Function shows each call):
    every input's numerical Jacobian first, then per output its rows twice (the reentrancy check),
    then a zero ``grad_output`` must give zero gradients, then again after a fresh forward (the
    check of undefined output gradients). With ``raise_exception=False`` every failed check
    answers False (other errors, as no input requiring grad, still raise)."""
    try:
        return _gradcheck_steps(func, inputs, eps, atol, rtol, check_undefined_grad)
    except GradcheckError:
        if raise_exception:
            raise
        return False


def _gradcheck_steps(func, inputs, eps, atol, rtol, check_undefined_grad) -> bool:
    inputs = _as_tuple(inputs)
    diff = [k for k, t in enumerate(inputs) if isinstance(t, F.Tensor) and t.requires_grad]
    for k in diff:
        if inputs[k].dtype is not dtypes.float64:
            warnings.warn(f"Input #{k} requires gradient and is not a double precision floating point or complex. "
                          "This check will likely fail if all the inputs are not of double precision floating "
                          "point or complex. ", UserWarning, stacklevel=AT_LIBRARY)
    if not diff:
        raise ValueError("gradcheck expects at least one input tensor to require gradient, "
                         "but none of them have requires_grad=True.")
    outputs = _differentiable(func(*inputs))
    diff_inputs = [inputs[k] for k in diff]
    numerical = [_numerical_jacobian(func, inputs, k, eps) for k in diff]
    if not outputs:
        if any(np.any(np.concatenate([c for col in cols for c in col] or [np.zeros(0)]) != 0) for cols in numerical):
            raise GradcheckError("Numerical gradient for function expected to be zero")
        return True
    for j, out in enumerate(outputs):
        first = _analytical_rows(out, diff_inputs)
        second = _analytical_rows(out, diff_inputs)
        if any(not np.array_equal(a, b) for a, b in zip(first, second)):
            raise GradcheckError(
                "Backward is not reentrant, i.e., running backward with same input and grad_output multiple "
                "times gives different values, although analytical gradient matches numerical gradient.The "
                "tolerance for nondeterminism was 0.0.\n\nNOTE: If your op relies on non-deterministic "
                "operations i.e., it is listed here:\nhttps://pytorch.org/docs/stable/generated/"
                "torch.use_deterministic_algorithms.html\nthis failure might be expected.\n\nIf you are adding "
                "a new operator, please file an issue and then use one of the\nworkarounds. The workaround "
                "depends on how your test invokes gradcheck/gradgradcheck.\nIf the test\n- manually invokes "
                "gradcheck/gradgradcheck, then call gradcheck/gradgradcheck\n  with `nondet_tol=<tol>` as a "
                "keyword argument.\n- is OpInfo-based (e.g., in test_ops_gradients.py), then modify the OpInfo "
                "for the test\n  to have `gradcheck_nondet_tol=<tol>`.\n- is a Module test (e.g., in "
                "common_nn.py), then modify the corresponding\n  module_test entry to have "
                "`gradcheck_nondet_tol=<tol>`\n")
        for i, (k, analytical) in enumerate(zip(diff, first)):
            num = np.array([col[j] for col in numerical[i]]).reshape(inputs[k].numel(), out.numel())
            if not np.allclose(analytical, num, rtol=rtol, atol=atol):
                raise GradcheckError(
                    f"Jacobian mismatch for output {j} with respect to input {i},\n"
                    f"numerical:{_fmt(num, inputs[k].dtype)}\nanalytical:{_fmt(analytical, inputs[k].dtype)}\n")
    _zero_grads_give_zero(func, inputs, outputs, diff_inputs, "backward not multiplied by grad_output")
    if check_undefined_grad:
        # PyTorch passes undefined output gradients, which a custom Function receives as zeros.
        checks = 1 + (len(outputs) if len(outputs) > 1 else 0)
        for _ in range(checks):
            _zero_grads_give_zero(
                func, inputs, _differentiable(func(*inputs)), diff_inputs,
                "Expected all input grads to be undefined or zero when all output grads are undefined or zero. "
                "Please look at \"Notes about undefined output gradients\" in \"tools/autograd/derivatives.yaml\"")
    return True


def _fmt(a: np.ndarray, dtype: dtypes.dtype) -> str:
    return repr(F.make(a.astype(dtype.np), dtype))


def gradgradcheck(func, inputs, *, eps=1e-6, atol=1e-5, rtol=1e-3, raise_exception=True) -> bool:
    inputs = _as_tuple(inputs)
    outputs = _as_tuple(func(*inputs))
    # torch.testing.make_tensor(low=-1, high=1): uniform draws, double for non-float outputs.
    grad_outputs = [F.empty(tuple(o.shape), dtype=o.dtype if o.is_floating_point() else dtypes.float64)
                    .uniform_(-1, 1).requires_grad_() for o in _differentiable(outputs)]

    def first_grads(*args):
        ins = args[: len(inputs)]
        gos = args[len(inputs):]
        outs = _as_tuple(func(*ins))
        grads = F.autograd_grad(outs, [t for t in ins if t.requires_grad], gos, create_graph=True,
                                allow_unused=True)
        return tuple(g for g in grads if g is not None)
    return gradcheck(first_grads, tuple(inputs) + tuple(grad_outputs), eps=eps, atol=atol, rtol=rtol,
                     raise_exception=raise_exception)
