"""``torch.autograd.gradcheck``: autograd's Jacobian against central finite differences."""
from __future__ import annotations

import warnings

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine import functions as F
from autograd_tui.engine._tensor import AT_LIBRARY
from autograd_tui.engine.autograd import _gradcheck_fast, forward_ad
from autograd_tui.engine.autograd._gradcheck_parts import (GradcheckError, _analytical_rows, _as_tuple,  # noqa: F401
                                                          _fmt, _is_float_or_complex, _numerical_jacobian,
                                                          checked_rows)


def _differentiable(outputs) -> list:
    return [o for o in _as_tuple(outputs) if isinstance(o, F.Tensor) and o.requires_grad]


def _zero_grads_give_zero(outputs, diff_inputs) -> bool:
    zeros = [F.make(np.zeros(o._data.shape, dtype=o._data.dtype), o.dtype) for o in outputs]
    grads = F.autograd_grad(outputs, list(diff_inputs), zeros, allow_unused=True)
    return not any(g is not None and np.any((g.to_dense() if g.is_sparse else g)._data != 0) for g in grads)


_UNDEFINED_GRADS_WARNING = (
    "Backwards compatibility: New undefined gradient support checking feature is enabled by default, but it may "
    "break existing callers of this function. If this is true for you, you can call this function with "
    "\"check_undefined_grad=False\" to disable the feature")


def _undefined_grads_give_zero(func, inputs, n_outputs: int, diff_inputs) -> None:
    """PyTorch's check of undefined output gradients (a custom Function receives them as zeros):
    all of them at once, then, with several outputs, each in turn; the forwards all run first."""
    checks = [_differentiable(func(*inputs)) for _ in range(1 + (n_outputs if n_outputs > 1 else 0))]
    for outputs in checks:
        if not _zero_grads_give_zero(outputs, diff_inputs):
            warnings.warn(_UNDEFINED_GRADS_WARNING, UserWarning, stacklevel=AT_LIBRARY)
            raise GradcheckError(
                "Expected all input grads to be undefined or zero when all output grads are undefined or zero. "
                "Please look at \"Notes about undefined output gradients\" in \"tools/autograd/derivatives.yaml\"")


def gradcheck(func, inputs, *, eps=1e-6, atol=1e-5, rtol=1e-3, raise_exception=True, nondet_tol=0.0,
              check_undefined_grad=True, check_grad_dtypes=False, check_batched_grad=False,
              check_batched_forward_grad=False, check_forward_ad=False, check_backward_ad=True,
              fast_mode=False, masked=None) -> bool:
    """PyTorch's gradcheck, step for step (a print in a custom Function shows each call): slow mode
    compares every input's numerical Jacobian with autograd's rows (computed twice, the reentrancy
    check); fast mode compares ``v^T J u`` for random unit vectors drawn as PyTorch draws them.
    Then a zero ``grad_output`` must give zero gradients, then again after a fresh forward (the
    check of undefined output gradients). With ``raise_exception=False`` every failed check
    answers False (other errors, as no input requiring grad, still raise).

    ``check_batched_grad`` needs no work of its own: the engine's batched backward is one backward
    per row, so it always agrees with the row-by-row gradients that check compares it with."""
    if not (check_forward_ad or check_backward_ad):
        raise AssertionError("Expected at least one of check_forward_ad or check_backward_ad to be True")
    if check_batched_forward_grad or (check_forward_ad and fast_mode):
        keyword = "check_batched_forward_grad" if check_batched_forward_grad else "check_forward_ad=True, fast_mode"
        raise NotImplementedError(f"gradcheck({keyword}=True) is not available in the embedded engine; "
                                  "`--backend torch` runs it")
    try:
        return _gradcheck_steps(func, inputs, eps, atol, rtol, nondet_tol, check_undefined_grad,
                                check_grad_dtypes, fast_mode, check_forward_ad, check_backward_ad)
    except GradcheckError:
        if raise_exception:
            raise
        return False


