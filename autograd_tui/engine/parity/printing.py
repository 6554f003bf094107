"""How a tensor prints: the same text as ``repr(t)`` in PyTorch 2.13, character for character.

The recipe, in short:

1. Decide which elements will be shown. Above ``threshold`` elements the tensor is
   *summarised*: along every dimension only the first and last ``edgeitems`` entries are kept
   and the rest becomes ``...``.
2. Look at the shown elements once to choose one style for all of them (``_ElementStyle``):
   integers print as they are; floats print either as whole numbers with a trailing dot
   (``12.``), with ``precision`` decimals (``0.3333``) or in scientific notation
   (``1.0000e+10``). Every element is right-aligned to the widest one.
3. Lay the elements out as nested brackets, wrapping rows at ``linewidth`` characters.
4. Append the suffixes (``dtype=...``, ``grad_fn=<...>``, ...), each on a new line if it
   would not fit on the last one.

Only numpy is imported here, so the engine stays importable on its own.
"""
from __future__ import annotations

import contextlib
import dataclasses
import math
from typing import Any, Iterator, Sequence

import numpy as np

from autograd_tui.engine import dtypes

__all__ = [
    "format_tensor",
    "format_parameter",
    "set_printoptions",
    "get_printoptions",
    "printoptions",
]


# --------------------------------------------------------------------------------------------
# Print options
# --------------------------------------------------------------------------------------------

@dataclasses.dataclass
class _PrintOptions:
    precision: int = 4
    threshold: float = 1000  # an int by default; "full" sets it to math.inf
    edgeitems: int = 3
    linewidth: int = 80
    sci_mode: bool | None = None  # None: let the values decide (see _ElementStyle)


_OPTS = _PrintOptions()
# torch._tensor_str.PRINT_OPTS, shown as PyTorch's: __PrinterOptions(precision=4, ...)
PRINT_OPTS = _OPTS
_PrintOptions.__name__ = _PrintOptions.__qualname__ = "__PrinterOptions"
_PrintOptions.__module__ = "torch._tensor_str"

# What each ``profile=`` name resets; the other arguments are applied on top of it.
_PROFILES: dict[str, dict[str, Any]] = {
    "default": dict(precision=4, threshold=1000, edgeitems=3, linewidth=80),
    "short": dict(precision=2, threshold=1000, edgeitems=2, linewidth=80),
    "full": dict(precision=4, threshold=math.inf, edgeitems=3, linewidth=80),
}


def set_printoptions(
    precision: int | None = None,
    threshold: float | None = None,
    edgeitems: int | None = None,
    linewidth: int | None = None,
    profile: str | None = None,
    sci_mode: bool | None = None,
) -> None:
    """``torch.set_printoptions``: change how tensors print from now on.

    As in PyTorch, an unknown profile name is ignored, and ``sci_mode`` is always
    overwritten: leaving it out puts it back to automatic.
    """
    if profile is not None and profile in _PROFILES:
        for name, value in _PROFILES[profile].items():
            setattr(_OPTS, name, value)
    if precision is not None:
        _OPTS.precision = precision
    if threshold is not None:
        _OPTS.threshold = threshold
    if edgeitems is not None:
        _OPTS.edgeitems = edgeitems
    if linewidth is not None:
        _OPTS.linewidth = linewidth
    _OPTS.sci_mode = sci_mode


def get_printoptions() -> dict[str, Any]:
    """The current options, as keyword arguments that ``set_printoptions`` accepts."""
    return dataclasses.asdict(_OPTS)


@contextlib.contextmanager
def printoptions(**kwargs: Any) -> Iterator[None]:
    """Change the print options inside a ``with`` block only."""
    saved = get_printoptions()
    set_printoptions(**kwargs)
    try:
        yield
    finally:
        set_printoptions(**saved)


# --------------------------------------------------------------------------------------------
# Choosing one style for all elements
# --------------------------------------------------------------------------------------------

