"""``torch.autograd.functional``: Jacobians, Hessians and vector products of whole functions.

Each is built from ``torch.autograd.grad``, one output element (or one vector) at a time, so
it is easy to follow rather than fast. The checks come in PyTorch's order with its messages
(a learner's wrong call must fail the same way); ``jvp`` and ``hvp`` use the double-backward
trick as PyTorch does, so their values are the same sums in the same order.
"""
from __future__ import annotations as _annotations

from typing import Any as _Any, Callable as _Callable

from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor as _Tensor
from autograd_tui.engine.grad_mode import enable_grad as _enable_grad, is_grad_enabled as _is_grad_enabled
from autograd_tui.engine.grad_mode import set_grad_enabled as _set_grad_enabled

_OUTPUTS = "outputs of the user-provided function"
_V_NONE_OUTPUT = ("The vector v can only be None if the user-provided function returns a single Tensor with a "
                  "single element.")
_V_NONE_INPUT = ("The vector v can only be None if the input to the user-provided function is a single Tensor "
                 "with a single element.")


def _tupled(value, what: str, caller: str) -> tuple[bool, tuple]:
    """(whether ``value`` was a tuple, its tensors as a tuple); anything else is PyTorch's TypeError."""
    was_tuple = isinstance(value, tuple)
    items = value if was_tuple else (value,)
    for i, item in enumerate(items):
        if not isinstance(item, _Tensor):
            where = f"the value at index {i} has" if was_tuple else f"the given {what} has"
            raise TypeError(f"The {what} given to {caller} must be either a Tensor or a tuple of Tensors but "
                            f"{where} type {type(item)}.")
    return was_tuple, items


def _prepare(tensors: tuple, create_graph: bool, need_graph: bool) -> tuple:
    # Under create_graph an input that requires grad stays connected to the caller's graph (a view
    # of it); otherwise each is a fresh leaf.
    return tuple(t.view_as(t) if create_graph and t.requires_grad else t.detach().requires_grad_(need_graph)
                 for t in tensors)


def _finish(tensors, create_graph: bool):
    if isinstance(tensors[0], _Tensor):
        return tensors if create_graph else tuple(t.detach() for t in tensors)
    return tuple(_finish(inner, create_graph) for inner in tensors)


def _unpack(result, was_tuple):
    """Single-tensor callers get single tensors back (``was_tuple`` may be a pair for tables)."""
    if isinstance(was_tuple, tuple):
        outer, inner = was_tuple
        if not inner:
            result = tuple(row[0] for row in result)
        return result if outer else result[0]
    return result if was_tuple else result[0]


def _check_v(v: tuple, against: tuple, against_was_tuple: bool) -> None:
    if len(v) != len(against):
        if against_was_tuple:
            raise RuntimeError(f"v is a tuple of invalid length: should be {len(against)} but got {len(v)}.")
        raise RuntimeError("The given v should contain a single Tensor.")
    for i, (vi, ref) in enumerate(zip(v, against)):
        if vi.size() != ref.size():
            where = f"Entry {i} in " if against_was_tuple else ""
            raise RuntimeError(f"{where}v has invalid size: should be {ref.size()} but got {vi.size()}.")


def _strict_requires_grad(tensors: tuple, stage: str, strict: bool) -> None:
    if not strict:
        return
    for i, t in enumerate(tensors):
        if t is None:
            raise RuntimeError(f"The output of the user-provided function is independent of input {i}. This is "
                               "not allowed in strict mode.")
        if t.requires_grad:
            continue
        if stage == "hessian":
            raise RuntimeError(f"The hessian of the user-provided function with respect to input {i} is "
                               "independent of the input. This is not allowed in strict mode. You should ensure "
                               "that your function is thrice differentiable and that the hessian depends on the "
                               "inputs.")
        if stage == "jacobian":
            raise RuntimeError("While computing the hessian, found that the jacobian of the user-provided "
                               f"function with respect to input {i} is independent of the input. This is not "
                               "allowed in strict mode. You should ensure that your function is twice "
                               "differentiable and that the jacobian depends on the inputs (this would be "
                               "violated by a linear function for example).")
        if stage == "grad_inputs":
            raise RuntimeError(f"The gradient with respect to input {i} is independent of the inputs of the "
                               "user-provided function. This is not allowed in strict mode.")
        raise RuntimeError(f"Output {i} of the user-provided function does not require gradients. The outputs "
                           "must be computed in a differentiable manner from the input when running in strict "
                           "mode.")


