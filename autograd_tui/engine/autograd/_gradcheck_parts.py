"""The pieces both of gradcheck's modes use: the numerical Jacobian, autograd's rows with the
reentrancy check, and the error PyTorch raises."""
from __future__ import annotations

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine import functions as F


class GradcheckError(RuntimeError):
    pass


GradcheckError.__module__ = "torch.autograd.gradcheck"


def _as_tuple(x):
    if isinstance(x, list):
        return tuple(x)
    return x if isinstance(x, tuple) else (x,)


def _is_float_or_complex(t) -> bool:
    return isinstance(t, F.Tensor) and (t.dtype.is_floating_point or t.dtype.is_complex)


def _numerical_jacobian(func, inputs, k, eps):
    """Central differences for input ``k``, element by element: ``x - eps`` evaluated first, then
    ``x + eps``, as PyTorch's ``_compute_numerical_gradient`` does (a print in ``func`` shows it).
    Only floating (and complex) outputs get a Jacobian; the difference is taken in the output's
    dtype, then divided by ``2 * eps``, as PyTorch's tensors do."""
    x = inputs[k]
    data = x._data  # written in place, element by element in logical order (a transposed input too)
    columns = []
    for i in np.ndindex(data.shape):
        column = _central_difference(func, inputs, data, i, eps)
        if x.dtype.is_complex:  # (real outputs only: gradcheck splits complex ones first)
            # the conjugate Wirtinger derivative, as PyTorch's: d/dx + i d/dy
            along_imag = _central_difference(func, inputs, data, i, eps * 1j)
            column = [dx + 1j * dy for dx, dy in zip(column, along_imag)]
        columns.append(column)
    return columns  # columns[i][j]: d output_j / d input_k[i]


def _central_difference(func, inputs, data, i, eps) -> list:
    orig = data[i]
    data[i] = orig - eps
    minus = [o.detach().clone() for o in _as_tuple(func(*inputs))]
    data[i] = orig + eps
    plus = [o.detach().clone() for o in _as_tuple(func(*inputs))]
    data[i] = orig
    step = 2 * abs(eps)
    return [((p - m) / step)._data.astype(np.float64).reshape(-1)
            for p, m in zip(plus, minus) if _is_float_or_complex(p)]


def _analytical_rows(out, diff_inputs) -> tuple[list, bool]:
    """One vector-Jacobian product per element of ``out``, with respect to every input at once;
    and whether every gradient had its input's dtype."""
    n_out = out.numel()
    jacobians = [np.zeros((t.numel(), n_out), complex if t.dtype.is_complex else float) for t in diff_inputs]
    dtype_ok = True
    for m in range(n_out):
        g = np.zeros(n_out, dtype=out._data.dtype)
        g[m] = 1
        grad_out = F.make(g.reshape(out._data.shape), out.dtype)
        grads = F.autograd_grad(out, list(diff_inputs), grad_out, retain_graph=True, allow_unused=True)
        for jac, gi, t in zip(jacobians, grads, diff_inputs):
            if gi is not None:
                jac[:, m] = (gi.to_dense() if gi.is_sparse else gi)._data.reshape(-1)  # as PyTorch's, dense
                dtype_ok = dtype_ok and gi.dtype is t.dtype
    return jacobians, dtype_ok


def checked_rows(out, diff_inputs, nondet_tol, check_grad_dtypes, rows) -> list:
    """``rows(out, diff_inputs)`` twice (PyTorch's reentrancy check: the two may differ by at most
    ``nondet_tol``, NaNs never counting as a difference), and the dtype check when asked."""
    first, dtype_ok = rows(out, diff_inputs)
    second, _ = rows(out, diff_inputs)
    if not dtype_ok and check_grad_dtypes:
        raise GradcheckError("Gradient has dtype mismatch")
    if any(a.size and np.abs(a - b).max() > nondet_tol for a, b in zip(first, second)):
        raise GradcheckError(
            "Backward is not reentrant, i.e., running backward with same input and grad_output multiple "
            f"times gives different values, although analytical gradient matches numerical gradient.The "
            f"tolerance for nondeterminism was {nondet_tol}.\n\nNOTE: If your op relies on non-deterministic "
            "operations i.e., it is listed here:\nhttps://pytorch.org/docs/stable/generated/"
            "torch.use_deterministic_algorithms.html\nthis failure might be expected.\n\nIf you are adding "
            "a new operator, please file an issue and then use one of the\nworkarounds. The workaround "
            "depends on how your test invokes gradcheck/gradgradcheck.\nIf the test\n- manually invokes "
            "gradcheck/gradgradcheck, then call gradcheck/gradgradcheck\n  with `nondet_tol=<tol>` as a "
            "keyword argument.\n- is OpInfo-based (e.g., in test_ops_gradients.py), then modify the OpInfo "
            "for the test\n  to have `gradcheck_nondet_tol=<tol>`.\n- is a Module test (e.g., in "
            "common_nn.py), then modify the corresponding\n  module_test entry to have "
            "`gradcheck_nondet_tol=<tol>`\n")
    return first


def _fmt(a: np.ndarray, dtype: dtypes.dtype) -> str:
    return repr(F.make(a.astype(dtype.np), dtype))
