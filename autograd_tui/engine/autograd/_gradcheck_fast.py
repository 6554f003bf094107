"""``gradcheck(fast_mode=True)``: one number per (input, output) pair instead of whole Jacobians.

PyTorch compares ``v^T (J u)``, with ``J u`` from one central difference along a random unit
vector ``u``, against ``(v^T J) u`` from one backward with ``grad_output = v``. The vectors come
from a fresh ``torch.Generator()`` (so the learner's RNG is untouched): for each input requiring
grad a float32 ``rand`` of its size, cast to its dtype and divided by its norm, then one per
differentiable output. A mismatch reports the two numbers, then the whole Jacobians recomputed in
slow mode. The arithmetic runs on the engine's own tensors, in PyTorch's order, so the reported
numbers are PyTorch's.
"""
from __future__ import annotations

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine import functions as F
from autograd_tui.engine.autograd._gradcheck_parts import (GradcheckError, _analytical_rows, _as_tuple,
                                                          _is_float_or_complex, _numerical_jacobian,
                                                          checked_rows)
from autograd_tui.engine.parity.generator import Generator

_SLOW_MODE_HEADER = (
    "\nThe above quantities relating the numerical and analytical jacobians are computed \n"
    "in fast mode. See: https://github.com/pytorch/pytorch/issues/53876 for more background \n"
    "about fast mode. Below, we recompute numerical and analytical jacobians in slow mode:\n\n")

_SLOW_MODE_WOULD_PASS = """
Fast gradcheck failed but element-wise differences are small. This means that the
test might've passed in slow_mode!

If you are adding a new operator, please file an issue and then use one of the
workarounds. The workaround depends on how your test invokes gradcheck/gradgradcheck:

If the test
- manually invokes gradcheck/gradgradcheck, then call gradcheck/gradgradcheck
  with `fast_mode=False` as a keyword argument.
- is OpInfo-based (e.g., in test_ops_gradients.py), then modify the OpInfo for the test
  to have `gradcheck_fast_mode=False`
- is a Module test (e.g., in common_nn.py), then modify the corresponding
  module_test entry to have `gradcheck_fast_mode=False`
""".strip()


def _unit_vector(t: F.Tensor, generator: Generator) -> F.Tensor:
    vec = F.rand(t.numel(), generator=generator).to(t.dtype)
    return vec / vec.norm()


def _directional_derivatives(func, inputs, k: int, u: F.Tensor, eps: float) -> list:
    """``J u`` for every output of ``func``: the input moved by ``-eps*u`` and then ``+eps*u``."""
    x = inputs[k]
    delta = u.reshape(tuple(x.shape)) * eps
    orig = x.detach().clone()
    x._data[...] = (orig - delta)._data
    before = [o.detach().clone() for o in _as_tuple(func(*inputs))]
    x._data[...] = (orig + delta)._data
    after = [o.detach().clone() for o in _as_tuple(func(*inputs))]
    x._data[...] = orig._data
    return [((b - a) / (2 * eps)).reshape(-1) for a, b in zip(before, after)]


def _vjp_rows(v: F.Tensor):
    """Rows for ``checked_rows``: one backward with ``grad_output = v`` (a single Jacobian row)."""
    def rows(out, diff_inputs) -> tuple[list, bool]:
        grads = F.autograd_grad(out, list(diff_inputs), v.reshape(tuple(out.shape)), retain_graph=True,
                                allow_unused=True)
        jacobians, dtype_ok = [], True
        for gi, t in zip(grads, diff_inputs):
            column = np.zeros((t.numel(), 1))
            if gi is not None:
                column[:, 0] = gi._data.reshape(-1)
                dtype_ok = dtype_ok and gi.dtype is t.dtype
            jacobians.append(column)
        return jacobians, dtype_ok
    return rows


def check(func, func_out: tuple, inputs: tuple, diff: list, outputs: list, eps: float, rtol: float,
          atol: float, nondet_tol: float, check_grad_dtypes: bool) -> None:
    """Raises GradcheckError with PyTorch's fast-mode report when ``v^T J u`` disagrees."""
    if any(inputs[k].dtype.is_complex for k in diff) or any(o.dtype.is_complex for o in outputs):
        raise NotImplementedError("gradcheck(fast_mode=True) of complex inputs or outputs is not available in "
                                  "the embedded engine; `--backend torch` runs it")
    generator = Generator()
    all_u = [_unit_vector(inputs[k], generator) for k in diff]
    all_v = [_unit_vector(o, generator) for o in outputs]
    numerical = []
    for k, u in zip(diff, all_u):
        jus = _directional_derivatives(func, inputs, k, u, eps)
        if not outputs:
            if any(ju.numel() and bool((ju - F.zeros_like(ju)).abs().max() > nondet_tol) for ju in jus):
                raise GradcheckError("Numerical gradient for function expected to be zero")
            continue
        floating = [ju for ju, o in zip(jus, func_out) if _is_float_or_complex(o)]
        numerical.append([(v * ju).sum() for v, ju in zip(all_v, floating)])
    analytical = []
    for out, v in zip(outputs, all_v):
        rows = checked_rows(out, [inputs[k] for k in diff], nondet_tol, check_grad_dtypes, _vjp_rows(v))
        analytical.append([F.make(row[:, 0].astype(inputs[k].dtype.np), inputs[k].dtype).dot(u)
                           for row, k, u in zip(rows, diff, all_u)])
    for i, per_output in enumerate(numerical):
        for j, n in enumerate(per_output):
            a = analytical[j][i]
            scaled_atol = atol * float(all_u[i].sum()) * float(all_v[j].sum())
            common = dtypes.promote_types(a.dtype, n.dtype)
            if not F.allclose(a.to(common), n.to(common), rtol, scaled_atol):
                raise GradcheckError(f"Jacobian mismatch for output {j} with respect to input {i},\n"
                                     f"numerical:{n}\nanalytical:{a}\n"
                                     + _slow_mode_report(func, inputs, diff, outputs, i, j, eps, rtol, atol))


def _slow_mode_report(func, inputs, diff, outputs, i: int, j: int, eps: float, rtol: float, atol: float) -> str:
    k, out = diff[i], outputs[j]
    columns = [_numerical_jacobian(func, inputs, d, eps) for d in diff][i]  # all inputs, as PyTorch does
    numerical = F.make(np.array([col[j] for col in columns]).reshape(inputs[k].numel(), out.numel())
                       .astype(out.dtype.np), out.dtype)
    rows = checked_rows(out, [inputs[d] for d in diff], float("inf"), False, _analytical_rows)
    analytical = F.make(rows[i].astype(inputs[k].dtype.np), inputs[k].dtype)
    report = (_SLOW_MODE_HEADER + f"Numerical:\n {numerical}\nAnalytical:\n{analytical}\n\n"
              f"The max per-element difference (slow mode) is: {(numerical - analytical).abs().max()}.\n")
    if F.allclose(analytical, numerical, rtol, atol):
        report += _SLOW_MODE_WOULD_PASS
    return report
