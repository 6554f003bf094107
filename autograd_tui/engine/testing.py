"""``torch.testing.assert_close``: the checks, default tolerances and failure messages of PyTorch's.

Learners use it to compare a hand-written gradient or layer with PyTorch's own; what it prints on a
failure (how many elements differ, the greatest differences and where) is part of the lesson, so
the wording, the order of the checks and the precision of the reported differences follow PyTorch:
differences are computed in the tensors' own dtype (a float32 relative difference prints as
0.20000000298023224), integer ones as int64 with a float32 quotient, 0-dim tensors and Python
numbers as Python numbers.
"""
from __future__ import annotations as _annotations

import cmath as _cmath
import math as _math
from collections.abc import Mapping as _Mapping, Sequence as _Sequence
from typing import Any as _Any, Callable as _Callable

import numpy as _np

from autograd_tui.engine import dtypes as _dtypes
from autograd_tui.engine import missing as _missing
from autograd_tui.engine._tensor import Tensor as _Tensor, warn_at_caller as _warn_at_caller
from autograd_tui.engine.functions.complex_ops import view_as_real as _view_as_real
from autograd_tui.engine.functions.creation import (empty as _empty, from_numpy as _from_numpy,
                                                    randint as _randint, tensor as _tensor)

# dtype -> (rtol, atol) when neither is given; integers and bool compare exactly.
_DEFAULT_TOLERANCES = {
    _dtypes.float16: (1e-3, 1e-5),
    _dtypes.bfloat16: (1.6e-2, 1e-5),
    _dtypes.float32: (1.3e-6, 1e-5),
    _dtypes.float64: (1e-7, 1e-7),
    _dtypes.complex64: (1.3e-6, 1e-5),
    _dtypes.complex128: (1e-7, 1e-7),
}


class _Mismatch(Exception):
    """A failed check deep inside nested containers: the message and the item's path."""

    def __init__(self, exc_type: type[Exception], message: str, path: tuple = ()) -> None:
        super().__init__(message)
        self.exc_type = exc_type
        self.message = message
        self.path = path

    def text(self) -> str:
        if not self.path:
            return self.message
        return self.message + "\n\nThe failure occurred for item " + "".join(str([key]) for key in self.path)


def assert_close(actual: _Any, expected: _Any, *, allow_subclasses: bool = True, rtol: float | None = None,
                 atol: float | None = None, equal_nan: bool = False, check_device: bool = True,
                 check_dtype: bool = True, check_layout: bool = True, check_stride: bool = False,
                 msg: str | _Callable[[str], str] | None = None) -> None:
    """Raises AssertionError unless ``actual`` and ``expected`` (tensors, Python numbers, or
    sequences and mappings of them) are close: ``|actual - expected| <= atol + rtol * |expected|``."""
    options = {"rtol": rtol, "atol": atol, "equal_nan": equal_nan, "check_dtype": check_dtype,
               "check_stride": check_stride, "allow_subclasses": allow_subclasses}
    # As in PyTorch, the whole structure is paired up first, and a failure there (lengths, keys,
    # types, a lone tolerance) is raised as is, without msg; only then are the pairs compared.
    try:
        pairs = _pairs(actual, expected, options, ())
    except _Mismatch as failure:
        raise failure.exc_type(failure.text()) from None
    for compare, path, a, e in pairs:
        try:
            compare(a, e, options)
        except _Mismatch as failure:
            failure.path = path
            if isinstance(msg, str):
                raise failure.exc_type(msg) from None
            raise failure.exc_type(msg(failure.text()) if callable(msg) else failure.text()) from None


_Pair = tuple[_Callable[[_Any, _Any, dict], None], tuple, _Any, _Any]


