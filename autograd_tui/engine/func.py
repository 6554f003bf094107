"""``torch.func``: function transforms (``grad``, ``vjp``, ``jvp``, ``linearize``, ``jacrev``,
``jacfwd``, ``hessian``, ``vmap``, ``functional_call``).

PyTorch runs these with functorch's levels and batching rules. The engine builds them from
its reverse-mode tape and its forward-mode dual numbers, which is easier to follow:

- ``grad``/``vjp``/``jacrev``: the transformed arguments become fresh leaves (or, when they
  already take part in an outer differentiation, a view of themselves), the function runs,
  and ``autograd.grad`` with ``create_graph`` differentiates it. Because the gradient is itself
  recorded, ``grad(grad(f))`` and ``jacrev(jacrev(f))`` work.
- ``jvp``/``jacfwd``: dual numbers (``autograd/forward_ad.py``), so ``hessian`` =
  ``jacfwd(jacrev(f))`` is forward over reverse, as in PyTorch. Forward AD has one level; a
  forward transform inside another (``jacfwd(jacfwd(f))``) uses the double-vjp trick on the
  tape instead, d/du <Jᵀu, t>.
- ``linearize``: dual numbers whose tangents are leaves, so the tangents' computation is recorded
  once and each ``jvp_fn`` call pushes new tangents through it.
- ``vmap``: one call per sample, the results stacked, which is what vmap computes. Which tensors
  PyTorch's function would see as BatchedTensors is tracked (``_vmap_levels.py``), so that what
  PyTorch refuses on them (``.item()``, ``if x > 0:``, in-place writes into plain tensors) is refused.

A result that depends only on this transform's own leaves is detached, as functorch returns
plain tensors; one that depends on tensors requiring grad outside keeps its ``grad_fn``.
"""
from __future__ import annotations as _annotations

import contextlib as _contextlib
import functools as _functools
import importlib as _importlib
import warnings as _warnings
from typing import Any as _Any, Callable as _Callable, Iterator as _Iterator
import weakref as _weakref

from autograd_tui.engine import functions as _F
from autograd_tui.engine import _vmap_levels, grad_mode as _grad_mode, record as _record
from autograd_tui.engine._tensor import Tensor as _Tensor
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.autograd import forward_ad as _forward_ad
from autograd_tui.engine.graph import leaf_variables as _leaf_variables
from autograd_tui.engine.missing import module_dir as _module_dir, module_getattr as _module_getattr
from autograd_tui.engine.functions.creation import VmapDraws as _VmapDraws

__all__ = ["grad", "grad_and_value", "vjp", "jvp", "linearize", "jacrev", "jacfwd", "hessian", "functional_call",
           "vmap", "stack_module_state", "replace_all_batch_norm_modules_"]


# Pytrees: nested tuples, lists and dicts of tensors, as torch.utils._pytree reads them
# ============================================================================================
class _TreeSpec:
    """The shape of a nested container; ``*`` is a leaf. Printed as PyTorch prints its own."""

    def __init__(self, kind: _Any, context: _Any = None, children: list | None = None) -> None:
        self.kind, self.context, self.children = kind, context, children or []

    def is_leaf(self) -> bool:
        return self.kind is None

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, _TreeSpec) and self.kind is other.kind and self.context == other.context
                and self.children == other.children)

    def __repr__(self, indent: int = 0) -> str:
        if self.kind is None:
            return "*"
        inner = ""
        if self.children:
            indent += 2
            inner = self.children[0].__repr__(indent) + ("," if len(self.children) > 1 else "")
            inner += ",".join("\n" + " " * indent + c.__repr__(indent) for c in self.children[1:])
        return f"TreeSpec({self.kind.__name__}, {self.context}, [{inner}])"


def _pprint(spec: _TreeSpec) -> str:
    """A spec as PyTorch's treespec_pprint writes it: ``(*, *)``, ``[*]``, ``{'a': *}``."""
    if spec.kind is None:
        return "*"
    parts = [_pprint(c) for c in spec.children]
    if issubclass(spec.kind, dict):
        return "{" + ", ".join(f"{k!r}: {p}" for k, p in zip(spec.context, parts)) + "}"
    if issubclass(spec.kind, list):
        return "[" + ", ".join(parts) + "]"
    return "(" + ", ".join(parts) + ("," if len(parts) == 1 else "") + ")"


def _tree_flatten(tree: _Any) -> tuple[list, _TreeSpec]:
    """(the leaves, in order, and the spec that rebuilds the container)."""
    if isinstance(tree, (tuple, list)) and not hasattr(tree, "_fields"):
        leaves: list = []
        specs = []
        for item in tree:
            sub, spec = _tree_flatten(item)
            leaves += sub
            specs.append(spec)
        return leaves, _TreeSpec(type(tree), None, specs)
    if isinstance(tree, dict):
        leaves, specs = [], []
        for key in tree:
            sub, spec = _tree_flatten(tree[key])
            leaves += sub
            specs.append(spec)
        return leaves, _TreeSpec(type(tree), list(tree), specs)
    return [tree], _TreeSpec(None)


def _tree_unflatten(leaves: list, spec: _TreeSpec) -> _Any:
    it = iter(leaves)

    def build(s: _TreeSpec) -> _Any:
        if s.kind is None:
            return next(it)
        items = [build(c) for c in s.children]
        if issubclass(s.kind, dict):
            return s.kind(zip(s.context, items))
        return s.kind(items)
    return build(spec)


