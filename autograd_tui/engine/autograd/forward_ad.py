"""``torch.autograd.forward_ad``: forward-mode automatic differentiation with dual tensors.

A dual tensor is a primal value with a tangent riding along. Each op then gives its result
the tangent J·t, where J is the op's Jacobian. The engine has no separate forward formulas:
it gets J·t from the op's own backward formulas in ``derivatives.py``, by the double-vjp
trick. A backward formula computes v ↦ Jᵀv, which is linear in v, so

    J·t = d/dv <Jᵀv, t>

one small reverse pass per op (``_propagate``, called by ``record`` while a level is active).
Like PyTorch 2.13, one level at a time; leaving it drops every tangent made inside.
"""
from __future__ import annotations as _annotations

from typing import Any, NamedTuple

from autograd_tui.engine import functions as _F
from autograd_tui.engine import grad_mode as _grad_mode
from autograd_tui.engine._tensor import Tensor as _Tensor
from autograd_tui.engine.functions.triangular_solve_op import solve_triangular_jvp as _solve_triangular_jvp
from autograd_tui.engine.functions.triangular_solve_op import triangular_solve_jvp as _triangular_solve_jvp
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.graph import leaf_variables as _leaf_variables
from autograd_tui.engine.missing import module_getattr as _module_getattr
from autograd_tui.engine.record import Rule as _Rule, _SavedOutput, set_dual_hook as _set_dual_hook, sum_to as _sum_to

__all__ = ["UnpackedDualTensor", "enter_dual_level", "exit_dual_level", "make_dual", "unpack_dual", "dual_level"]

_current_level = -1


class _Level:
    """The token tangents are stored with: a new one per level, so old tangents read as gone."""

    __slots__ = ("number",)

    def __init__(self, number: int) -> None:
        self.number = number


def enter_dual_level() -> int:
    """Start a forward-AD level and return its number (0: nesting is refused, as in PyTorch)."""
    global _current_level
    if _State.dual_level is not None:
        raise RuntimeError("Nested forward mode AD is not supported at the moment")
    _current_level += 1
    _State.dual_level = _Level(_current_level)
    _set_dual_hook(_propagate)
    return _current_level


def exit_dual_level(*, level: int | None = None) -> None:
    """Leave the current level; every tangent made inside it is dropped."""
    global _current_level
    if level is None:
        level = _current_level
    if level != _current_level:
        raise RuntimeError("Trying to exit a forward AD level that was not the last one that was created. "
                           "This is not supported.")
    if level < 0:
        raise RuntimeError("Dual level must be a positive number.")
    _State.dual_level = None
    _set_dual_hook(None)
    _current_level = level - 1


def make_dual(tensor: _Tensor, tangent: _Tensor, *, level: int | None = None) -> _Tensor:
    """A view of ``tensor`` that carries ``tangent`` at the current level."""
    if level is None:
        level = _current_level
    if level < 0:
        raise RuntimeError("Trying to create a dual Tensor for forward AD but no level exists, make sure to "
                           "enter_dual_level() first.")
    for name, value in (("tensor", tensor), ("tangent", tangent)):
        if not isinstance(value, _Tensor):
            raise TypeError(f"_make_dual(): argument '{name}' (position {1 if name == 'tensor' else 2}) must be "
                            f"Tensor, not {type(value).__name__}")
    if tensor.dtype.is_complex or tangent.dtype.is_complex:
        raise _complex_not_available()
    if not tensor.dtype.is_floating_point:
        raise ValueError(f"Expected primal to be floating point or complex, but got: {tensor.dtype}")
    if not tangent.dtype.is_floating_point:
        raise ValueError(f"Expected tangent to be floating point or complex, but got: {tangent.dtype}")
    if tangent.shape != tensor.shape:
        raise RuntimeError("Trying to set a forward gradient that has a different size than that of the original "
                           f"Tensor, this is not supported. Tensor is of size {_sizes(tensor)} while the given "
                           f"forward gradient is of size {_sizes(tangent)}.")
    dual = _F.view(tensor, tensor.shape)
    dual._fw = (_State.dual_level, tangent)
    return dual


class UnpackedDualTensor(NamedTuple):
    """What :func:`unpack_dual` returns: the primal (a view) and the tangent (or None)."""

    primal: _Tensor
    tangent: _Tensor | None


UnpackedDualTensor.__module__ = "torch.autograd.forward_ad"


