"""``torch._foreach_*``: PyTorch's list-at-a-time ops, which hand-written optimizers and weight
averaging (EMA) call on a model's parameters. On the CPU PyTorch runs them one tensor at a time
(its slow path, the tensor op applied to each in turn), so each entry here is that tensor op in a
loop: values and rounding are the tensor op's. The out-of-place ones return a tuple, the in-place
ones the list they were given.

Their autograd nodes are ops of their own (``ForeachMulBackward1Scalar``); the engine has none, so
a call that would record one says so, with the ``--backend torch`` line.
"""
from __future__ import annotations

import numbers
from typing import Any, Callable, Sequence

from autograd_tui.engine import dtypes, functions as _F
from autograd_tui.engine._tensor import Tensor
from autograd_tui.engine.grad_mode import is_grad_enabled
from autograd_tui.engine.missing import not_in_engine

_UNARY = ("abs", "acos", "asin", "atan", "ceil", "cos", "cosh", "erf", "erfc", "exp", "expm1", "floor", "frac",
          "lgamma", "log", "log10", "log1p", "log2", "neg", "reciprocal", "round", "rsqrt", "sigmoid", "sign", "sin",
          "sinh", "sqrt", "tan", "tanh", "trunc")
_BINARY = ("add", "sub", "mul", "div", "maximum", "minimum", "clamp_min", "clamp_max", "pow")
# with a number, ATen's maximum and minimum are clamps (torch.maximum itself takes tensors only)
_WITH_SCALAR = {"maximum": "clamp_min", "minimum": "clamp_max"}


def _tensors(name: str, value: object, what: str = "self") -> list[Tensor]:
    if not isinstance(value, (list, tuple)) or not all(isinstance(t, Tensor) for t in value):
        raise TypeError(f"{name}(): argument '{what}' must be tuple of Tensors, not {type(value).__name__}")
    if not value:
        raise RuntimeError("Tensor list must have at least one tensor.")
    return list(value)


def _per_tensor(name: str, other: object, count: int) -> list[Any]:
    """``other`` as one operand per tensor: a list of tensors or of numbers, or one tensor or number."""
    if isinstance(other, (list, tuple)):
        if other and all(isinstance(t, Tensor) for t in other):
            if len(other) != count:
                raise RuntimeError(f"Tensor lists must have the same number of tensors, got {count} and {len(other)}")
            return list(other)
        if len(other) != count:
            raise RuntimeError("Tensor list must have same number of elements as scalar list.")
        return list(other)
    if isinstance(other, Tensor) or (isinstance(other, numbers.Number) and not isinstance(other, bool)):
        return [other] * count
    raise TypeError(f"{name}(): received an invalid combination of arguments - got "
                    f"(list, {type(other).__name__})")


def _guard(name: str, inplace: bool, selves: Sequence[Tensor], others: Sequence[object]) -> None:
    """Refuse what would record a Foreach node; an in-place op on a leaf that requires grad gets
    PyTorch's leaf error first."""
    if not is_grad_enabled():
        return
    if inplace and any(t.requires_grad and t.is_leaf for t in selves):
        raise RuntimeError("a leaf Variable that requires grad is being used in an in-place operation.")
    if any(isinstance(t, Tensor) and t.requires_grad for t in (*selves, *others)):
        raise not_in_engine(f"torch.{name} on tensors that require grad (its Foreach autograd nodes)")


def _finish(given: object, results: list[Tensor], inplace: bool) -> Any:
    return given if inplace else tuple(results)


def _unary(op: str, inplace: bool) -> Callable[..., Any]:
    name = f"_foreach_{op}{'_' if inplace else ''}"

    def run(self: Sequence[Tensor]) -> Any:
        selves = _tensors(name, self)
        _guard(name, inplace, selves, ())
        results = [getattr(t, op + ("_" if inplace else ""))() for t in selves]
        return _finish(self, results, inplace)
    run.__name__ = run.__qualname__ = name
    return run


def _binary(op: str, inplace: bool) -> Callable[..., Any]:
    name = f"_foreach_{op}{'_' if inplace else ''}"

    def run(self: Any, other: Any, *, alpha: Any = None) -> Any:
        if op == "pow" and not inplace and isinstance(self, numbers.Number):  # pow(Scalar self, TensorList)
            exponents = _tensors(name, other, "exponent")
            _guard(name, False, exponents, ())
            return tuple(_F.pow(self, t) for t in exponents)
        selves = _tensors(name, self)
        operands = _per_tensor(name, other, len(selves))
        if alpha is not None and op == "sub" and isinstance(other, Tensor):  # sub has no (Tensor other, alpha)
            raise TypeError(f"{name}(): argument 'other' (position 2) must be tuple of Tensors, not Tensor")
        if alpha is not None and (op not in ("add", "sub") or not isinstance(operands[0], Tensor)):
            raise TypeError(f"{name}() received an invalid combination of arguments - got "
                            f"({type(self).__name__}, {type(other).__name__}, alpha={type(alpha).__name__})")
        _guard(name, inplace, selves, operands)
        results = []
        for t, o in zip(selves, operands):
            method = _WITH_SCALAR.get(op, op) if not isinstance(o, Tensor) else op
            if inplace and op == "mul" and isinstance(o, float) and t.dtype in (dtypes.float16, dtypes.bfloat16):
                o = factor_in_type(o, t.dtype)
            keywords = {} if alpha is None else {"alpha": alpha}
            if not inplace:
                results.append(getattr(t, method)(o, **keywords))
            elif method in ("maximum", "minimum"):  # no Tensor.maximum_: ATen writes the result into t
                results.append(t.copy_(getattr(t, method)(o)))
            else:
                results.append(getattr(t, method + "_")(o, **keywords))
        return _finish(self, results, inplace)
    run.__name__ = run.__qualname__ = name
    return run