def _leaf_count(spec: _TreeSpec) -> int:
    return 1 if spec.kind is None else sum(_leaf_count(c) for c in spec.children)


# Levels: the leaves a transform makes, and handing results back
# ============================================================================================
def _enter(value: _Any) -> _Tensor:
    """The tensor the transformed function sees in place of ``value``."""
    if not isinstance(value, _Tensor):
        raise ValueError(f"Thing passed to transform API must be Tensor, got {type(value)}")
    if not value.dtype.is_floating_point:
        raise RuntimeError("only Tensors of floating point dtype can require gradients")
    if value.requires_grad:
        return value.view_as(value)  # still connected to the outer differentiation
    leaf = value.detach().requires_grad_(True)  # (detach keeps vmap's batch levels)
    if value._tangent() is not None:
        leaf._fw = value._fw  # under jacfwd/jvp the tangent belongs to the outer transform: it stays
    return leaf


# The leaves of transforms that have handed their results back: an outer transform's result that
# depends on one of them (jacrev(jacrev(f, argnums=1), argnums=0)) depends on nothing outside.
# (by id: a WeakSet would compare tensors with ==)
_FINISHED_LEAVES: _weakref.WeakValueDictionary = _weakref.WeakValueDictionary()


def _depends_only_on(t: _Tensor, own: set[int]) -> bool:
    """Whether every leaf behind ``t`` is one this transform made (by id), or a finished one's."""
    if t.grad_fn is None:
        return id(t) in own
    return all(id(leaf) in own or _FINISHED_LEAVES.get(id(leaf)) is leaf for leaf in _leaf_variables(t.grad_fn))


def _leave(tree: _Any, own: list, outer_grad: bool) -> _Any:
    """Hand results back to the caller: detached unless they depend on something outside."""
    ids = {id(t) for t in own}

    def release(t: _Any) -> _Any:
        if not isinstance(t, _Tensor):
            return t
        tangent = t._tangent()  # under jacfwd/jvp: released by the same rule, and kept
        if t.requires_grad and (not outer_grad or _depends_only_on(t, ids)):
            t = t.detach()
        elif tangent is None:
            return t
        if tangent is not None:
            t._fw = (t._fw[0] if t._fw else _State.dual_level, release(tangent))
        return t
    leaves, spec = _tree_flatten(tree)
    released = _tree_unflatten([release(t) for t in leaves], spec)
    _FINISHED_LEAVES.update((id(t), t) for t in own if t.grad_fn is None)
    return released


@_contextlib.contextmanager
def _level_running(level: _vmap_levels.VmapLevel) -> _Iterator[None]:
    """While a transform runs, ``record`` hands its level on from inputs to results."""
    previous = _record.batch_hook()
    _record.set_batch_hook(_vmap_levels.hand_on)
    _vmap_levels.RUNNING.append(level)
    try:
        with _vmap_levels.user_code(True):
            yield
    finally:
        level.active = False
        _vmap_levels.RUNNING.remove(level)
        _record.set_batch_hook(previous)


@_contextlib.contextmanager
def _wrapping(tensors: list) -> _Iterator[None]:
    """A grad or jvp transform's inputs stand for wrappers of ``tensors`` while it runs."""
    level = _vmap_levels.VmapLevel(len(_State.transforms), 0, "grad")
    for t in tensors:
        _vmap_levels.mark(t, level)
    with _level_running(level):
        yield


def _machinery(transform: _Callable) -> _Callable:
    """A transform's own work (leaves, differentiation) is the engine's, even inside another
    transform's function; only the function it runs is the user's (``_level_running``)."""
    @_functools.wraps(transform)
    def run(*args: _Any, **kwargs: _Any) -> _Any:
        with _vmap_levels.user_code(False):
            return transform(*args, **kwargs)
    return run


@_contextlib.contextmanager
def _transform(kind: str) -> _Iterator[None]:
    """Note the running transform, for custom autograd.Functions (autograd/function.py)."""
    previous = _State.transforms
    _State.transforms = previous + (kind,)
    try:
        yield
    finally:
        _State.transforms = previous


def _check_argnums(argnums: _Any, count: int) -> tuple[int, ...]:
    if isinstance(argnums, bool) or not isinstance(argnums, (int, tuple)) or (
            isinstance(argnums, tuple) and not all(isinstance(a, int) for a in argnums)):
        raise RuntimeError(f"argnums must be int or Tuple[int, ...], got: {type(argnums)}")
    nums = (argnums,) if isinstance(argnums, int) else argnums
    if not nums:
        raise RuntimeError("argnums must be non-empty")
    if len(set(nums)) != len(nums):
        raise RuntimeError(f"argnums elements must be unique, got {argnums}")
    for a in nums:
        if not -count <= a < count:
            raise RuntimeError(f"Got argnum={a}, but only {count} positional inputs")
    return tuple(a % count for a in nums)


def _enter_args(args: tuple, positions: tuple[int, ...]) -> tuple[list, list[list], list[_TreeSpec]]:
    """(the new argument list, the entered leaves per position, their specs)."""
    new_args = list(args)
    entered, specs = [], []
    for p in positions:
        leaves, spec = _tree_flatten(args[p])
        inner = [_enter(leaf) for leaf in leaves]
        new_args[p] = _tree_unflatten(inner, spec)
        entered.append(inner)
        specs.append(spec)
    return new_args, entered, specs


def _zeros_for_unused(grads: tuple, inputs: list) -> list:
    return [_F.zeros_like(x) if g is None else g for g, x in zip(grads, inputs)]


