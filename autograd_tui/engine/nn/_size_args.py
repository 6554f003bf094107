"""PyTorch's argument-parser errors for a float among the sizes of convolution and pooling.

``F.conv2d(x, w, stride=1.5)`` reaches PyTorch's C++ parser, which refuses the float in its own
words, naming the argument (and its position when it was given by position), or listing the
overloads when there are several (``conv2d``). ``F.max_pool2d`` and ``F.max_pool1d`` are Python
in PyTorch and pass every argument by position to the builtin they call; the others are the
builtins themselves, so they parse the call as written. Only a call holding a float is parsed:
the rest run as before.
"""
from __future__ import annotations

import functools
import inspect
from typing import Any, Callable

from autograd_tui.engine.functions.parser import parser_error

_BIAS = "Tensor? bias = None"


def _conv(n: int) -> tuple[str, ...]:
    sizes = f"tuple of ints[{n}]"
    return (f"(Tensor input, Tensor weight, {_BIAS}, {sizes} stride = 1, {sizes} padding = 0, "
            f"{sizes} dilation = 1, int groups = 1)",
            f"(Tensor input, Tensor weight, {_BIAS}, {sizes} stride = 1, str padding = \"valid\", "
            f"{sizes} dilation = 1, int groups = 1)")


def _conv_transpose(n: int) -> tuple[str, ...]:
    sizes = f"tuple of ints[{n}]"
    return (f"(Tensor input, Tensor weight, {_BIAS}, {sizes} stride = 1, {sizes} padding = 0, "
            f"{sizes} output_padding = 0, int groups = 1, {sizes} dilation = 1)",)


def _max_pool(n: int) -> tuple[str, ...]:
    sizes = f"tuple of ints[{n}]"
    return (f"(Tensor input, {sizes} kernel_size, {sizes} stride = [], {sizes} padding = 0, "
            f"{sizes} dilation = 1, bool ceil_mode = False)",)


# The builtins' signatures, as PyTorch 2.13 prints them (functions/parser.py explains the marks).
SIGNATURES: dict[str, tuple[str, ...]] = {
    "conv1d": _conv(1), "conv2d": _conv(2), "conv3d": _conv(3),
    "conv_transpose1d": _conv_transpose(1), "conv_transpose2d": _conv_transpose(2),
    "conv_transpose3d": _conv_transpose(3),
    "max_pool1d": _max_pool(1), "max_pool2d": _max_pool(2),
    "max_pool1d_with_indices": _max_pool(1), "max_pool2d_with_indices": _max_pool(2),
    "avg_pool1d": ("(Tensor input, tuple of ints[1] kernel_size, tuple of ints[1] stride = [], "
                   "tuple of ints[1] padding = 0, bool ceil_mode = False, bool count_include_pad = True)",),
    "avg_pool2d": ("(Tensor input, tuple of ints[2] kernel_size, tuple of ints[2] stride = None, "
                   "tuple of ints[2] padding = 0, bool ceil_mode = False, bool count_include_pad = True, "
                   "int? divisor_override = None)",),
    "avg_pool3d": ("(Tensor input, tuple of ints[3] kernel_size, tuple of ints[3] stride = None, "
                   "tuple of ints[3] padding = 0, bool ceil_mode = False, bool count_include_pad = True, "
                   "int? divisor_override = None)",),
    "adaptive_avg_pool1d": ("(Tensor input, tuple of ints[1] output_size)",),
    "adaptive_max_pool1d": ("(Tensor input, tuple of ints[1] output_size)",),
}


def _holds_float(args: tuple, kwargs: dict) -> bool:
    return any(isinstance(value, float) or isinstance(value, (tuple, list)) and any(isinstance(v, float) for v in value)
               for value in (*args, *kwargs.values()))


def refusing_float_sizes(fn: Callable[..., Any], name: str) -> Callable[..., Any]:
    """``fn`` (a builtin's stand-in) raising PyTorch's parser error for a float among its sizes."""
    @functools.wraps(fn)
    def checked(*args: Any, **kwargs: Any) -> Any:
        if _holds_float(args, kwargs):
            error = parser_error(name, SIGNATURES[name], args, kwargs)
            if error is not None:
                raise error
        return fn(*args, **kwargs)
    return checked


def refusing_float_pool_sizes(fn: Callable[..., Any], name: str) -> Callable[..., Any]:
    """``fn``, PyTorch's Python ``max_pool{1,2}d``, raising the error of the builtin it calls with
    all its arguments by position (``max_pool2d``, or ``max_pool2d_with_indices`` for
    ``return_indices=True``; a stride of None passed as ``[]``)."""
    signature = inspect.signature(fn)

    @functools.wraps(fn)
    def checked(*args: Any, **kwargs: Any) -> Any:
        if _holds_float(args, kwargs):
            try:
                bound = signature.bind(*args, **kwargs)
            except TypeError:
                return fn(*args, **kwargs)  # Python's own error for the call
            bound.apply_defaults()
            values = dict(bound.arguments)
            indices = values.pop("return_indices", False)
            if values["stride"] is None:
                values["stride"] = []
            builtin = f"{name}_with_indices" if indices else name
            error = parser_error(builtin, SIGNATURES[builtin], tuple(values.values()), {})
            if error is not None:
                raise error
        return fn(*args, **kwargs)
    return checked