def _pairs(actual: _Any, expected: _Any, options: dict, path: tuple) -> list[_Pair]:
    if _is_sequence(actual) and _is_sequence(expected):
        if len(actual) != len(expected):
            raise _Mismatch(AssertionError,
                            f"The length of the sequences mismatch: {len(actual)} != {len(expected)}", path)
        return [pair for i in range(len(actual)) for pair in _pairs(actual[i], expected[i], options, (*path, i))]
    if isinstance(actual, _Mapping) and isinstance(expected, _Mapping):
        if set(actual) != set(expected):
            missing, extra = set(expected) - set(actual), set(actual) - set(expected)
            raise _Mismatch(AssertionError, f"The keys of the mappings do not match:\n"
                                            f"Missing keys in the actual mapping: {sorted(missing)}\n"
                                            f"Additional keys in the actual mapping: {sorted(extra)}", path)
        keys: _Any = set(actual)
        try:  # PyTorch sorts the keys when it can, so the first failure reported is deterministic
            keys = sorted(keys)
        except Exception:  # noqa: BLE001 - unsortable keys go in set order, as in PyTorch
            pass
        return [pair for key in keys for pair in _pairs(actual[key], expected[key], options, (*path, key))]
    if actual is None or expected is None:
        return [(_compare_none, path, actual, expected)]
    if isinstance(actual, (bool, _np.bool_)) and isinstance(expected, (bool, _np.bool_)):
        return [(_compare_bools, path, bool(actual), bool(expected))]
    if _is_number(actual) and _is_number(expected):
        actual, expected = (n.item() if isinstance(n, _np.number) else n for n in (actual, expected))
        if isinstance(actual, bool) or isinstance(expected, bool):
            raise _number_pair_crash(actual, expected, path)
        _check_tolerances(options, path)
        return [(_compare_numbers, path, actual, expected)]
    if isinstance(actual, _np.ndarray) and isinstance(expected, _np.ndarray):
        actual, expected = _from_numpy(actual), _from_numpy(expected)
    if (isinstance(actual, _Tensor) and isinstance(expected, _Tensor)
            and (options["allow_subclasses"] or type(actual) is type(expected))):
        _check_tolerances(options, path)
        return [(_compare_tensors, path, actual, expected)]
    raise _Mismatch(TypeError, f"No comparison pair was able to handle inputs of type {_class_name(actual)} "
                               f"and {_class_name(expected)}.", path)


def _check_tolerances(options: dict, path: tuple) -> None:
    if (options["rtol"] is None) != (options["atol"] is None):
        missing = "rtol" if options["rtol"] is None else "atol"
        raise _Mismatch(ValueError, "Both 'rtol' and 'atol' must be either specified or omitted, "
                                    f"but got no {missing}.", path)


def _number_pair_crash(actual: _Any, expected: _Any, path: tuple) -> RuntimeError:
    # PyTorch's number pair has no tolerance entry for bool, so a bool against a number fails
    # while pairing with this RuntimeError, chained to the KeyError.
    where = "".join(str([key]) for key in path)
    error = RuntimeError(
        f"Originating a NumberPair() at item {where} with\n\n{type(actual).__name__}(): {actual}\n\nand\n\n"
        f"{type(expected).__name__}(): {expected}\n\nresulted in the unexpected exception above. "
        "If you are a user and see this message during normal operation please file an issue at "
        "https://github.com/pytorch/pytorch/issues. If you are a developer and working on the comparison "
        "functions, please except the previous error and raise an expressive `ErrorMeta` instead.")
    error.__cause__ = KeyError(bool)
    return error


def _class_name(obj: _Any) -> str:
    return str(type(obj))  # the engine's Tensor shows as <class 'torch.Tensor'>


def _is_number(obj: _Any) -> bool:
    return isinstance(obj, (int, float, complex, _np.number)) and not isinstance(obj, _Tensor)


def _is_sequence(obj: _Any) -> bool:
    return isinstance(obj, _Sequence) and not isinstance(obj, str)


def _tolerances(options: dict, *kinds: _dtypes.dtype) -> tuple[float, float]:
    if options["rtol"] is not None:
        return options["rtol"], options["atol"]
    pairs = [_DEFAULT_TOLERANCES.get(k, (0, 0)) for k in kinds]
    return max(p[0] for p in pairs), max(p[1] for p in pairs)


def _attribute_mismatch(name: str, actual: _Any, expected: _Any) -> _Mismatch:
    return _Mismatch(AssertionError, f"The values for attribute '{name}' do not match: {actual} != {expected}.")


def _compare_none(actual: _Any, expected: _Any, options: dict) -> None:
    if not (actual is None and expected is None):
        raise _Mismatch(AssertionError, f"None mismatch: {actual} is not {expected}")


def _compare_bools(actual: bool, expected: bool, options: dict) -> None:
    if actual is not expected:
        raise _Mismatch(AssertionError, f"Booleans mismatch: {actual} is not {expected}")


_NUMBER_DTYPES = {int: _dtypes.int64, float: _dtypes.float64, complex: _dtypes.complex128}


def _compare_numbers(actual: _Any, expected: _Any, options: dict) -> None:
    if options["check_dtype"] and type(actual) is not type(expected):
        raise _Mismatch(AssertionError, f"The (d)types do not match: {type(actual)} != {type(expected)}.")
    if actual == expected:
        return
    if options["equal_nan"] and _cmath.isnan(actual) and _cmath.isnan(expected):
        return
    rtol, atol = _tolerances(options, _NUMBER_DTYPES[type(actual)], _NUMBER_DTYPES[type(expected)])
    abs_diff = abs(actual - expected)
    if _cmath.isfinite(abs_diff) and abs_diff <= atol + rtol * abs(expected):
        return
    raise _Mismatch(AssertionError, _scalar_message(actual, expected, rtol, atol))


