"""``torch.autograd.functional``: Jacobians, Hessians and vector products of whole functions.

Each is built from ``torch.autograd.grad``, one output element (or one vector) at a time, so
it is easy to follow rather than fast.
"""
from __future__ import annotations

from typing import Any, Callable

from autograd_tui.engine import functions as F


def _as_tuple(x):
    """(x as a tuple, whether it was a single tensor)."""
    return ((x,), True) if not isinstance(x, tuple) else (x, False)


def _leaves(inputs):
    return tuple(t.detach().requires_grad_(True) for t in inputs)


def vjp(func: Callable, inputs, v=None, create_graph: bool = False, strict: bool = False) -> tuple:
    """(func(inputs), vᵀ·J)."""
    ins, single = _as_tuple(inputs)
    ins = _leaves(ins)
    out = func(*ins)
    outs, single_out = _as_tuple(out)
    vs, _ = _as_tuple(v) if v is not None else (tuple(F.ones_like(o) for o in outs), True)
    grads = F.autograd_grad(outs, ins, vs, create_graph=create_graph, allow_unused=True)
    grads = tuple(F.zeros_like(t) if g is None else g for t, g in zip(ins, grads))
    result_out = tuple(o if create_graph else o.detach() for o in outs)
    return (result_out[0] if single_out else result_out), (grads[0] if single else grads)


def jacobian(func: Callable, inputs, create_graph: bool = False, strict: bool = False,
             vectorize: bool = False, strategy: str = "reverse-mode") -> Any:
    """The Jacobian of ``func`` at ``inputs``: shape ``output.shape + input.shape`` per pair."""
    ins, single_in = _as_tuple(inputs)
    ins = _leaves(ins)
    out = func(*ins)
    outs, single_out = _as_tuple(out)
    table = []
    for o in outs:
        flat = o.reshape(-1)
        rows: list[list] = [[] for _ in ins]
        for k in range(flat.numel()):
            grads = F.autograd_grad(flat[k], ins, retain_graph=True, create_graph=create_graph, allow_unused=True)
            for j, (t, g) in enumerate(zip(ins, grads)):
                rows[j].append(F.zeros_like(t) if g is None else g)
        per_input = []
        for j, t in enumerate(ins):
            stacked = F.stack(rows[j]) if rows[j] else F.zeros((0,) + tuple(t.shape), dtype=t.dtype)
            per_input.append(stacked.reshape(tuple(o.shape) + tuple(t.shape)))
        table.append(per_input)
    if not create_graph:
        table = [[j.detach() for j in row] for row in table]
    if single_out and single_in:
        return table[0][0]
    if single_out:
        return tuple(table[0])
    if single_in:
        return tuple(row[0] for row in table)
    return tuple(tuple(row) for row in table)


def hessian(func: Callable, inputs, create_graph: bool = False, strict: bool = False,
            vectorize: bool = False, outer_jacobian_strategy: str = "reverse-mode") -> Any:
    """The Hessian of a scalar ``func``: the Jacobian of its gradient."""
    ins, single = _as_tuple(inputs)

    def gradient(*xs):
        out = func(*xs)
        grads = F.autograd_grad(out, xs, create_graph=True, allow_unused=True)
        grads = tuple(F.zeros_like(x) if g is None else g for x, g in zip(xs, grads))
        return grads[0] if single else grads
    return jacobian(gradient, ins[0] if single else ins, create_graph=create_graph)


def hvp(func: Callable, inputs, v=None, create_graph: bool = False, strict: bool = False) -> tuple:
    """(func(inputs), H·v) for a scalar ``func``."""
    ins, single = _as_tuple(inputs)
    ins = _leaves(ins)
    vs, _ = _as_tuple(v)
    out = func(*ins)
    grads = F.autograd_grad(out, ins, create_graph=True)
    dot = sum((g * vi).sum() for g, vi in zip(grads, vs))
    result = F.autograd_grad(dot, ins, create_graph=create_graph, allow_unused=True)
    result = tuple(F.zeros_like(t) if r is None else r for t, r in zip(ins, result))
    return out.detach(), (result[0] if single else result)


vhp = hvp  # the Hessian is symmetric for twice-differentiable functions


def jvp(func: Callable, inputs, v=None, create_graph: bool = False, strict: bool = False) -> tuple:
    """(func(inputs), J·v), by the double-vjp trick: differentiate uᵀJ with respect to u."""
    ins, single = _as_tuple(inputs)
    ins = _leaves(ins)
    vs, _ = _as_tuple(v) if v is not None else (tuple(F.ones_like(t) for t in ins), True)
    out = func(*ins)
    outs, single_out = _as_tuple(out)
    us = tuple(F.zeros_like(o).requires_grad_(True) for o in outs)
    grads = F.autograd_grad(outs, ins, us, create_graph=True, allow_unused=True)
    dot = sum((g * vi).sum() for g, vi in zip(grads, vs) if g is not None)
    result = F.autograd_grad(dot, us, create_graph=create_graph, allow_unused=True)
    result = tuple(F.zeros_like(o) if r is None else r for o, r in zip(outs, result))
    detached = tuple(o.detach() for o in outs)
    return (detached[0] if single_out else detached), (result[0] if single_out else result)