def _gradcheck_steps(func, inputs, eps, atol, rtol, nondet_tol, check_undefined_grad, check_grad_dtypes,
                     fast_mode, check_forward_ad, check_backward_ad) -> bool:
    inputs = _as_tuple(inputs)
    diff = [k for k, t in enumerate(inputs) if isinstance(t, F.Tensor) and t.requires_grad]
    for k in diff:
        if inputs[k].dtype not in (dtypes.float64, dtypes.complex128):
            warnings.warn(f"Input #{k} requires gradient and is not a double precision floating point or complex. "
                          "This check will likely fail if all the inputs are not of double precision floating "
                          "point or complex. ", UserWarning, stacklevel=AT_LIBRARY)
    if not diff:
        raise ValueError("gradcheck expects at least one input tensor to require gradient, "
                         "but none of them have requires_grad=True.")
    func_out = _as_tuple(func(*inputs))
    outputs = _differentiable(func_out)
    diff_inputs = [inputs[k] for k in diff]
    if check_backward_ad and fast_mode:
        _gradcheck_fast.check(func, func_out, inputs, diff, outputs, eps, rtol, atol, nondet_tol, check_grad_dtypes)
    elif check_backward_ad and any(o.dtype.is_complex for o in func_out if isinstance(o, F.Tensor)):
        # PyTorch checks complex outputs as two real functions: their imaginary parts, then their real parts
        for part in ("imaginary", "real"):
            part_func = _part_of_outputs(func, F.imag if part == "imaginary" else F.real)
            part_outputs = _differentiable(part_func(*inputs))
            complex_outputs = {j for j, o in enumerate(outputs) if o.dtype.is_complex}
            _slow_mode(part_func, inputs, diff, part_outputs, eps, rtol, atol, nondet_tol, check_grad_dtypes,
                       {j: f"While considering the {part} part of complex outputs only, " for j in complex_outputs})
    elif check_backward_ad:
        _slow_mode(func, inputs, diff, outputs, eps, rtol, atol, nondet_tol, check_grad_dtypes)
    if check_forward_ad:
        _forward_mode(func, inputs, diff, outputs, eps, rtol, atol)
    if not check_backward_ad:
        return True
    if not _zero_grads_give_zero(outputs, diff_inputs):
        raise GradcheckError("backward not multiplied by grad_output")
    if check_undefined_grad:
        _undefined_grads_give_zero(func, inputs, len(outputs), diff_inputs)
    return True


def _part_of_outputs(func, part):
    """``func`` with ``part`` (real or imag) taken of each complex output."""
    def part_func(*inputs):
        outputs = _as_tuple(func(*inputs))
        return tuple(part(o) if isinstance(o, F.Tensor) and o.dtype.is_complex else o for o in outputs)
    return part_func


def _slow_mode(func, inputs, diff, outputs, eps, rtol, atol, nondet_tol, check_grad_dtypes,
               prefixes: dict | None = None) -> None:
    diff_inputs = [inputs[k] for k in diff]
    numerical = [_numerical_jacobian(func, inputs, k, eps) for k in diff]
    if not outputs:
        if any(np.any(np.concatenate([c for col in cols for c in col] or [np.zeros(0)]) != 0) for cols in numerical):
            raise GradcheckError("Numerical gradient for function expected to be zero")
        return
    for j, out in enumerate(outputs):
        first = checked_rows(out, diff_inputs, nondet_tol, check_grad_dtypes, _analytical_rows)
        for i, (k, analytical) in enumerate(zip(diff, first)):
            num = np.array([col[j] for col in numerical[i]]).reshape(inputs[k].numel(), out.numel())
            if not np.allclose(analytical, num, rtol=rtol, atol=atol):
                raise GradcheckError(
                    (prefixes or {}).get(j, "") + f"Jacobian mismatch for output {j} with respect to input {i},\n"
                    f"numerical:{_fmt(num, inputs[k].dtype)}\nanalytical:{_fmt(analytical, inputs[k].dtype)}\n")