def _grad(outputs: tuple, inputs: tuple, grad_outputs=None, create_graph: bool = False,
          retain_graph: bool | None = None) -> tuple:
    """autograd.grad over the outputs that take part (None for every input when none does)."""
    if grad_outputs is None:
        grad_outputs = (None,) * len(outputs)
    kept = [(o, g) for o, g in zip(outputs, grad_outputs) if o is not None and o.requires_grad]
    if not kept:
        return (None,) * len(inputs)
    return _F.autograd_grad(tuple(o for o, _ in kept), inputs, tuple(g for _, g in kept), allow_unused=True,
                           create_graph=create_graph, retain_graph=retain_graph)


_INDEPENDENT = {
    "back": "The output of the user-provided function is independent of input {i}. This is not allowed in "
            "strict mode.",
    "back_trick": "The gradient with respect to the input is independent of entry {i} in the grad_outputs when "
                  "using the double backward trick to compute forward mode gradients. This is not allowed in "
                  "strict mode.",
    "double_back": "The jacobian of the user-provided function is independent of input {i}. This is not "
                   "allowed in strict mode.",
    "double_back_trick": "The hessian of the user-provided function is independent of entry {i} in the "
                         "grad_jacobian. This is not allowed in strict mode as it prevents from using the double "
                         "backward trick to replace forward mode AD.",
}


def _zeros_for_none(grads: tuple, refs: tuple, strict: bool, create_graph: bool, stage: str) -> tuple:
    filled = []
    for i, (g, ref) in enumerate(zip(grads, refs)):
        if g is None:
            if strict:
                raise RuntimeError(_INDEPENDENT[stage].format(i=i))
            g = _F.zeros_like(ref)
        elif strict and create_graph and not g.requires_grad:
            what = "hessian" if "double" in stage else "jacobian"
            raise RuntimeError(f"The {what} of the user-provided function is independent of input {i}. This is "
                               "not allowed in strict mode when create_graph=True.")
        filled.append(g)
    return tuple(filled)


def _v_or_none(v, against: tuple, against_was_tuple: bool, caller: str, create_graph: bool, none_message: str):
    """``v`` checked against ``against``; None is allowed only for a single one-element tensor."""
    if v is None:
        if not (len(against) == 1 and against[0].nelement() == 1):
            raise RuntimeError(none_message)
        return None
    _, vs = _tupled(v, "v", caller)
    vs = _prepare(vs, create_graph, need_graph=False)
    _check_v(vs, against, against_was_tuple)
    return vs


def vjp(func: _Callable, inputs, v=None, create_graph: bool = False, strict: bool = False) -> tuple:
    """(func(inputs), vᵀ·J)."""
    with _enable_grad():
        ins_tuple, ins = _tupled(inputs, "inputs", "vjp")
        ins = _prepare(ins, create_graph, need_graph=True)
        outs_tuple, outs = _tupled(func(*ins), _OUTPUTS, "vjp")
        _strict_requires_grad(outs, "outputs", strict)
        vs = _v_or_none(v, outs, outs_tuple, "vjp", create_graph, _V_NONE_OUTPUT)
        with _set_grad_enabled(create_graph or _is_grad_enabled()):
            grads = _zeros_for_none(_grad(outs, ins, vs, create_graph), ins, strict, create_graph, "back")
    return _unpack(_finish(outs, create_graph), outs_tuple), _unpack(_finish(grads, create_graph), ins_tuple)