def _differentiate(outputs: list, inputs: list, cotangents: list | None, create_graph: bool) -> list:
    """``autograd.grad`` of the outputs that require grad; zeros where nothing flows."""
    pairs = [(o, c) for o, c in zip(outputs, cotangents or [None] * len(outputs)) if o.requires_grad]
    if not pairs or not inputs:
        return [_F.zeros_like(x) for x in inputs]
    grads = _F.autograd_grad([o for o, _ in pairs], inputs, [c for _, c in pairs] if cotangents else None,
                            retain_graph=True, create_graph=create_graph, allow_unused=True)
    return _zeros_for_unused(grads, inputs)


# grad, grad_and_value, vjp
# ============================================================================================
def _split_aux(output: _Any, has_aux: bool, api: str) -> tuple[_Any, _Any]:
    """``(output, aux)`` of a function called with ``has_aux``, refused as PyTorch refuses it."""
    if not has_aux:
        return output, None
    if not (isinstance(output, tuple) and len(output) == 2):
        raise RuntimeError(f"{api}: output of function f should be a tuple: (output, aux) if has_aux is True")
    return output


def grad_and_value(func: _Callable, argnums: int | tuple[int, ...] = 0, has_aux: bool = False) -> _Callable:
    """``func``'s gradient with respect to the arguments ``argnums``, and its value."""
    @_functools.wraps(func)
    @_machinery
    def wrapper(*args: _Any, **kwargs: _Any) -> _Any:
        outer = _grad_mode.is_grad_enabled()
        positions = _check_argnums(argnums, len(args))
        with _grad_mode.enable_grad(), _transform("grad"):
            new_args, entered, specs = _enter_args(args, positions)
            with _wrapping([t for group in entered for t in group]):
                output = func(*new_args, **kwargs)
            output, aux = _split_aux(output, has_aux, "grad_and_value(f)(*args)")
            if not isinstance(output, _Tensor):
                raise RuntimeError("grad_and_value(f)(*args): Expected f(*args) to return a Tensor, "
                                   f"got {type(output)}")
            if output.dim() != 0:
                raise RuntimeError("grad_and_value(f)(*args): Expected f(*args) to return a scalar Tensor, got "
                                   f"tensor with {output.dim()} dims. Maybe you wanted to use the vjp or jacrev "
                                   "APIs instead?")
            flat = [t for group in entered for t in group]
            grads = _differentiate([output], flat, None, create_graph=outer)
        own = flat
        per_arg, start = [], 0
        for group, spec in zip(entered, specs):
            per_arg.append(_tree_unflatten(grads[start:start + len(group)], spec))
            start += len(group)
        result = per_arg[0] if isinstance(argnums, int) else tuple(per_arg)
        result = _leave(result, own, outer)
        value = _leave(output, own, outer)
        if has_aux:
            return result, (value, _leave(aux, own, outer))
        return result, value
    return wrapper


def grad(func: _Callable, argnums: int | tuple[int, ...] = 0, has_aux: bool = False) -> _Callable:
    """``func``'s gradient with respect to the arguments ``argnums`` (``func`` returns a scalar)."""
    inner = grad_and_value(func, argnums, has_aux)

    @_functools.wraps(func)
    def wrapper(*args: _Any, **kwargs: _Any) -> _Any:
        gradient, value = inner(*args, **kwargs)
        return (gradient, value[1]) if has_aux else gradient
    return wrapper


def _only_tensors(leaves: list, api: str) -> None:
    for t in leaves:
        if not isinstance(t, _Tensor):
            raise RuntimeError(f"{api}: expected f(*primals) to return only tensors, got unsupported type {type(t)}")


@_machinery
def vjp(func: _Callable, *primals: _Any, has_aux: bool = False) -> tuple:
    """``(func(*primals), vjp_fn)``; ``vjp_fn(cotangents)`` gives vᵀJ for every primal."""
    outer = _grad_mode.is_grad_enabled()
    with _grad_mode.enable_grad(), _transform("grad"):
        new_args, entered, specs = _enter_args(primals, tuple(range(len(primals))))
        with _wrapping([t for group in entered for t in group]):
            output = func(*new_args)
        output, aux = _split_aux(output, has_aux, "vjp(f, *primals)")
        out_leaves, out_spec = _tree_flatten(output)
        _only_tensors(out_leaves, "vjp(f, *primals)")
    flat = [t for group in entered for t in group]

    @_machinery
    def wrapper(cotangents: _Any, retain_graph: bool = True, create_graph: bool | None = None) -> tuple:
        ct_leaves, ct_spec = _tree_flatten(cotangents)
        if ct_spec != out_spec:
            raise RuntimeError("Expected pytree structure of cotangents to be the same as pytree structure of "
                               f"outputs to the function. cotangents: {_pprint(ct_spec)}, "
                               f"primal output: {_pprint(out_spec)}")
        keep = _grad_mode.is_grad_enabled() if create_graph is None else create_graph
        with _grad_mode.enable_grad():
            grads = _differentiate(out_leaves, flat, ct_leaves, create_graph=keep)
        per_arg, start = [], 0
        for group, spec in zip(entered, specs):
            per_arg.append(_tree_unflatten(grads[start:start + len(group)], spec))
            start += len(group)
        return _leave(tuple(per_arg), flat, keep)
    wrapper.__qualname__ = "_vjp_with_argnums.<locals>.wrapper"
    result = _leave(output, flat, outer)
    if has_aux:
        return result, wrapper, _leave(aux, flat, outer)
    return result, wrapper