def _forward_mode(func, inputs, diff, outputs, eps, rtol, atol) -> None:
    """The forward-mode Jacobians (one tangent per input element, duals of the detached inputs)
    against the numerical ones, as PyTorch's slow check with ``check_forward_ad=True``."""
    numerical = [_numerical_jacobian(func, inputs, k, eps) for k in diff]
    if not outputs:
        return  # the backward check already asked for zero numerical gradients
    floating = [o for o in _as_tuple(func(*inputs)) if _is_float_or_complex(o)]
    forward = [[np.zeros((inputs[k].numel(), o.numel())) for o in floating] for k in diff]
    with forward_ad.dual_level():
        for i, k in enumerate(diff):
            for lin in range(inputs[k].numel()):
                duals = list(inputs)
                for d in diff:
                    tangent = F.zeros_like(inputs[d].detach())
                    if d == k:
                        tangent._data.reshape(-1)[lin] = 1
                    duals[d] = forward_ad.make_dual(inputs[d].detach(), tangent)
                results = [o for o in _as_tuple(func(*duals)) if _is_float_or_complex(o)]
                for j, result in enumerate(results):
                    tangent_out = forward_ad.unpack_dual(result).tangent
                    if tangent_out is not None:
                        forward[i][j][lin] = tangent_out._data.reshape(-1)
    for j in range(len(outputs)):
        for i, k in enumerate(diff):
            num = np.array([col[j] for col in numerical[i]]).reshape(inputs[k].numel(), outputs[j].numel())
            if not np.allclose(forward[i][j], num, rtol=rtol, atol=atol):
                raise GradcheckError(
                    f"Jacobian computed with forward mode mismatch for output {j} with respect to input {i},\n"
                    f"numerical:{_fmt(num, inputs[k].dtype)}\nanalytical:{_fmt(forward[i][j], inputs[k].dtype)}\n")


def _random_grad_output(out, noncontiguous: bool):
    """PyTorch's ``make_tensor(out.shape, low=-1, high=1, requires_grad=True)``: one ``uniform_``
    draw (double for a non-floating output); non-contiguous: drawn twice as wide, every other column."""
    dtype = out.dtype if out.is_floating_point() or out.is_complex() else dtypes.float64
    shape = tuple(out.shape)
    noncontiguous = noncontiguous and out.numel() > 1
    if noncontiguous:
        shape = (*shape[:-1], 2 * shape[-1])
    grad = F.empty(shape, dtype=dtype)
    (F.view_as_real(grad) if dtype.is_complex else grad).uniform_(-1, 1)
    if noncontiguous:
        grad = grad[..., 1::2]
    return grad.requires_grad_()


def gradgradcheck(func, inputs, grad_outputs=None, *, eps=1e-6, atol=1e-5, rtol=1e-3,
                  gen_non_contig_grad_outputs=False, raise_exception=True, nondet_tol=0.0,
                  check_undefined_grad=True, check_grad_dtypes=False, check_batched_grad=False,
                  check_fwd_over_rev=False, check_rev_over_rev=True, fast_mode=False, masked=False) -> bool:
    """gradcheck of ``func``'s first derivatives, as functions of the inputs and of ``grad_outputs``
    (by default random, drawn as PyTorch draws them: ``make_tensor(low=-1, high=1)``)."""
    if not (check_fwd_over_rev or check_rev_over_rev):
        raise AssertionError("Expected at least one of check_fwd_over_rev or check_rev_over_rev to be True")
    if check_undefined_grad and not check_rev_over_rev:
        raise AssertionError("Setting check_undefined_grad=True requires check_rev_over_rev to be True")
    if check_batched_grad and not check_rev_over_rev:
        raise AssertionError("Setting check_batched_grad=True requires check_rev_over_rev to be True")
    inputs = _as_tuple(inputs)
    if grad_outputs is None:
        grad_outputs = tuple(_random_grad_output(o, gen_non_contig_grad_outputs)
                             for o in _differentiable(func(*inputs)))
    else:
        grad_outputs = _as_tuple(grad_outputs)
    n_outputs = len(grad_outputs)

    def first_grads(*args):
        ins, gos = args[:-n_outputs], args[-n_outputs:]
        outs = _differentiable(func(*ins))
        grads = F.autograd_grad(outs, [t for t in ins if isinstance(t, F.Tensor) and t.requires_grad], gos,
                                create_graph=True, allow_unused=True)
        return tuple(g for g in grads if g is not None)
    return gradcheck(first_grads, tuple(inputs) + tuple(grad_outputs), eps=eps, atol=atol, rtol=rtol,
                     raise_exception=raise_exception, nondet_tol=nondet_tol,
                     check_undefined_grad=check_undefined_grad, check_grad_dtypes=check_grad_dtypes,
                     check_batched_grad=check_batched_grad, fast_mode=fast_mode,
                     check_forward_ad=check_fwd_over_rev, check_backward_ad=check_rev_over_rev, masked=masked)
