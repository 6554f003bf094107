"""``torch.testing.assert_close``: are two tensors (or numbers, or sequences and dicts of them) close?

Inputs are paired as PyTorch pairs them: tensor with tensor (attributes first: shape, then dtype
unless ``check_dtype=False``; then values by ``isclose`` with the tolerances of their dtypes),
Python number with number, bool with bool, and sequences or mappings item by item. A failure
raises AssertionError with PyTorch's message: how many elements differ, and the greatest absolute
and relative differences among them and where.
"""
from __future__ import annotations

import cmath
import math
from collections.abc import Mapping, Sequence
from typing import Any, Callable, Optional, Union

from autograd_tui.engine import dtypes
from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor

__all__ = ["assert_close"]

# (rtol, atol) by dtype; any other dtype compares exactly
_PRECISIONS = {dtypes.float16: (0.001, 1e-5), dtypes.bfloat16: (0.016, 1e-5), dtypes.float32: (1.3e-6, 1e-5),
               dtypes.float64: (1e-7, 1e-7)}
_NUMBER_DTYPES = {int: dtypes.int64, float: dtypes.float64}


class _Mismatch(Exception):
    def __init__(self, kind: type, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.where: Optional[list] = None  # the item path inside nested sequences / mappings


def _tolerances(kinds: tuple, rtol: Optional[float], atol: Optional[float]) -> tuple[float, float]:
    if (rtol is None) != (atol is None):
        raise ValueError(f"Both 'rtol' and 'atol' must be either specified or omitted, but got no "
                         f"{'atol' if rtol is not None else 'rtol'}.")
    if rtol is not None and atol is not None:
        return rtol, atol
    pairs = [_PRECISIONS.get(k, (0.0, 0.0)) for k in kinds]
    return max(p[0] for p in pairs), max(p[1] for p in pairs)


def _diff_line(kind: str, diff: Any, idx: Optional[tuple], tol: float, exact: bool) -> str:
    line = f"{kind.title()} difference: {diff}" if idx is None else f"Greatest {kind} difference: {diff} at index {idx}"
    return line + ("" if exact else f" (up to {tol} allowed)") + "\n"


def _message(what: str, extra: str, abs_diff: Any, abs_idx: Optional[tuple], rel_diff: Any,
             rel_idx: Optional[tuple], rtol: float, atol: float) -> str:
    exact = rtol == 0 and atol == 0
    msg = f"{what} are not {'equal' if exact else 'close'}!\n\n{extra.strip()}\n"
    msg += _diff_line("absolute", abs_diff, abs_idx, atol, exact)
    msg += _diff_line("relative", rel_diff, rel_idx, rtol, exact)
    return msg.strip()


def _scalar_message(actual: Any, expected: Any, rtol: float, atol: float) -> str:
    abs_diff = abs(actual - expected)
    rel_diff = math.inf if expected == 0 else abs_diff / abs(expected)
    return _message("Scalars", f"Expected {expected} but got {actual}.", abs_diff, None, rel_diff, None, rtol, atol)


def _unravel(flat: int, shape: tuple) -> tuple:
    idx = []
    for size in reversed(shape):
        flat, i = divmod(flat, size)
        idx.append(i)
    return tuple(reversed(idx))


def _compare_tensors(actual: Tensor, expected: Tensor, rtol: Optional[float], atol: Optional[float],
                     equal_nan: bool, check_dtype: bool) -> None:
    rtol, atol = _tolerances((actual.dtype, expected.dtype), rtol, atol)
    if actual.shape != expected.shape:
        raise _Mismatch(AssertionError, f"The values for attribute 'shape' do not match: {actual.shape} != "
                                        f"{expected.shape}.")
    if check_dtype and actual.dtype is not expected.dtype:
        raise _Mismatch(AssertionError, f"The values for attribute 'dtype' do not match: {actual.dtype} != "
                                        f"{expected.dtype}.")
    if actual.dtype is not expected.dtype:
        common = dtypes.promote_types(actual.dtype, expected.dtype)
        actual, expected = actual.to(common), expected.to(common)
    actual, expected = actual.detach(), expected.detach()
    matches = _F.isclose(actual, expected, rtol=rtol, atol=atol, equal_nan=equal_nan)
    if bool(matches.all()):
        return
    if actual.dim() == 0:
        raise _Mismatch(AssertionError, _scalar_message(actual.item(), expected.item(), rtol, atol))
    total = matches.numel()
    mismatched = total - int(matches.sum())
    a, e, m = actual.flatten(), expected.flatten(), matches.flatten()
    if not a.dtype.is_floating_point:
        a, e = a.to(dtypes.int64), e.to(dtypes.int64)
    abs_diff = (a - e).abs()
    abs_diff[m] = 0
    max_abs, abs_at = _F.max(abs_diff, 0)
    rel_diff = abs_diff / e.abs()
    rel_diff[m] = 0
    max_rel, rel_at = _F.max(rel_diff, 0)
    extra = f"Mismatched elements: {mismatched} / {total} ({mismatched / total:.1%})"
    shape = tuple(actual.shape)
    raise _Mismatch(AssertionError, _message("Tensor-likes", extra, max_abs.item(), _unravel(int(abs_at), shape),
                                             max_rel.item(), _unravel(int(rel_at), shape), rtol, atol))


def _compare_numbers(actual: Any, expected: Any, rtol: Optional[float], atol: Optional[float], equal_nan: bool,
                     check_dtype: bool) -> None:
    rtol, atol = _tolerances((_NUMBER_DTYPES[type(actual)], _NUMBER_DTYPES[type(expected)]), rtol, atol)
    if check_dtype and type(actual) is not type(expected):
        raise _Mismatch(AssertionError, f"The (d)types do not match: {type(actual)} != {type(expected)}.")
    if actual == expected or (equal_nan and cmath.isnan(actual) and cmath.isnan(expected)):
        return
    abs_diff = abs(actual - expected)
    if cmath.isfinite(abs_diff) and abs_diff <= atol + rtol * abs(expected):
        return
    raise _Mismatch(AssertionError, _scalar_message(actual, expected, rtol, atol))


def _type_name(x: Any) -> str:
    return "<class 'torch.Tensor'>" if isinstance(x, Tensor) else str(type(x))


def _compare(actual: Any, expected: Any, where: list, **options: Any) -> None:
    if isinstance(actual, Tensor) and isinstance(expected, Tensor):
        return _compare_tensors(actual, expected, **options)
    if isinstance(actual, bool) and isinstance(expected, bool):
        if actual is not expected:
            raise _Mismatch(AssertionError, f"Booleans mismatch: {actual} is not {expected}")
        return None
    if type(actual) in _NUMBER_DTYPES and type(expected) in _NUMBER_DTYPES:
        return _compare_numbers(actual, expected, **options)
    if isinstance(actual, Sequence) and isinstance(expected, Sequence) and not isinstance(actual, str) \
            and not isinstance(expected, str):
        if len(actual) != len(expected):
            raise _Mismatch(AssertionError, f"The length of the sequences mismatch: {len(actual)} != {len(expected)}")
        for i, (a, e) in enumerate(zip(actual, expected)):
            _compare_item(a, e, where + [i], options)
        return None
    if isinstance(actual, Mapping) and isinstance(expected, Mapping):
        if set(actual) != set(expected):
            missing, extra = sorted(set(expected) - set(actual)), sorted(set(actual) - set(expected))
            raise _Mismatch(AssertionError, f"The keys of the mappings do not match:\n"
                                            f"Missing keys in the actual mapping: {missing}\n"
                                            f"Additional keys in the actual mapping: {extra}")
        for key in sorted(actual):
            _compare_item(actual[key], expected[key], where + [key], options)
        return None
    raise TypeError(f"No comparison pair was able to handle inputs of type {_type_name(actual)} and "
                    f"{_type_name(expected)}.")


def _compare_item(actual: Any, expected: Any, where: list, options: dict) -> None:
    try:
        _compare(actual, expected, where, **options)
    except _Mismatch as failure:
        if failure.where is None:
            failure.where = where
        raise


def assert_close(actual: Any, expected: Any, *, allow_subclasses: bool = True, rtol: Optional[float] = None,
                 atol: Optional[float] = None, equal_nan: bool = False, check_device: bool = True,
                 check_dtype: bool = True, check_layout: bool = True, check_stride: bool = False,
                 msg: Union[str, Callable[[str], str], None] = None) -> None:
    where: list = []
    try:
        _compare(actual, expected, where, rtol=rtol, atol=atol, equal_nan=equal_nan, check_dtype=check_dtype)
    except _Mismatch as failure:
        text = failure.message
        if failure.where:
            text += f"\n\nThe failure occurred for item {''.join(str([i]) for i in failure.where)}"
        if callable(msg):
            text = msg(text)
        elif msg is not None:
            text = msg
        raise failure.kind(text) from None