# jvp, jacrev, jacfwd, hessian
# ============================================================================================
_JVP = "jvp(f, primals, tangents)"


def _linearize(func: _Callable, primals: tuple, has_aux: bool, api: str) -> tuple:
    """Run ``func`` on entered primals and prepare J·t: (outputs, aux, inputs, u's, Jᵀu, specs)."""
    new_args, entered, _ = _enter_args(primals, tuple(range(len(primals))))
    with _transform("jvp"), _wrapping([t for group in entered for t in group]):
        output = func(*new_args)
    output, aux = _split_aux(output, has_aux, api)
    out_leaves, out_spec = _tree_flatten(output)
    _only_tensors(out_leaves, api)
    flat = [t for group in entered for t in group]
    # Any u gives the same J·t (Jᵀu is linear in u); ones let a gradient formula computed outside
    # the engine's ops show itself (see record._not_differentiable_again) instead of a silent zero.
    us = [_F.ones_like(o).requires_grad_(True) for o in out_leaves]
    vjps = _differentiate(out_leaves, flat, us, create_graph=True)
    return output, out_leaves, out_spec, aux, flat, us, vjps


def _push_forward(out_leaves: list, us: list, vjps: list, tangents: list, create_graph: bool) -> list:
    """J·t = d/du <Jᵀu, t>."""
    pairing = None
    for g, t in zip(vjps, tangents):
        term = (g * t).sum()
        pairing = term if pairing is None else pairing + term
    if pairing is None or not pairing.requires_grad:
        return [_F.zeros_like(o) for o in out_leaves]
    result = _F.autograd_grad(pairing, us, retain_graph=True, create_graph=create_graph, allow_unused=True)
    return _zeros_for_unused(result, out_leaves)


@_machinery
def jvp(func: _Callable, primals: _Any, tangents: _Any, *, strict: bool = False, has_aux: bool = False) -> tuple:
    """``(func(*primals), J·tangents)``."""
    for name, value in (("primals", primals), ("tangents", tangents)):
        if not isinstance(value, tuple):
            if name == "tangents":
                break  # reported below as a structure mismatch, as PyTorch does
            raise RuntimeError(f"{_JVP}: Expected {name} to be a tuple. E.g. it should be valid to call f(*primals).")
    p_leaves, p_spec = _tree_flatten(primals)
    t_leaves, t_spec = _tree_flatten(tangents)
    for name, leaves in (("primals", p_leaves), ("tangents", t_leaves)):
        for leaf in leaves:
            if not isinstance(leaf, _Tensor):
                raise RuntimeError(f"{_JVP}: Expected {name} to only contain Tensors, got {type(leaf)}")
    if p_spec != t_spec:
        raise RuntimeError(f"{_JVP}: Expected primals and tangents to have the same python structure. For example, "
                           "if primals is a tuple of 3 tensors, tangents also must be. Got primals with structure "
                           f"{p_spec!r} and tangents with structure {t_spec!r}")
    for p, t in zip(p_leaves, t_leaves):
        if isinstance(p, _Tensor) and isinstance(t, _Tensor) and p.shape != t.shape:
            raise RuntimeError("Trying to set a forward gradient that has a different size than that of the "
                               "original Tensor, this is not supported. Tensor is of size "
                               f"[{', '.join(map(str, p.shape))}] while the given forward gradient is of size "
                               f"[{', '.join(map(str, t.shape))}].")
    outer = _grad_mode.is_grad_enabled()
    output, out_spec, aux, pushed, own = _pushforward(func, primals, t_leaves, has_aux)
    result = (_leave(output, own, outer), _leave(_tree_unflatten(pushed, out_spec), own, outer))
    return result + (_leave(aux, own, outer),) if has_aux else result


def _pushforward(func: _Callable, primals: tuple, tangents: list, has_aux: bool) -> tuple:
    """(output, its spec, aux, J·t per output leaf, the leaves made here).

    Forward-mode AD (autograd/forward_ad.py) when no dual level is open: tangents then follow
    the ops one by one, as PyTorch computes them. Inside another forward transform (jacfwd of
    jacfwd) the level is taken, so J·t comes from the double-vjp trick on the tape instead."""
    if _State.dual_level is not None:
        outer = _grad_mode.is_grad_enabled()
        with _grad_mode.enable_grad():
            output, out_leaves, out_spec, aux, flat, us, vjps = _linearize(func, primals, has_aux, _JVP)
            pushed = _push_forward(out_leaves, us, vjps, tangents, create_graph=outer)
        return output, out_spec, aux, pushed, flat + us
    p_leaves, p_spec = _tree_flatten(primals)
    _forward_ad.enter_dual_level()
    try:
        duals = [_forward_ad.make_dual(p, t) for p, t in zip(p_leaves, tangents)]
        with _transform("jvp"), _wrapping(duals):
            output = func(*_tree_unflatten(duals, p_spec))
        output, aux = _split_aux(output, has_aux, _JVP)
        out_leaves, out_spec = _tree_flatten(output)
        _only_tensors(out_leaves, _JVP)
        pushed = [_F.zeros_like(o) if o._tangent() is None else o._tangent() for o in out_leaves]
    finally:
        _forward_ad.exit_dual_level()
    return output, out_spec, aux, pushed, []


