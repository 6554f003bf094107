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
    x = inputs[k]
    flat = x._data.reshape(-1)
    columns = []
    for i in range(flat.size):
        orig = flat[i]
        flat[i] = orig + eps
        plus = [o._data.astype(np.float64).reshape(-1).copy() for o in _as_tuple(func(*inputs))]
        flat[i] = orig - eps
        minus = [o._data.astype(np.float64).reshape(-1).copy() for o in _as_tuple(func(*inputs))]
        flat[i] = orig
        columns.append([(p - m) / (2 * eps) for p, m in zip(plus, minus)])
    return columns  # columns[i][j]: d output_j / d input_k[i]


def gradcheck(func, inputs, *, eps=1e-6, atol=1e-5, rtol=1e-3, raise_exception=True) -> bool:
    inputs = _as_tuple(inputs)
    diff = [k for k, t in enumerate(inputs) if isinstance(t, F.Tensor) and t.requires_grad]
    for k in diff:
        if inputs[k].dtype is not dtypes.float64:
            warnings.warn(f"Input #{k} requires gradient and is not a double precision floating point or complex. "
                          "This check will likely fail if all the inputs are not of double precision floating "
                          "point or complex. ", UserWarning, stacklevel=AT_LIBRARY)
    outputs = _as_tuple(func(*inputs))
    for k in diff:
        numerical = _numerical_jacobian(func, inputs, k, eps)
        for j, out in enumerate(outputs):
            if not out.requires_grad:
                continue
            n_out = out.numel()
            analytical = np.zeros((inputs[k].numel(), n_out))
            for m in range(n_out):
                g = np.zeros(n_out, dtype=out._data.dtype)
                g[m] = 1
                grad_out = F.make(g.reshape(out._data.shape), out.dtype)
                (gi,) = F.autograd_grad(out, inputs[k], grad_out, retain_graph=True, allow_unused=True)
                if gi is not None:
                    analytical[:, m] = gi._data.reshape(-1)
            num = np.array([col[j] for col in numerical]).reshape(inputs[k].numel(), n_out)
            if not np.allclose(analytical, num, rtol=rtol, atol=atol):
                if raise_exception:
                    raise GradcheckError(
                        f"Jacobian mismatch for output {j} with respect to input {k},\n"
                        f"numerical:{_fmt(num, inputs[k].dtype)}\nanalytical:{_fmt(analytical, inputs[k].dtype)}\n")
                return False
    return True


def _fmt(a: np.ndarray, dtype: dtypes.dtype) -> str:
    return repr(F.make(a.astype(dtype.np), dtype))


def gradgradcheck(func, inputs, *, eps=1e-6, atol=1e-5, rtol=1e-3, raise_exception=True) -> bool:
    inputs = _as_tuple(inputs)
    outputs = _as_tuple(func(*inputs))
    grad_outputs = [F.randn_like(o).requires_grad_() for o in outputs]

    def first_grads(*args):
        ins = args[: len(inputs)]
        gos = args[len(inputs):]
        outs = _as_tuple(func(*ins))
        grads = F.autograd_grad(outs, [t for t in ins if t.requires_grad], gos, create_graph=True,
                                allow_unused=True)
        return tuple(g for g in grads if g is not None)
    return gradcheck(first_grads, tuple(inputs) + tuple(grad_outputs), eps=eps, atol=atol, rtol=rtol,
                     raise_exception=raise_exception)
