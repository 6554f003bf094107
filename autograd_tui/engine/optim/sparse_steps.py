"""The optimizers' steps on sparse gradients (``Embedding(sparse=True)``): SGD's, Adagrad's, SparseAdam's,
and the others' refusals in PyTorch's words.

Checking every gradient's layout would cost each dense step a test; so ``Optimizer._run_step`` is
swapped for ``_run_step_with_sparse`` only once a sparse tensor exists (``sparse_tensor.ON_FIRST_SPARSE``).
"""
from __future__ import annotations

import math
from typing import Any, Callable, Optional

import numpy as np

from autograd_tui.engine import sparse_tensor
from autograd_tui.engine._tensor import warn_once
from autograd_tui.engine.optim.optimizer import Optimizer, advance_step, lr_of
from autograd_tui.engine.sparse_tensor import INVARIANTS_WARNING, SparseTensor, add_into, new

_NOT_SUPPORTED = "{} does not support sparse gradients"
_ADAM = "Adam does not support sparse gradients, please consider SparseAdam instead"
_ENGINE_LACKS = ("{} on sparse gradients is not in the embedded engine; real PyTorch has it (run with "
                 "--backend torch).")
# What PyTorch's optimizers say about a sparse gradient (SGD and SparseAdam take them, Adagrad too)
_REFUSALS = {"Adam": _ADAM, "AdamW": _ADAM, "RMSprop": _NOT_SUPPORTED.format("RMSprop"),
             **{name: _NOT_SUPPORTED.format(name) for name in ("Adadelta", "Adamax", "NAdam", "RAdam", "ASGD",
                                                                 "Rprop")}}


def _run_step_with_sparse(self: Optimizer, closure: Optional[Callable], update: Callable[[dict], None]) -> Any:
    """``Optimizer._run_step``, with a group holding a sparse gradient sent to its sparse step."""
    def update_group(group: dict) -> None:
        if type(self).__name__ != "SparseAdam" and any(isinstance(p._grad, SparseTensor) for p in group["params"]):
            _sparse_step(self, group, update)
        else:
            update(group)
    return _plain_run_step(self, closure, update_group)


def _sparse_step(opt: Optimizer, group: dict, update: Callable[[dict], None]) -> None:
    name = type(opt).__name__
    if name in _REFUSALS:
        raise RuntimeError(_REFUSALS[name])
    if name not in ("SGD", "Adagrad") or group.get("differentiable") or name == "Adagrad" and group.get("fused"):
        raise NotImplementedError(_ENGINE_LACKS.format(name))
    if group.get("fused"):
        raise RuntimeError("`_fused_sgd` does not support sparse gradients")
    dense = [p for p in group["params"] if p._grad is not None and not isinstance(p._grad, SparseTensor)]
    if dense:
        update({**group, "params": dense})
    for p in group["params"]:
        if isinstance(p._grad, SparseTensor):
            (_sgd_sparse if name == "SGD" else _adagrad_sparse)(opt, p, group)


def _sgd_sparse(opt: Optimizer, p: Any, group: dict) -> None:
    """PyTorch's single-tensor SGD on a sparse gradient, op for op (its sparse add_ and mul_)."""
    grad = p._grad
    if group["maximize"]:
        grad = -grad
    if group["weight_decay"] != 0:
        raise RuntimeError("add(sparse, dense) is not supported. Use add(dense, sparse) instead.")
    momentum = group["momentum"]
    if momentum != 0:
        state = opt.state[p]
        buf = state.get("momentum_buffer")
        if buf is None:
            buf = state["momentum_buffer"] = grad._detached_copy()
        else:
            buf.mul_(momentum).add_(grad, alpha=1 - group["dampening"])
        grad = grad.add(buf, alpha=momentum) if group["nesterov"] else buf
    add_into(p._data, grad, -float(lr_of(group)))
    p._bump_version()


def _adagrad_sparse(opt: Optimizer, p: Any, group: dict) -> None:
    """PyTorch's single-tensor Adagrad on a sparse gradient: the rows it names, coalesced."""
    state = opt.state[p]
    step = advance_step(state)
    grad = -p._grad if group["maximize"] else p._grad
    if group["weight_decay"] != 0:
        raise RuntimeError("weight_decay option is not compatible with sparse gradients")
    clr = float(lr_of(group)) / (1 + (step - 1) * group["lr_decay"])
    grad = grad.coalesce()
    warn_once(INVARIANTS_WARNING, at_library=True)  # its _make_sparse calls torch.sparse_coo_tensor
    kind, ix = p._data.dtype.type, tuple(grad._ix)
    total = state["sum"]._data
    total[ix] += grad._vv * grad._vv
    std = np.sqrt(total[ix]) + kind(group["eps"])
    add_into(p._data, new(grad._ix, grad._vv / std, grad.shape, grad.dtype, True), -clr)
    for t in (state["sum"], p):
        t._bump_version()


def sparse_adam_step(p: Any, state: dict, group: dict) -> None:
    """``torch.optim._functional.sparse_adam`` for one parameter, in float32 steps as PyTorch's ops."""
    grad = p._grad
    if group["maximize"]:
        grad = -grad
    grad = grad.coalesce()
    if not grad._vv.size:
        return
    kind = p._data.dtype.type
    beta1, beta2 = group["betas"]
    ix = tuple(grad._ix)
    exp_avg, exp_avg_sq = state["exp_avg"]._data, state["exp_avg_sq"]._data
    old_avg = exp_avg[ix]
    avg_update = (grad._vv - old_avg) * kind(1 - beta1)
    exp_avg[ix] += avg_update
    old_sq = exp_avg_sq[ix]
    sq_update = (grad._vv * grad._vv - old_sq) * kind(1 - beta2)
    exp_avg_sq[ix] += sq_update
    numer = avg_update + old_avg
    denom = np.sqrt(sq_update + old_sq) + kind(group["eps"])
    step = state["step"]
    step_size = group["lr"] * math.sqrt(1 - beta2 ** step) / (1 - beta1 ** step)
    add_into(p._data, new(grad._ix, kind(-step_size) * (numer / denom), grad.shape, grad.dtype, True), 1)
    for t in (state["exp_avg"], state["exp_avg_sq"], p):
        t._bump_version()


_plain_run_step = Optimizer._run_step


def _swap_in() -> None:
    Optimizer._run_step = _run_step_with_sparse  # type: ignore[method-assign]


if sparse_tensor._active[0]:
    _swap_in()
sparse_tensor.ON_FIRST_SPARSE.append(_swap_in)