# PyTorch traces the tangent computation with make_fx and const-folds the graph; the folding
# warns on every call (torch/fx/experimental/const_fold.py), which a fresh process shows once.
_CONST_FOLD_WARNING = ("Attempted to insert a get_attr Node with no underlying reference in the owning "
                       "GraphModule! Call GraphModule.add_submodule to add the necessary submodule, "
                       "GraphModule.add_parameter to add the necessary Parameter, or nn.Module.register_buffer "
                       "to add the necessary buffer")


def _trace_tangents(func: _Callable, primals: tuple) -> tuple[list, list, list, list]:
    """Run ``func`` once on dual primals whose tangents are leaves u, as PyTorch traces the
    tangents' computation: each output's tangent J·u is then a graph of u. Transposed once here
    (Jᵀs, s a fresh leaf per output), it gives J·t for any t by one more differentiation, through
    the same forward formulas (``_push_forward``). Returns (the tangents J·u, the s, Jᵀs, the
    leaves made here)."""
    flat, spec = _tree_flatten(primals)
    _forward_ad.enter_dual_level()
    try:
        with _grad_mode.enable_grad():
            # ones, not zeros: a tangent computed outside the engine's ops shows itself (nonzero, no history)
            us = [_F.ones_like(p).requires_grad_(True) for p in flat]
            duals = [_forward_ad.make_dual(p, u) for p, u in zip(flat, us)]
            with _transform("jvp"):
                output = func(*_tree_unflatten(duals, spec))
            out_leaves, _ = _tree_flatten(output)
            _only_tensors(out_leaves, _JVP)
            tangents = [_F.zeros_like(o) if o._tangent() is None else o._tangent() for o in out_leaves]
    finally:
        _forward_ad.exit_dual_level()
    with _grad_mode.enable_grad():
        seeds = [_F.ones_like(t).requires_grad_(True) for t in tangents]
        transposed = _differentiate(tangents, us, seeds, create_graph=True)
    return tangents, seeds, transposed, us + seeds


@_machinery
def linearize(func: _Callable, *primals: _Any) -> tuple[_Any, _Callable]:
    """``(func(*primals), jvp_fn)``: ``jvp_fn(*tangents)`` gives J·tangents at ``primals``.

    As PyTorch, ``func`` runs twice here (once for the output, once with dual numbers to record
    what the tangents go through, ``_trace_tangents``) and never again: each ``jvp_fn`` call only
    pushes tangents through that record.
    """
    output = func(*primals)
    _, output_spec = _tree_flatten(output)
    flat_primals, primals_spec = _tree_flatten(primals)
    for p in flat_primals:
        if not isinstance(p, _Tensor):
            raise AttributeError(f"'{type(p).__name__}' object has no attribute 'new_empty'")
        if not (p.dtype.is_floating_point or p.dtype.is_complex):
            raise ValueError(f"Expected primal to be floating point or complex, but got: {p.dtype}")
    out_leaves, seeds, transposed, own = _trace_tangents(func, primals)
    _warnings.warn(_CONST_FOLD_WARNING, UserWarning, stacklevel=1)
    metas = [(p.shape, p.device, p.dtype) for p in flat_primals]

    @_machinery
    def jvp_fn(*tangents: _Any) -> _Any:
        flat_tangents, tangent_spec = _tree_flatten(tangents)
        if tangent_spec != primals_spec:
            raise RuntimeError(f"Expected the tangents {tangent_spec!r} to have the same argspec as the primals "
                               f"{primals_spec!r}")
        for idx, (t, meta) in enumerate(zip(flat_tangents, metas)):
            for what, value, expected in zip(("shape", "device", "dtype"), (t.shape, t.device, t.dtype), meta):
                if value != expected:
                    raise RuntimeError(f"tangent:{idx} with {what} {value} in flattened pytree doesn't match the "
                                       f"{what} {expected} of the corresponding primal.")
        with _grad_mode.enable_grad():
            pushed = _push_forward(out_leaves, seeds, transposed, flat_tangents, create_graph=False)
        return _leave(_tree_unflatten(pushed, output_spec), own, False)
    jvp_fn.__qualname__ = "linearize.<locals>.jvp_fn"
    return output, jvp_fn


def _one_hot(shape: tuple, k: int, like: _Tensor) -> _Tensor:
    basis = _F.zeros(like.numel(), dtype=like.dtype)
    basis._data[k] = 1
    return basis.reshape(shape)


def _jacobian_table(out_leaves: list, in_groups: list, columns: list[list]) -> list[list]:
    """Per output, per argument: the Jacobian block of shape ``out.shape + in.shape``."""
    table = []
    for o_index, o in enumerate(out_leaves):
        row, start = [], 0
        for group in in_groups:
            blocks = []
            for x in group:
                cols = columns[o_index][start:start + x.numel()]
                start += x.numel()
                stacked = _F.stack(cols, -1) if cols else _F.zeros(tuple(o.shape) + (0,), dtype=o.dtype)
                blocks.append(stacked.reshape(tuple(o.shape) + tuple(x.shape)))
            row.append(blocks)
        table.append(row)
    return table


def _shape_result(table: list, out_spec: _TreeSpec, in_specs: list, argnums: _Any) -> _Any:
    per_output = []
    for row in table:
        per_arg = [_tree_unflatten(blocks, spec) for blocks, spec in zip(row, in_specs)]
        per_output.append(per_arg[0] if isinstance(argnums, int) else tuple(per_arg))
    return _tree_unflatten(per_output, out_spec)