class _ElementStyle:
    """Formats single elements so that they all look alike and line up.

    It is built from the elements that will be shown (not the hidden middle of a summarised
    tensor), so a huge hidden value cannot switch the visible ones to scientific notation.
    """

    def __init__(self, shown: np.ndarray, is_float: bool, powers_of_two: bool = False) -> None:
        self.is_float = is_float
        self.int_mode = True   # floats that are all whole numbers print as "12."
        self.sci_mode = False  # floats print as "1.2000e+10"
        self.width = 1

        if not is_float:
            # bool and integer tensors: the plain Python text of each value.
            for value in set(shown.ravel().tolist()):
                self.width = max(self.width, len(str(value)))
            return

        flat = shown.ravel()
        # Zeros, infinities and NaNs say nothing about magnitudes, so only the other values
        # take part in the decision.
        # float8_e8m0fnu (``powers_of_two``): PyTorch's isfinite is true for its NaN and its zero is 2**-127
        # (0 cast to the type), so a NaN takes part: every comparison false, fixed decimals.
        useful = flat[flat != 2.0 ** -127] if powers_of_two else flat[np.isfinite(flat) & (flat != 0)]
        if useful.size == 0:
            return  # all zero/inf/nan: whole-number style, as PyTorch does

        # Magnitudes are compared in float64 (float16 would overflow past 65504).
        magnitudes = np.abs(useful).astype(np.float64)
        smallest = float(magnitudes.min())
        largest = float(magnitudes.max())

        # A fraction anywhere turns whole-number style off. The check runs in the tensor's
        # own precision, so a float32 value like 0.1 (really 0.100000001...) counts as a fraction.
        self.int_mode = bool(np.all(useful == np.ceil(useful)))

        if _OPTS.sci_mode is None:
            # Scientific notation once magnitudes span more than three orders, or the
            # numbers get too big or too small for fixed decimals.
            self.sci_mode = largest / smallest > 1000.0 or largest > 1.0e8 or smallest < 1.0e-4
        else:
            self.sci_mode = bool(_OPTS.sci_mode)

        # Python floats hold float16/float32 values exactly, so formatting them gives the
        # digits of the tensor's own numbers. Distinct values are enough to find the width.
        values = set(useful.tolist())
        if self.sci_mode:
            texts = (f"{v:.{_OPTS.precision}e}" for v in values)
        elif self.int_mode:
            texts = (f"{v:.0f}." for v in values)  # the "." is part of the width
        else:
            texts = (f"{v:.{_OPTS.precision}f}" for v in values)
        self.width = max(self.width, max(len(t) for t in texts))

    def format(self, value: Any) -> str:
        """One element, right-aligned to the common width."""
        if not self.is_float:
            text = str(value)
        elif self.sci_mode:
            text = f"{value:.{_OPTS.precision}e}"
        elif self.int_mode:
            text = f"{value:.0f}"
            if math.isfinite(value):
                text += "."  # "12." shows the tensor is floating point; "inf"/"nan" stay bare
        else:
            text = f"{value:.{_OPTS.precision}f}"
        # Texts wider than the width (inf, nan, -0.) are not cut, just not padded.
        return text.rjust(self.width)


class _ComplexStyle(_ElementStyle):
    """``1.5000-2.0000j``: the real part in its style, then the imaginary part in its own,
    stripped of padding and signed."""

    def __init__(self, real: _ElementStyle, imag: _ElementStyle) -> None:  # no super().__init__: nothing to share
        self.real, self.imag = real, imag
        self.width = real.width + imag.width + 1  # the "j"

    def format(self, value: Any) -> str:
        text = self.imag.format(value.imag).lstrip() + "j"
        return self.real.format(value.real) + (text if text[0] in "+-" else "+" + text)