def jvp(func: _Callable, inputs, v=None, create_graph: bool = False, strict: bool = False) -> tuple:
    """(func(inputs), J·v), by the double-vjp trick: differentiate uᵀJ with respect to u."""
    with _enable_grad():
        ins_tuple, ins = _tupled(inputs, "inputs", "jvp")
        ins = _prepare(ins, create_graph, need_graph=True)
        vs = _v_or_none(v, ins, ins_tuple, "jvp", create_graph, _V_NONE_INPUT)
        outs_tuple, outs = _tupled(func(*ins), _OUTPUTS, "jvp")
        _strict_requires_grad(outs, "outputs", strict)
        us = tuple(_F.zeros_like(o).requires_grad_(True) for o in outs)
        grad_inputs = _grad(outs, ins, us, create_graph=True)
        _strict_requires_grad(grad_inputs, "grad_inputs", strict)
        with _set_grad_enabled(create_graph or _is_grad_enabled()):
            result = _zeros_for_none(_grad(grad_inputs, us, vs, create_graph), outs, strict, create_graph,
                                     "back_trick")
    return _unpack(_finish(outs, create_graph), outs_tuple), _unpack(_finish(result, create_graph), outs_tuple)


def _scalar_function_outputs(func: _Callable, ins: tuple, caller: str, strict: bool) -> tuple:
    outs_tuple, outs = _tupled(func(*ins), _OUTPUTS, caller)
    _strict_requires_grad(outs, "outputs", strict)
    if outs_tuple:
        raise RuntimeError(f"The function given to {caller} should return a single Tensor")
    if outs[0].nelement() != 1:
        raise RuntimeError(f"The Tensor returned by the function given to {caller} should contain a single element")
    return outs


def _hessian_product(func: _Callable, inputs, v, create_graph: bool, strict: bool, caller: str) -> tuple:
    with _enable_grad():
        ins_tuple, ins = _tupled(inputs, "inputs", caller)
        ins = _prepare(ins, create_graph, need_graph=True)
        vs = _v_or_none(v, ins, ins_tuple, caller, create_graph, _V_NONE_INPUT)
        outs = _scalar_function_outputs(func, ins, caller, strict)
        jac = _grad(outs, ins, create_graph=True)
        _strict_requires_grad(jac, "jacobian", strict)
        if caller == "vhp":
            with _set_grad_enabled(create_graph or _is_grad_enabled()):
                result = _zeros_for_none(_grad(jac, ins, vs, create_graph), ins, strict, create_graph,
                                         "double_back")
        else:
            # H·v as PyTorch computes it: differentiate Hᵀu with respect to u.
            us = tuple(_F.zeros_like(t).requires_grad_(True) for t in ins)
            double_back = _grad(jac, ins, us, create_graph=True)
            _strict_requires_grad(jac, "hessian", strict)
            with _set_grad_enabled(create_graph or _is_grad_enabled()):
                result = _zeros_for_none(_grad(double_back, us, vs, create_graph), ins, strict, create_graph,
                                         "double_back_trick")
    return _unpack(_finish(outs, create_graph), False), _unpack(_finish(result, create_graph), ins_tuple)


def vhp(func: _Callable, inputs, v=None, create_graph: bool = False, strict: bool = False) -> tuple:
    """(func(inputs), vᵀ·H) for a scalar ``func``."""
    return _hessian_product(func, inputs, v, create_graph, strict, "vhp")


def hvp(func: _Callable, inputs, v=None, create_graph: bool = False, strict: bool = False) -> tuple:
    """(func(inputs), H·v) for a scalar ``func``."""
    return _hessian_product(func, inputs, v, create_graph, strict, "hvp")