def jacrev(func: _Callable, argnums: int | tuple[int, ...] = 0, *, has_aux: bool = False,
           chunk_size: int | None = None, _preallocate_and_copy: bool = False) -> _Callable:
    """The Jacobian, one row per output element (a vector-Jacobian product each)."""
    @_functools.wraps(func)
    @_machinery
    def wrapper(*args: _Any) -> _Any:
        outer = _grad_mode.is_grad_enabled()
        positions = _check_argnums(argnums, len(args))
        with _grad_mode.enable_grad(), _transform("grad"):
            new_args, entered, specs = _enter_args(args, positions)
            with _wrapping([t for group in entered for t in group]):
                output = func(*new_args)
            output, aux = _split_aux(output, has_aux, "vjp(f, *primals)")
            out_leaves, out_spec = _tree_flatten(output)
            _only_tensors(out_leaves, "vjp(f, *primals)")
            flat = [t for group in entered for t in group]
            rows_per_output = []
            for o_index, o in enumerate(out_leaves):
                rows = []
                for k in range(o.numel()):
                    cts = [_one_hot(tuple(o.shape), k, o) if j == o_index else _F.zeros_like(other)
                           for j, other in enumerate(out_leaves)]
                    rows.append(_differentiate(out_leaves, flat, cts, create_graph=outer))
                rows_per_output.append(rows)
            # rows[k][i] is row k of the block for input i; the table wants columns of length numel(out)
            columns = []
            for o, rows in zip(out_leaves, rows_per_output):
                blocks = []
                for i, x in enumerate(flat):
                    if rows:
                        block = _F.stack([r[i] for r in rows]).reshape(tuple(o.shape) + tuple(x.shape))
                    else:
                        block = _F.zeros(tuple(o.shape) + tuple(x.shape), dtype=x.dtype)
                    blocks.append(block)
                columns.append(blocks)
        table = []
        for blocks in columns:
            row, start = [], 0
            for group in entered:
                row.append(blocks[start:start + len(group)])
                start += len(group)
            table.append(row)
        result = _leave(_shape_result(table, out_spec, specs, argnums), flat, outer)
        return (result, _leave(aux, flat, outer)) if has_aux else result
    return wrapper


def jacfwd(func: _Callable, argnums: int | tuple[int, ...] = 0, has_aux: bool = False, *,
           randomness: str = "error") -> _Callable:
    """The Jacobian, one column per input element (a Jacobian-vector product each)."""
    @_functools.wraps(func)
    @_machinery
    def wrapper(*args: _Any) -> _Any:
        outer = _grad_mode.is_grad_enabled()
        positions = _check_argnums(argnums, len(args))
        chosen = [args[p] for p in positions]
        rest = {p: a for p, a in enumerate(args) if p not in positions}

        def on_chosen(*xs: _Any) -> _Any:
            full = [rest[p] if p in rest else xs[positions.index(p)] for p in range(len(args))]
            return func(*full)
        groups, specs = [], []
        for c in chosen:
            leaves, spec = _tree_flatten(c)
            for leaf in leaves:
                if not isinstance(leaf, _Tensor):
                    raise AttributeError(f"'{type(leaf).__name__}' object has no attribute 'numel'")
            groups.append(leaves)
            specs.append(spec)
        flat = [x for group in groups for x in group]
        # One Jacobian-vector product per input element, with that element's basis vector.
        bases = [[_one_hot(tuple(x.shape), k, x) if j == i else _F.zeros_like(y) for j, y in enumerate(flat)]
                 for i, x in enumerate(flat) for k in range(x.numel())]
        own: list = []
        # PyTorch pushes all basis vectors at once under vmap: the loss kernels' tangents then take
        # functorch's batched decompositions (nn/_loss_tangents.py), which "jacfwd" marks
        # ... under vmap's randomness rule: a random op refuses ('error'), or draws once for all
        # the basis vectors ('same', 'different'), which the later runs replay
        if randomness not in ("error", "different", "same"):
            raise RuntimeError(f"Only allowed values for randomness are 'error', 'different', or 'same'. "
                               f"Got {randomness}")
        previous, previous_draws = _State.vmap_randomness, _State.vmap_draws
        _State.vmap_randomness = randomness
        draws = _State.vmap_draws = _VmapDraws(randomness, max(len(bases), 1), previous_draws)
        try:
            with _transform("jacfwd"):
                runs = []
                for k, tangents in enumerate(bases):
                    draws.start_sample(k)
                    runs.append(_pushforward(on_chosen, tuple(chosen), tangents, has_aux))
                runs = runs or [_pushforward(on_chosen, tuple(chosen), [_F.zeros_like(x) for x in flat], has_aux)]
        finally:
            _State.vmap_randomness, _State.vmap_draws = previous, previous_draws
        output, out_spec, aux = runs[0][0], runs[0][1], runs[0][2]
        out_leaves = _tree_flatten(output)[0]
        columns: list[list] = [[] for _ in out_leaves]
        for run in runs[:len(bases)]:
            own += run[4]
            for o_index, col in enumerate(run[3]):
                columns[o_index].append(col)
        table = _jacobian_table(out_leaves, groups, columns)
        result = _leave(_shape_result(table, out_spec, specs, argnums), own, outer)
        return (result, _leave(aux, own, outer)) if has_aux else result
    return wrapper


def hessian(func: _Callable, argnums: int | tuple[int, ...] = 0) -> _Callable:
    """The Hessian of a scalar function: ``jacfwd(jacrev(func))``, as PyTorch builds it."""
    return jacfwd(jacrev(func, argnums), argnums)