def unpack_dual(tensor: _Tensor, *, level: int | None = None) -> UnpackedDualTensor:
    """``(primal, tangent)`` of ``tensor`` at the current level; outside a level, ``(tensor, None)``."""
    if level is None:
        level = _current_level
    if level < 0 or _State.dual_level is None:
        return UnpackedDualTensor(tensor, None)
    if not isinstance(tensor, _Tensor):
        raise TypeError(f"_unpack_dual(): argument 'dual' (position 1) must be Tensor, not {type(tensor).__name__}")
    tangent = tensor._tangent()
    primal = _F._view_op("unpack_dual", tensor, tensor._data[...])
    primal._fw = None  # the primal is the plain value
    return UnpackedDualTensor(primal, tangent)


class dual_level:
    """``with dual_level():`` enters a forward-AD level and leaves it on exit."""

    def __enter__(self) -> int:
        return enter_dual_level()

    def __exit__(self, *exc: Any) -> None:
        exit_dual_level()

    def __call__(self, func: Any) -> Any:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            with self:
                return func(*args, **kwargs)
        return wrapper


dual_level.__module__ = "torch.autograd.forward_ad"


def _not_implemented(rule: _Rule) -> NotImplementedError:
    """Forward AD through an op whose tangent the engine cannot derive from its backward formulas
    (several outputs, or a formula computed outside the engine's ops); real PyTorch has it."""
    return NotImplementedError(f"forward AD through {rule.name} is not available in the embedded engine; "
                               "`--backend torch` runs it.")


def _complex_not_available() -> NotImplementedError:
    return NotImplementedError("forward AD with complex tensors is not available in the embedded engine; "
                               "`--backend torch` runs it.")


def _sizes(t: _Tensor) -> str:
    return "[" + ", ".join(str(d) for d in t.shape) + "]"


_LINEAR = {
    "stack": lambda tangents, attrs: _F.stack(tangents, attrs["dim"]),
    "cat": lambda tangents, attrs: _F.cat(tangents, attrs["dim"]),
    # A reduction's tangent is the same reduction of the tangent (mean: its sum, then one
    # division); the double-vjp would divide each element first.
    "sum": lambda tangents, attrs: _F.sum(tangents[0]),
    # embedding(sparse=True): the dense rows of the weight's tangent (its gradient is sparse)
    "embedding_sparse": lambda tangents, attrs: tangents[0][attrs["indices"]],
    "sum_dim": lambda tangents, attrs: _F.sum(tangents[0], attrs["dim"], attrs["keepdim"]),
    "mean": lambda tangents, attrs: _F.mean(tangents[0]),
    "mean_dim": lambda tangents, attrs: _F.mean(tangents[0], attrs["dim"], attrs["keepdim"]),
}


def _logsumexp_jvp(x: _Tensor, t: _Tensor, dim: Any, keepdim: bool) -> _Tensor:
    """ATen's ``logsumexp_jvp``: sum(exp(x - amax) * t) / sum(exp(x - amax)), in that order."""
    e = (x - _F.amax(x, dim, True)).exp() if x.numel() else x.exp()
    return (e * t).sum(dim, keepdim) / e.sum(dim, keepdim)


def _two_norm_jvp(x: _Tensor, t: _Tensor, out: _Tensor, attrs: dict) -> _Tensor | None:
    """ATen's ``linalg_vector_norm_jvp`` for ord 2: sum(x * t) / norm, 0 where the norm is 0
    (measured: every tangent of 400 random vectors and rows). Other orders: None (the default)."""
    dims = attrs["dim"]
    if attrs["ord"] != 2 or (dims is not None and not dims):
        return None
    products = x * t
    total = products.sum() if dims is None else products.sum(dims, attrs["keepdim"])
    if tuple(total.shape) != tuple(out.shape):
        total = total.reshape(out.shape)
    return (total / out).masked_fill(out == 0, 0)


def _div_jvp(inputs: tuple, tangents: list, out: _Tensor, attrs: dict) -> _Tensor:
    """derivatives.yaml's ``(self_t - other_t * result) / other_p`` (a missing tangent is zero)."""
    self_t, other_t = tangents
    if other_t is None:
        return self_t / inputs[1]
    moved = other_t * out
    return (-moved if self_t is None else self_t - moved) / inputs[1]