def _check_strategy(strategy: str, create_graph: bool, strict: bool, vectorize: bool, hint: bool) -> None:
    if strategy not in ("forward-mode", "reverse-mode"):
        message = 'Expected strategy to be either "forward-mode" or "reverse-mode".'
        if hint:
            message += (' Hint: If your function has more outputs than inputs, "forward-mode" tends to be more '
                        'performant. Otherwise, prefer to use "reverse-mode".')
        raise AssertionError(message)
    if strategy != "forward-mode":
        return
    if create_graph:
        raise NotImplementedError('torch.autograd.functional.jacobian: `create_graph=True` and '
                                  '`strategy="forward-mode"` are not supported together (yet). Please either '
                                  'set `create_graph=False` or `strategy="reverse-mode"`.')
    if strict:
        raise RuntimeError('torch.autograd.functional.jacobian: `strict=True` and `strategy="forward-mode"` are '
                           'not supported together (yet). Please either set `strict=False` or '
                           '`strategy="reverse-mode"`.')
    if not vectorize:
        # (PyTorch's message lacks the space between "is" and "only".)
        raise NotImplementedError("Computing Jacobian using forward-AD or forward-over-reverse Hessian is"
                                  "only implemented for `vectorize=True`.")


def jacobian(func: _Callable, inputs, create_graph: bool = False, strict: bool = False,
             vectorize: bool = False, strategy: str = "reverse-mode") -> _Any:
    """The Jacobian of ``func`` at ``inputs``: shape ``output.shape + input.shape`` per pair.

    The vectorized and forward-mode strategies give the same numbers row by row here.
    """
    _check_strategy(strategy, create_graph, strict, vectorize, hint=True)
    with _enable_grad():
        ins_tuple, ins = _tupled(inputs, "inputs", "jacobian")
        ins = _prepare(ins, create_graph, need_graph=True)
        outs_tuple, outs = _tupled(func(*ins), _OUTPUTS, "jacobian")
        _strict_requires_grad(outs, "outputs", strict)
        table = []
        for i, out in enumerate(outs):
            rows: list[list] = [[] for _ in ins]
            flat = out.reshape(-1)
            for k in range(out.nelement()):
                grads = _grad((flat[k],), ins, retain_graph=True, create_graph=create_graph)
                for j, (g, t) in enumerate(zip(grads, ins)):
                    if g is None:
                        if strict:
                            raise RuntimeError(f"Output {i} of the user-provided function is independent of "
                                               f"input {j}. This is not allowed in strict mode.")
                        g = _F.zeros_like(t)
                    elif strict and create_graph and not g.requires_grad:
                        raise RuntimeError("The jacobian of the user-provided function is not differentiable "
                                           f"with respect to input {i}. This is not allowed in strict mode when "
                                           "create_graph=True.")
                    rows[j].append(g)
            table.append(tuple(_F.stack(rows[j], dim=0).view(out.size() + t.size()) for j, t in enumerate(ins)))
        result = _finish(tuple(table), create_graph)
    return _unpack(result, (outs_tuple, ins_tuple))


def hessian(func: _Callable, inputs, create_graph: bool = False, strict: bool = False,
            vectorize: bool = False, outer_jacobian_strategy: str = "reverse-mode") -> _Any:
    """The Hessian of a scalar ``func``: the Jacobian of its gradient."""
    ins_tuple, ins = _tupled(inputs, "inputs", "hessian")
    if outer_jacobian_strategy not in ("forward-mode", "reverse-mode"):
        raise AssertionError('Expected strategy to be either "forward-mode" or "reverse-mode".')

    def scalar_output(*xs):
        outs_tuple, outs = _tupled(func(*xs), _OUTPUTS, "hessian")
        _strict_requires_grad(outs, "outputs", strict)
        if outs_tuple:
            raise RuntimeError("The function given to hessian should return a single Tensor")
        if outs[0].nelement() != 1:
            raise RuntimeError("The Tensor returned by the function given to hessian should contain a single "
                               "element")
        return outs[0].squeeze()

    def gradient(*xs):
        jac = jacobian(scalar_output, xs, create_graph=True)
        _strict_requires_grad(jac, "jacobian", strict)
        return jac

    table = jacobian(gradient, ins, create_graph=create_graph, strict=strict, vectorize=vectorize,
                     strategy=outer_jacobian_strategy)
    return _unpack(table, (ins_tuple, ins_tuple))