def _shown_values(array: np.ndarray) -> np.ndarray:
    """The elements a summarised tensor will show, flattened (they pick the style).

    Mirrors what PyTorch looks at, quirks included: with ``edgeitems=0`` a 1-D tensor is
    looked at whole, while a tensor of two or more dimensions shows no element at all.
    """
    edge = _OPTS.edgeitems
    if array.ndim == 0:
        return array.reshape(-1)
    if array.ndim == 1:
        if array.shape[0] > 2 * edge:
            return np.concatenate((array[:edge], array[-edge:]))
        return array
    if not edge:
        return array[:0].reshape(-1)
    rows: Sequence[int] = range(array.shape[0])
    if array.shape[0] > 2 * edge:
        rows = [*range(edge), *range(array.shape[0] - edge, array.shape[0])]
    parts = [_shown_values(array[i]) for i in rows]
    return np.concatenate(parts) if parts else array[:0].reshape(-1)


# --------------------------------------------------------------------------------------------
# Layout
# --------------------------------------------------------------------------------------------

def _format_row(row: np.ndarray, indent: int, summarize: bool, style: _ElementStyle) -> str:
    """A 1-D tensor: ``[a, b, c]``, wrapped so that no line passes ``linewidth``."""
    edge = _OPTS.edgeitems
    if summarize and not edge:
        items = ["..."]
    elif summarize and row.shape[0] > 2 * edge:
        items = [style.format(v) for v in row[:edge].tolist()]
        items.append(" ...")  # takes a slot like an element, and may start a line
        items += [style.format(v) for v in row[-edge:].tolist()]
    else:
        items = [style.format(v) for v in row.tolist()]

    # Every element takes its width plus ", ". The continuation lines start one column right
    # of the opening bracket, so the indent counts against the width too.
    per_line = max(1, (_OPTS.linewidth - indent) // (style.width + 2))
    lines = [", ".join(items[i:i + per_line]) for i in range(0, len(items), per_line)]
    return "[" + (",\n" + " " * (indent + 1)).join(lines) + "]"


def _format_block(array: np.ndarray, indent: int, summarize: bool, style: _ElementStyle) -> str:
    """Any rank: sub-tensors one under the other, separated by ndim-1 line breaks."""
    if array.ndim == 0:
        return style.format(array.item())
    if array.ndim == 1:
        return _format_row(array, indent, summarize, style)

    edge = _OPTS.edgeitems
    count = array.shape[0]
    if summarize and count > 2 * edge:
        parts = [_format_block(array[i], indent + 1, summarize, style) for i in range(edge)]
        parts.append("...")
        parts += [
            _format_block(array[i], indent + 1, summarize, style)
            for i in range(count - edge, count)
        ]
    else:
        parts = [_format_block(array[i], indent + 1, summarize, style) for i in range(count)]
    # A blank line between matrices of a 3-D tensor, two between 4-D blocks, and so on.
    separator = "," + "\n" * (array.ndim - 1) + " " * (indent + 1)
    return "[" + separator.join(parts) + "]"


def _shape_text(shape: tuple[int, ...]) -> str:
    return str(tuple(int(n) for n in shape))  # "(2, 3)", "(5,)", "()"


# --------------------------------------------------------------------------------------------
# Public entry points
# --------------------------------------------------------------------------------------------

def format_tensor(
    array: np.ndarray,
    dtype: dtypes.dtype,
    *,
    grad_fn_name: str | None = None,
    requires_grad: bool = False,
    prefix: str = "tensor(",
    tangent: str | None = None,
) -> str:
    """``repr(tensor)`` for a tensor holding ``array`` with element type ``dtype``.

    ``grad_fn_name`` is the name of the node that made the tensor (``"MulBackward0"``); when
    it is given, ``requires_grad=True`` is not printed, as in PyTorch. ``prefix`` is the text
    before the contents; it may span lines, and the contents are indented under its last line.
    """
    array = np.asarray(array)
    if array.dtype != dtype.np:
        array = array.astype(dtype.np)  # format in the tensor's own precision
    indent = len(prefix.rsplit("\n", 1)[-1])
    default_float = dtypes.get_default_dtype()
    suffixes: list[str] = []

    if array.size == 0:
        body = "[]"
        if array.ndim != 1:
            suffixes.append("size=" + _shape_text(array.shape))  # (0,) alone is implied by []
        # Nothing to read the type from, so every type but the default float is named.
        if dtype is not default_float:
            suffixes.append(f"dtype={dtype!r}")
    else:
        if not _OPTS.edgeitems:
            suffixes.append("size=" + _shape_text(array.shape))
        # Default float, int64 and bool show in the values themselves ("1.", "1", "True").
        if dtype not in (default_float, dtypes.default_complex(), dtypes.int64, dtypes.bool_):
            suffixes.append(f"dtype={dtype!r}")
        summarize = array.size > _OPTS.threshold
        shown = _shown_values(array) if summarize else array
        if dtype.is_complex:  # real and imaginary parts each get a style of their own
            style: _ElementStyle = _ComplexStyle(_ElementStyle(shown.real, True), _ElementStyle(shown.imag, True))
        else:
            style = _ElementStyle(shown, dtype.is_floating_point, dtype is dtypes.float8_e8m0fnu)
        body = _format_block(array, indent, summarize, style)

    if grad_fn_name is not None:
        suffixes.append(f"grad_fn=<{grad_fn_name}>")
    elif requires_grad:
        suffixes.append("requires_grad=True")
    if tangent is not None:  # a dual tensor of forward-mode AD
        suffixes.append(f"tangent={tangent}")

    return append_suffixes(prefix + body, suffixes, indent)


def format_body(array: np.ndarray, dtype: dtypes.dtype, indent: int) -> str:
    """The bracketed values alone, as PyTorch's ``_tensor_str`` writes a sparse tensor's indices and
    values (no suffixes; ``[]`` when empty): indented under ``indent`` columns."""
    array = np.asarray(array)
    if array.size == 0:
        return "[]"
    summarize = array.size > _OPTS.threshold
    shown = _shown_values(array) if summarize else array
    return _format_block(array, indent, summarize, _ElementStyle(shown, dtype.is_floating_point))


def append_suffixes(text: str, suffixes: list[str], indent: int, force_newline: bool = False) -> str:
    """Add ``, suffix`` parts and the closing ``)``; a suffix that would pass the line width goes on
    its own line, aligned with the contents; ``force_newline``: the first one does (a sparse tensor's
    ``size=`` under its values)."""
    # PyTorch counts the last line two characters longer than it is; kept for identical output.
    last_line = len(text) - text.rfind("\n") + 1
    pieces = [text]
    for suffix in suffixes:
        if force_newline or last_line + len(suffix) + 2 > _OPTS.linewidth:
            pieces.append(",\n" + " " * indent + suffix)
            last_line = indent + len(suffix)
            force_newline = False
        else:
            pieces.append(", " + suffix)
            last_line += len(suffix) + 2
    return "".join(pieces) + ")"


def format_meta(shape: tuple, dtype: dtypes.dtype, grad_fn_name: str | None, requires_grad: bool,
                prefix: str = "tensor(") -> str:
    """``repr`` of a meta tensor: no values, only ``...``, the device, the size and a dtype other
    than the default one (int64 and bool included, unlike a CPU tensor's)."""
    suffixes = ["device='meta'", "size=" + _shape_text(shape)]
    if dtype is not dtypes.get_default_dtype():
        suffixes.append(f"dtype={dtype!r}")
    if grad_fn_name is not None:
        suffixes.append(f"grad_fn=<{grad_fn_name}>")
    elif requires_grad:
        suffixes.append("requires_grad=True")
    return prefix + "..., " + ", ".join(suffixes) + ")"


def format_parameter(array: np.ndarray, dtype: dtypes.dtype, *, requires_grad: bool = True) -> str:
    """``repr(nn.Parameter(...))``: a header line above the usual tensor text."""
    return format_tensor(
        array, dtype, requires_grad=requires_grad, prefix="Parameter containing:\ntensor("
    )