def _xlogy_jvp(inputs: tuple, tangents: list, out: _Tensor, attrs: dict) -> _Tensor | None:
    """derivatives.yaml's ``xlogy(self_t, other_p).masked_fill((self_p == 0) & (other_p <= 0), 0)
    + other_t * self_p / other_p`` (a missing tangent's term left out)."""
    self_p, other_p = inputs
    self_t, other_t = tangents
    term = None
    if self_t is not None:
        term = _F.xlogy(self_t, other_p).masked_fill((self_p == 0) & (other_p <= 0), 0)
    if other_t is not None:
        other_term = other_t * self_p / other_p
        term = other_term if term is None else term + other_term
    return term


def _atan2_jvp(inputs: tuple, tangents: list, out: _Tensor, attrs: dict) -> _Tensor:
    """derivatives.yaml's ``(-self_p * other_t + other_p * self_t) / (self_p.pow(2) + other_p.pow(2))``
    (a missing tangent's term left out): nan at the origin, where the gradient's formula masks to 0."""
    self_p, other_p = inputs
    self_t, other_t = tangents
    term = None if other_t is None else -self_p * other_t
    if self_t is not None:
        term = other_p * self_t if term is None else term + other_p * self_t
    return term / (self_p * self_p + other_p * other_p)


def _unary(formula: Any) -> Any:
    return lambda inputs, tangents, out, attrs: formula(inputs[0], tangents[0], out, attrs)


# Ops whose tangent PyTorch computes with a forward formula of its own (derivatives.yaml's
# ``result:``), whose rounding the double-vjp trick does not share: f(inputs, tangents of the
# differentiable inputs, out, attrs), None where the formula does not apply.
_FORWARD = {
    "softmax": _unary(lambda x, t, out, attrs: out * (t - _logsumexp_jvp(x, t, attrs["dim"], True))),
    "log_softmax": _unary(lambda x, t, out, attrs: t - _logsumexp_jvp(x, t, attrs["dim"], True)),
    "logsumexp": _unary(lambda x, t, out, attrs: _logsumexp_jvp(x, t, attrs["dim"], attrs["keepdim"])),
    "norm": _unary(_two_norm_jvp),
    "norm_aten": _unary(_two_norm_jvp),
    "div": _div_jvp,
    "xlogy": _xlogy_jvp,
    "atan2": _atan2_jvp,
    "linalg_solve_triangular": _solve_triangular_jvp,
}

# Ops of several outputs with PyTorch's forward formulas: f(inputs, tangents, outputs by name,
# attrs) gives each output's tangent by name. ``record_outputs`` hands them every output.
_SEVERAL = {
    "triangular_solve": _triangular_solve_jvp,
}