def factor_in_type(factor: float, dtype: dtypes.dtype) -> float:
    """The factor ``_foreach_mul_`` multiplies a float16 or bfloat16 tensor by: its in-place CPU loop
    rounds a number to the tensor's type first (by way of float), where ``t.mul_(factor)``, the
    out-of-place ``_foreach_mul`` and the other ops keep it in float32 (measured on PyTorch 2.13)."""
    return float(_F.tensor(factor, dtype=dtypes.float32).to(dtype))


def _lerp(inplace: bool) -> Callable[..., Any]:
    name = f"_foreach_lerp{'_' if inplace else ''}"

    def run(self: Any, tensors1: Any, weight: Any) -> Any:
        selves = _tensors(name, self)
        ends = _per_tensor(name, _tensors(name, tensors1, "tensors1"), len(selves))
        weights = _per_tensor(name, weight, len(selves))
        _guard(name, inplace, selves, (*ends, *weights))
        results = [(t.lerp_ if inplace else t.lerp)(e, w) for t, e, w in zip(selves, ends, weights)]
        return _finish(self, results, inplace)
    run.__name__ = run.__qualname__ = name
    return run


def _addc(op: str, inplace: bool) -> Callable[..., Any]:
    name = f"_foreach_{op}{'_' if inplace else ''}"

    def run(self: Any, tensor1: Any, tensor2: Any, value: Any = 1) -> Any:
        selves = _tensors(name, self)
        firsts = _per_tensor(name, _tensors(name, tensor1, "tensor1"), len(selves))
        seconds = _per_tensor(name, _tensors(name, tensor2, "tensor2"), len(selves))
        # a tensor of values is one value per tensor, read as numbers
        values = _per_tensor(name, value.tolist() if isinstance(value, Tensor) else value, len(selves))
        _guard(name, inplace, selves, (*firsts, *seconds))
        method = op + ("_" if inplace else "")
        results = [getattr(t, method)(a, b, value=v) for t, a, b, v in zip(selves, firsts, seconds, values)]
        return _finish(self, results, inplace)
    run.__name__ = run.__qualname__ = name
    return run


def _foreach_norm(self: Any, ord: Any = 2, dtype: Any = None) -> tuple:
    selves = _tensors("_foreach_norm", self)
    _guard("_foreach_norm", False, selves, ())
    return tuple(_F.vector_norm(t, ord, dtype=dtype) for t in selves)


def _foreach_max(self: Any) -> tuple:
    selves = _tensors("_foreach_max", self)
    _guard("_foreach_max", False, selves, ())
    return tuple(t.max() for t in selves)


def _foreach_zero_(self: Any) -> Any:
    selves = _tensors("_foreach_zero_", self)
    _guard("_foreach_zero_", True, selves, ())
    for t in selves:
        t.zero_()
    return self


def _foreach_copy_(self: Any, src: Any, non_blocking: bool = False) -> Any:
    selves = _tensors("_foreach_copy_", self)
    sources = _per_tensor("_foreach_copy_", _tensors("_foreach_copy_", src, "src"), len(selves))
    _guard("_foreach_copy_", True, selves, sources)
    for t, s in zip(selves, sources):
        t.copy_(s)
    return self


def _foreach_clone(self: Any) -> tuple:
    selves = _tensors("_foreach_clone", self)
    _guard("_foreach_clone", False, selves, ())
    return tuple(t.clone() for t in selves)


def _build() -> dict[str, Callable[..., Any]]:
    table: dict[str, Callable[..., Any]] = {}
    for inplace in (False, True):
        for op in _UNARY:
            table[f"_foreach_{op}{'_' if inplace else ''}"] = _unary(op, inplace)
        for op in _BINARY:
            table[f"_foreach_{op}{'_' if inplace else ''}"] = _binary(op, inplace)
        for op in ("addcmul", "addcdiv"):
            table[f"_foreach_{op}{'_' if inplace else ''}"] = _addc(op, inplace)
        table[f"_foreach_lerp{'_' if inplace else ''}"] = _lerp(inplace)
    for fn in (_foreach_norm, _foreach_max, _foreach_zero_, _foreach_copy_, _foreach_clone):
        table[fn.__name__] = fn
    return table


FUNCTIONS = _build()