# vmap
# ============================================================================================
def _func_name(func: _Callable) -> str:
    return getattr(func, "__name__", repr(func))


def _broadcast_dims(dims: _Any, spec: _TreeSpec, what: str, head: str) -> list:
    """One in_dim (or out_dim) per leaf: an int or None spreads over the subtree it stands for."""
    def spread(d: _Any, s: _TreeSpec) -> list:
        if d is None or isinstance(d, int):
            return [d] * _leaf_count(s)
        d_leaves, d_spec = _tree_flatten(d)
        if s.kind is None or d_spec.kind is not s.kind or len(d_spec.children) != len(s.children):
            raise ValueError(f"{head}: {what}_dims is not compatible with the structure of `{what}puts`. "
                             f"{what}_dims has structure {_tree_flatten(d)[1]!r} but {what}puts has structure "
                             f"{s!r}.")
        out: list = []
        for child_d, child_s in zip(d if not isinstance(d, dict) else d.values(), s.children):
            out += spread(child_d, child_s)
        return out
    return spread(dims, spec)


def vmap(func: _Callable, in_dims: _Any = 0, out_dims: _Any = 0, randomness: str = "error", *,
         chunk_size: int | None = None) -> _Callable:
    """``func`` mapped over a dimension of its inputs: one call per sample, the results stacked."""
    if randomness not in ("error", "different", "same"):
        raise RuntimeError(f"Only allowed values for randomness are 'error', 'different', or 'same'. Got {randomness}")
    if chunk_size is not None and chunk_size <= 0:
        raise ValueError(f"vmap: chunk_size should be None or greater than 0. (got {chunk_size})")
    @_functools.wraps(func)
    def wrapper(*args: _Any, **kwargs: _Any) -> _Any:
        name = _func_name(func)
        head = f"vmap({name}, in_dims={in_dims}, ...)(<inputs>)"
        if not (in_dims is None or isinstance(in_dims, (int, tuple))) or isinstance(in_dims, bool):
            raise ValueError(f"{head}: expected `in_dims` to be int or a (potentially nested) tuple matching the "
                             f"structure of inputs, got: {type(in_dims)}.")
        leaves, spec = _tree_flatten(args)
        if isinstance(in_dims, tuple):
            if len(in_dims) != len(args):
                raise ValueError(f"{head}: in_dims is not compatible with the structure of `inputs`. in_dims has "
                                 f"structure {_tree_flatten(in_dims)[1]!r} but inputs has structure {spec!r}.")
            dims = _broadcast_dims(in_dims, spec, "in", head)
        else:
            dims = [in_dims] * len(leaves)
        sizes = []
        for leaf, d in zip(leaves, dims):
            if d is None:
                continue
            if not isinstance(leaf, _Tensor):
                raise ValueError(f"{head}: Got in_dim={d} for an input but the input is of type {type(leaf)}. We "
                                 "cannot vmap over non-Tensor arguments, please use None as the respective in_dim")
            n = leaf.dim()
            if not -n <= d < n:
                raise ValueError(f"{head}: Got in_dim={d} for some input, but that input is a Tensor of "
                                 f"dimensionality {n} so expected in_dim to satisfy -{n} <= in_dim < {n}.")
            sizes.append(leaf.shape[d])
        if not sizes:
            raise ValueError("vmap: Expected at least one Tensor to vmap over")
        if len(set(sizes)) > 1:
            raise ValueError("vmap: Expected all tensors to have the same size in the mapped dimension, got sizes "
                             f"{sizes} for the mapped dimension")
        if chunk_size is not None and not isinstance(chunk_size, int):
            raise TypeError(f"can't multiply sequence by non-int of type '{type(chunk_size).__name__}'")
        results = []
        previous, previous_draws = _State.vmap_randomness, _State.vmap_draws
        _State.vmap_randomness = randomness  # what .item() and random ops consult
        level = _vmap_levels.VmapLevel(len(_State.transforms), sizes[0])
        draws = _VmapDraws(randomness, sizes[0], previous_draws)
        _State.vmap_draws = draws
        try:
            with _transform("vmap"), _level_running(level):
                for i in range(sizes[0]):
                    draws.start_sample(i)
                    sample = [leaf if d is None else _vmap_levels.mark(leaf.select(d, i), level)
                              for leaf, d in zip(leaves, dims)]
                    results.append(func(*_tree_unflatten(sample, spec), **kwargs))
        finally:
            _State.vmap_randomness, _State.vmap_draws = previous, previous_draws
        return _stack_outputs(results, out_dims, name, level)
    return wrapper


def _stack_outputs(results: list, out_dims: _Any, name: str, level: _vmap_levels.VmapLevel) -> _Any:
    if not (out_dims is None or isinstance(out_dims, (int, tuple, list, dict))) or isinstance(out_dims, bool):
        raise ValueError(f"vmap({name}, ..., out_dims={out_dims}): `out_dims` must be an int, None or a python "
                         "collection of ints representing where in the outputs the vmapped dimension should appear.")
    flat = [_tree_flatten(r) for r in results]
    out_spec = flat[0][1]
    if isinstance(out_dims, tuple) and (out_spec.kind is not tuple or len(out_spec.children) != len(out_dims)):
        raise ValueError(f"vmap({name}, ..., out_dims={out_dims})(<inputs>): out_dims is not compatible with the "
                         f"structure of `outputs`. out_dims has structure {_tree_flatten(out_dims)[1]!r} but outputs "
                         f"has structure {out_spec!r}.")
    dims = _broadcast_dims(out_dims, out_spec, "out", f"vmap({name}, ...)") if isinstance(out_dims, tuple) \
        else [out_dims] * _leaf_count(out_spec)
    stacked = []
    for k, d in enumerate(dims):
        column = [leaves[k] for leaves, _ in flat]
        if d is None:
            if any(_vmap_levels.batched_over(value, level) for value in column):
                raise ValueError(f"vmap({name}, ...): `{name}` can not return a BatchedTensor when out_dim is None")
            stacked.append(column[0])
            continue
        for value in column:
            if not isinstance(value, _Tensor):
                raise ValueError(f"vmap({name}, ...): `{name}` must only return Tensors, got type {type(value)}. "
                                 "Did you mean to set out_dims= to None for output?")
        stacked.append(_F.stack(column, d))
    return _tree_unflatten(stacked, out_spec)