def _propagate(rule: _Rule, inputs: tuple, out: _Tensor | dict, attrs: dict | None, num_outputs: int) -> None:
    """Give ``out`` its tangent J·t: the op's backward formulas applied to a fresh v, paired
    with the inputs' tangents, then differentiated with respect to v."""
    level = _State.dual_level
    tangents = [inputs[i]._tangent() if isinstance(inputs[i], _Tensor) else None for i in rule.diff_inputs]
    if all(t is None for t in tangents):
        return
    if num_outputs != 1 and rule.name in ("unbind", "split"):
        return  # those ops give each output its piece of the tangent themselves (functions/shapes.py)
    if rule.name in _SEVERAL:
        if isinstance(out, dict):  # record_outputs' second call, with every output
            _several_tangents(_SEVERAL[rule.name], inputs, tangents, out, attrs or {})
        return
    if isinstance(out, dict):
        return  # record_outputs' second call for an op without a formula: the first one refused
    if num_outputs != 1 or any("grads" in f.params for f in rule.formulas):
        raise _not_implemented(rule)
    if out.dtype.is_complex:
        raise _complex_not_available()
    if rule.name in _LINEAR:
        # A linear op's tangent is the op applied to the tangents (PyTorch's auto_linear): the
        # double-vjp would get the same numbers, but -0.0 tangents would come out as 0.0.
        pieces = [_F.zeros_like(x) if t is None else t for x, t in zip(inputs, tangents)]
        out._fw = (level, _LINEAR[rule.name](pieces, attrs or {}))
        return
    keep_graph = _State.enabled  # the tangent is itself differentiable when grad mode is on
    own = _FORWARD.get(rule.name) or rule.jvp
    if own is not None and not out.dtype.is_complex:
        tangent = _own_formula(own, inputs, tangents, out, attrs or {}, keep_graph)
        if tangent is not None:
            out._fw = (level, tangent)
            _share_with_saved_result(out)
            return
    values: dict = dict(attrs) if attrs else {}
    for name, index in rule.input_index.items():
        if index < len(inputs):
            values[name] = inputs[index]
    values["result"] = out
    # The formulas' own ops must not propagate tangents of this level: switch it off meanwhile.
    _State.dual_level = None
    _State.tangent_pass = True
    _set_dual_hook(None)
    try:
        with _grad_mode.enable_grad():
            # Any v gives the same derivative (the formulas are linear in it); ones make a formula
            # computed outside the engine's ops show itself (nonzero, yet no history).
            # A tangent may be of another float dtype than its primal (PyTorch keeps it): v takes the
            # promoted one, so the result does too.
            dtype = out.dtype
            for t in tangents:
                if t is not None:
                    dtype = _F.promote_types(dtype, t.dtype)
            v = _F.ones(tuple(out.shape), dtype=dtype, requires_grad=True)
            pairing = None
            for formula, tangent in zip(rule.formulas, tangents):
                if tangent is None:
                    continue
                grad = formula.fn(*[v if p == "grad" else values[p] for p in formula.params])
                if grad is None:
                    continue
                if not grad.requires_grad and grad._data.any():
                    raise _not_implemented(rule)
                if tuple(grad.shape) != tuple(tangent.shape):
                    grad = _sum_to(grad, tangent.shape)
                term = (grad * tangent).sum()
                pairing = term if pairing is None else pairing + term
            result = None
            if pairing is not None and pairing.requires_grad:
                (result,) = _F.autograd_grad(pairing, v, create_graph=keep_graph, allow_unused=True)
    finally:
        _State.dual_level = level
        _State.tangent_pass = False
        _set_dual_hook(_propagate)
    if result is None:
        result = _F.zeros(tuple(out.shape), dtype=dtype)
    elif not keep_graph or not _depends_on_more_than(result, v):
        # a graph that leads only to the helper v is no history: PyTorch's tangent has none then
        # (a linear op's tangent does not depend on a primal that requires grad either)
        result = result.detach()
    out._fw = (level, result)
    _share_with_saved_result(out)


def _depends_on_more_than(result: _Tensor, helper: _Tensor) -> bool:
    """Whether ``result``'s graph reaches a leaf other than ``helper``."""
    if result.grad_fn is None:
        return result.requires_grad and result is not helper
    return any(leaf is not helper for leaf in _leaf_variables(result.grad_fn))


def _several_tangents(formula: Any, inputs: tuple, tangents: list, outputs: dict, attrs: dict) -> None:
    """Each output's tangent from ``formula``, run as ``_own_formula`` runs one."""
    level = _State.dual_level
    keep_graph = _State.enabled
    values = outputs if keep_graph else {name: t.detach() for name, t in outputs.items()}
    named = _own_formula(lambda i, t, o, a: formula(i, t, values, a), inputs, tangents, None, attrs, keep_graph)
    for name, tangent in named.items():
        if tangent is not None:
            outputs[name]._fw = (level, tangent if keep_graph else tangent.detach())


def _share_with_saved_result(out: _Tensor) -> None:
    """A backward pass inside the level reads the op's saved result with its tangent."""
    saved = getattr(out.grad_fn, "_saved", None)
    if saved and isinstance(saved.get("result"), _SavedOutput):
        saved["result"].fw = out._fw


def _own_formula(formula: Any, inputs: tuple, tangents: list, out: _Tensor | None, attrs: dict,
                 keep_graph: bool) -> Any:
    """``formula``'s tangent, run as ``_propagate`` runs the backward formulas: this level off, and
    a graph only when grad mode is on (the tangent is then differentiable)."""
    level = _State.dual_level
    _State.dual_level = None
    _State.tangent_pass = True
    _set_dual_hook(None)
    try:
        with _grad_mode.set_grad_enabled(keep_graph):
            if not keep_graph:
                inputs = tuple(x.detach() if isinstance(x, _Tensor) else x for x in inputs)
                out = out.detach() if out is not None else None
            result = formula(inputs, tangents, out, attrs)
    finally:
        _State.dual_level = level
        _State.tangent_pass = False
        _set_dual_hook(_propagate)
    return result


__getattr__ = _module_getattr("torch.autograd.forward_ad")