def _compare_tensors(actual: _Tensor, expected: _Tensor, options: dict) -> None:
    if actual.shape != expected.shape:
        raise _attribute_mismatch("shape", actual.shape, expected.shape)
    if options["check_dtype"] and actual.dtype is not expected.dtype:
        raise _attribute_mismatch("dtype", actual.dtype, expected.dtype)
    if options["check_stride"] and actual.stride() != expected.stride():
        raise _attribute_mismatch("stride()", actual.stride(), expected.stride())
    rtol, atol = _tolerances(options, actual.dtype, expected.dtype)
    if actual.dtype is not expected.dtype:
        common = _dtypes.promote_types(actual.dtype, expected.dtype)
        actual, expected = actual.to(common), expected.to(common)
    a, e = actual.detach(), expected.detach()
    if a.dtype is _dtypes.bool_:
        a, e = a.long(), e.long()
    matches = a.isclose(e, rtol=rtol, atol=atol, equal_nan=options["equal_nan"])
    if bool(matches.all()):
        return
    if a.ndim == 0:
        raise _Mismatch(AssertionError, _scalar_message(a.item(), e.item(), rtol, atol))
    raise _Mismatch(AssertionError, _tensor_message(a, e, matches, rtol, atol))


def _scalar_message(actual: _Any, expected: _Any, rtol: float, atol: float) -> str:
    abs_diff = abs(actual - expected)
    rel_diff = float("inf") if expected == 0 else abs_diff / abs(expected)
    return _message("Scalars", rtol, atol, f"Expected {expected} but got {actual}.",
                    ("Absolute difference", abs_diff, atol), ("Relative difference", rel_diff, rtol))


def _tensor_message(actual: _Tensor, expected: _Tensor, matches: _Tensor, rtol: float, atol: float) -> str:
    total = matches.numel()
    wrong = total - int(matches.sum())
    summary = f"Mismatched elements: {wrong} / {total} ({wrong / total:.1%})"
    a, e, ok = actual.flatten(), expected.flatten(), matches.flatten()
    if not (a.dtype.is_floating_point or a.dtype.is_complex):
        a, e = a.long(), e.long()
    abs_diff = (a - e).abs().masked_fill(ok, 0)
    rel_diff = (abs_diff / e.abs()).masked_fill(ok, 0)  # int64 / int64 divides in float32
    lines = []
    for label, diff, tol in (("absolute", abs_diff, atol), ("relative", rel_diff, rtol)):
        value, flat = diff.max(0)
        where = _np.unravel_index(int(flat), tuple(actual.shape))
        lines.append((f"Greatest {label} difference", f"{value.item()} at index {tuple(int(i) for i in where)}", tol))
    return _message("Tensor-likes", rtol, atol, summary, *lines)


def _message(what: str, rtol: float, atol: float, summary: str, *diffs: tuple[str, _Any, float]) -> str:
    exact = rtol == 0 and atol == 0
    text = f"{what} are not {'equal' if exact else 'close'}!\n\n{summary}"
    for label, value, tol in diffs:
        text += f"\n{label}: {value}" + ("" if exact else f" (up to {tol} allowed)")
    return text


_ALLCLOSE_TOLERANCES = {_dtypes.float16: (1e-3, 1e-3), _dtypes.float32: (1e-4, 1e-5),
                        _dtypes.float64: (1e-5, 1e-8)}


def assert_allclose(actual: _Any, expected: _Any, rtol: float | None = None, atol: float | None = None,
                    equal_nan: bool = True, msg: str = "") -> None:
    """The deprecated comparison: ``assert_close`` with looser float defaults, NaNs equal and the
    dtypes unchecked; a non-tensor ``expected`` takes ``actual``'s dtype."""
    _warn_at_caller(
        "`torch.testing.assert_allclose()` is deprecated since 1.12 and will be removed in a future release. "
        "Please use `torch.testing.assert_close()` instead. You can find detailed upgrade instructions in "
        "https://github.com/pytorch/pytorch/issues/61844.", FutureWarning)
    if not isinstance(actual, _Tensor):
        actual = _tensor(actual)
    if not isinstance(expected, _Tensor):
        expected = _tensor(expected, dtype=actual.dtype)
    if rtol is None and atol is None:
        pairs = [_ALLCLOSE_TOLERANCES.get(t.dtype, _DEFAULT_TOLERANCES.get(t.dtype, (0, 0)))
                 for t in (actual, expected)]
        rtol, atol = max(p[0] for p in pairs), max(p[1] for p in pairs)
    assert_close(actual, expected, rtol=rtol, atol=atol, equal_nan=equal_nan, check_dtype=False,
                 msg=msg or None)