# functional_call
# ============================================================================================
def functional_call(module: _Any, parameter_and_buffer_dicts: _Any, args: _Any = None, kwargs: dict | None = None, *,
                    tie_weights: bool = True, strict: bool = False) -> _Any:
    """Call ``module`` with some of its parameters and buffers replaced by the given tensors."""
    dicts = parameter_and_buffer_dicts
    if isinstance(dicts, dict):
        merged = dict(dicts)
    elif isinstance(dicts, (tuple, list)) and all(isinstance(d, dict) for d in dicts):
        seen: dict = {}
        repeated = []
        for d in dicts:
            for key in d:
                if key in seen and key not in repeated:
                    repeated.append(key)
                seen[key] = d[key]
        if repeated:
            raise ValueError(f"{repeated} appeared in multiple dictionaries; behavior of functional call is ambiguous")
        merged = seen
    else:
        raise ValueError(f"Expected parameter_and_buffer_dicts to be a dict, or a list/tuple of dicts, but got "
                         f"{type(dicts)}")
    if strict:
        names = [n for n, _ in module.named_parameters()] + [n for n, _ in module.named_buffers()]
        unexpected = [k for k in merged if k not in names]
        missing = [n for n in names if n not in merged]
        if unexpected or missing:
            lines = [f"Error(s) in reparametrizing for {type(module).__name__}:"]
            if unexpected:
                lines.append("\tUnexpected key(s): " + ", ".join(f"'{k}'" for k in unexpected) + ".")
            if missing:
                lines.append("\tMissing key(s): " + ", ".join(f"'{k}'" for k in missing) + ".")
            raise RuntimeError("\n".join(lines))
    if args is None:
        args = ()
    elif not isinstance(args, tuple):
        args = (args,)
    swapped = []
    try:
        for key, value in merged.items():
            owner_path, _, attr = key.rpartition(".")
            owner = module.get_submodule(owner_path) if owner_path else module
            for table in ("_parameters", "_buffers"):
                entries = owner.__dict__.get(table)
                if entries is not None and attr in entries:
                    swapped.append((entries, attr, entries[attr]))
                    entries[attr] = value
                    break
            else:
                swapped.append((owner, attr, None))
                object.__setattr__(owner, attr, value)
        return module(*args, **(kwargs or {}))
    finally:
        for place, attr, old in reversed(swapped):
            if isinstance(place, dict):
                place[attr] = old
            else:
                object.__delattr__(place, attr)


__getattr__ = _module_getattr("torch.func")
__dir__ = _module_dir("torch.func", globals())


def _stacked_leaf(tensors: tuple, name: str) -> _Tensor:
    """The models' tensors stacked; a new leaf when they all require grad (optimisable as such)."""
    flags = {bool(t.requires_grad) for t in tensors}
    if len(flags) > 1:
        raise RuntimeError(f"Expected {name} from each model to have the same .requires_grad")
    result = _F.stack(list(tensors))
    return result.detach().requires_grad_() if flags == {True} else result


def stack_module_state(models: _Any) -> tuple[dict[str, _Any], dict[str, _Any]]:
    """Every parameter and buffer of ``models`` (same class, same mode) stacked along a new
    first dim, by name: the inputs of ``vmap`` over ``functional_call`` for a model ensemble."""
    models = list(models)
    if not models:
        raise RuntimeError("stack_module_state: Expected at least one model, got 0.")
    if len({bool(m.training) for m in models}) > 1:
        raise RuntimeError("stack_module_state: Expected all models to have the same training/eval mode.")
    if any(type(m) is not type(models[0]) for m in models):
        raise RuntimeError("stack_module_state: Expected all models to be of the same class.")
    named = [dict(m.named_parameters()) for m in models]
    params = {k: _stacked_leaf(tuple(d[k] for d in named), k) for k in named[0]}
    named = [dict(m.named_buffers()) for m in models]
    buffers = {k: _stacked_leaf(tuple(d[k] for d in named), k) for k in named[0]}
    return params, buffers


def replace_all_batch_norm_modules_(root: _Any) -> _Any:
    """Make every batch norm in ``root`` use its batch's statistics only (no running stats), in
    place, so that vmap over it does not write per-sample statistics into shared buffers."""
    # loaded here: torch.nn.utils.stateless loads this module while torch.nn itself is loading
    batch_norm = _importlib.import_module("autograd_tui.engine.nn.modules.batchnorm")._BatchNorm
    for module in root.modules():
        if isinstance(module, batch_norm) and module.track_running_stats:
            module.running_mean = None
            module.running_var = None
            module.num_batches_tracked = None
            module.track_running_stats = False
    return root