def make_tensor(*shape: _Any, dtype: _dtypes.dtype, device: _Any, low: float | None = None,
                high: float | None = None, requires_grad: bool = False, noncontiguous: bool = False,
                exclude_zero: bool = False, memory_format: _Any = None) -> _Tensor:
    """A random tensor drawn uniformly from ``[low, high)``, by the same generator calls as PyTorch's
    (``randint`` for bool and integers, ``uniform_`` for floating and complex dtypes), so a seeded
    grader makes the same inputs."""
    if len(shape) == 1 and isinstance(shape[0], _Sequence):
        shape = tuple(shape[0])
    if noncontiguous and memory_format is not None:
        raise ValueError("The parameters `noncontiguous` and `memory_format` are mutually exclusive, "
                         f"but got noncontiguous={noncontiguous!r} and memory_format={memory_format!r}")
    exact = dtype is _dtypes.bool_ or not (dtype.is_floating_point or dtype.is_complex)
    if requires_grad and exact:
        raise ValueError("`requires_grad=True` is not supported for boolean and integral dtypes, "
                         f"but got dtype={dtype!r}")
    count = 1
    for size in shape:
        count *= size
    noncontiguous = noncontiguous and count > 1
    if noncontiguous:  # twice as wide, then every other column, starting at 1
        shape = (*shape[:-1], 2 * shape[-1])
    if dtype is _dtypes.bool_:
        low, high = _sampling_range(dtype, low, high, 0, 2, 0, 2)
        result = _randint(int(low), int(high), shape, device=device, dtype=dtype)
    elif exact:
        info = _dtypes.iinfo(dtype)
        # randint cannot draw int64's largest value: its exclusive bound would overflow.
        top = info.max + (1 if dtype is not _dtypes.int64 else 0)
        low, high = _sampling_range(dtype, low, high, info.min, top, -9, 10)
        result = _randint(int(low), int(high), shape, device=device, dtype=dtype)
    else:
        finfo = _dtypes.finfo(dtype)
        low, high = _sampling_range(dtype, low, high, finfo.min, finfo.max, -9, 9)
        result = _empty(shape, device=device, dtype=dtype)
        target = _view_as_real(result) if dtype.is_complex else result
        if high - low >= finfo.max:  # uniform_ needs high - low to be finite: halve, then double
            target.uniform_(low / 2, high / 2).mul_(2)
        else:
            target.uniform_(low, high)
    if noncontiguous:
        result = result[..., 1::2]
    elif memory_format is not None:
        result = result.clone(memory_format=memory_format)
    if exclude_zero:
        result[result == 0] = 1 if exact else _dtypes.finfo(dtype).tiny
    if not exact:
        result.requires_grad = requires_grad
    return result


def _sampling_range(dtype: _dtypes.dtype, low: float | None, high: float | None, lowest: float,
                    highest: float, default_low: float, default_high: float) -> tuple[float, float]:
    low = default_low if low is None else low
    high = default_high if high is None else high
    exact = dtype is _dtypes.bool_ or not (dtype.is_floating_point or dtype.is_complex)
    if any(isinstance(v, float) and v != v for v in (low, high)):
        raise ValueError(f"`low` and `high` cannot be NaN, but got low={low!r} and high={high!r}")
    if low == high and not exact:
        _warn_at_caller("Passing `low==high` to `torch.testing.make_tensor` for floating or complex types is "
                        "deprecated since 2.1 and will be removed in 2.3. Use `torch.full(...)` instead.",
                        FutureWarning)
    elif low >= high:
        raise ValueError(f"`low` must be less than `high`, but got {low} >= {high}")
    elif high < lowest or low >= highest:
        raise ValueError(f"The value interval specified by `low` and `high` is [{low}, {high}), "
                         f"but {dtype} only supports [{lowest}, {highest})")
    low, high = min(max(low, lowest), highest), min(max(high, lowest), highest)
    if exact:  # both ceiled: the values stay at or above low, and randint's high is exclusive
        return _math.ceil(low), _math.ceil(high)
    return low, high


def __getattr__(name: str) -> object:
    raise _missing.no_attribute("torch.testing", name)
