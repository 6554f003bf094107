"""Memory formats: ``torch.contiguous_format``, ``torch.channels_last`` (NHWC in memory),
``torch.channels_last_3d`` (NDHWC) and ``torch.preserve_format``.

A tensor's layout is its numpy array's: a channels-last tensor is an (N, H, W, C) row-major block
seen through a transpose, so its ``stride()`` is PyTorch's, and element-wise ops on it, which
numpy lays out as their input, stay channels-last as PyTorch's do. Values never depend on the
format; only ``stride()``, ``is_contiguous`` and ``view`` see it.
"""
from __future__ import annotations

from typing import Any, Optional

import numpy as np

from autograd_tui.engine._c_types import Uncreatable, c_named, sealed

__all__ = ["memory_format", "contiguous_format", "channels_last", "channels_last_3d", "preserve_format",
           "check", "element_strides", "empty", "is_empty_channels_last", "is_contiguous_as", "laid_out",
           "strides_for", "suggest", "suggests_channels_last", "with_canonical_strides"]


class memory_format(metaclass=Uncreatable):
    """One of PyTorch's memory formats (compared by identity, shown as ``torch.<name>``)."""

    def __init__(self, name: str, kernel_name: str, rank: Optional[int]):
        self._name, self._kernel_name, self._rank = name, kernel_name, rank

    def __repr__(self) -> str:
        return f"torch.{self._name}"

    def __reduce__(self) -> str:
        return self._name  # pickled as the module-level constant of that name


c_named(memory_format, "torch.memory_format")  # type(torch.channels_last) prints <class 'torch.memory_format'>

contiguous_format = memory_format("contiguous_format", "Contiguous", None)
channels_last = memory_format("channels_last", "ChannelsLast", 4)
channels_last_3d = memory_format("channels_last_3d", "ChannelsLast3d", 5)
preserve_format = memory_format("preserve_format", "Preserve", None)
sealed(memory_format)


def check(value: Any, function: str, argument: str = "memory_format") -> Optional[memory_format]:
    """``value`` if it is a memory format (or None), else PyTorch's TypeError."""
    if value is None or isinstance(value, memory_format):
        return value
    raise TypeError(f"{function}(): argument '{argument}' must be torch.memory_format, not {type(value).__name__}")


def _require_rank(fmt: memory_format, ndim: int) -> None:
    if fmt._rank is not None and ndim != fmt._rank:
        raise RuntimeError(f"required rank {fmt._rank} tensor to use {fmt._name} format")


def _channels_last_order(ndim: int) -> tuple[int, ...]:
    """Dims from the slowest to the fastest in memory: N, then the spatial dims, then C."""
    return (0, *range(2, ndim), 1)


def _channels_last_axes(ndim: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The transpose from (N, C, spatial...) to memory order (N, spatial..., C), and back."""
    order = _channels_last_order(ndim)
    return order, tuple(int(i) for i in np.argsort(order))


def _expected_strides(shape: tuple, fmt: memory_format) -> tuple[int, ...]:
    if fmt is contiguous_format:
        order = tuple(range(len(shape)))
    else:
        order = _channels_last_order(len(shape))
    strides = [0] * len(shape)
    step = 1
    for d in reversed(order):
        strides[d] = step
        # PyTorch's channels-last strides multiply the sizes as they are (an empty dim makes the
        # slower strides 0); its row-major ones count an empty dim as 1
        step *= shape[d] if fmt is not contiguous_format else max(shape[d], 1)
    return tuple(strides)


def strides_for(shape: tuple, fmt: memory_format) -> Optional[tuple[int, ...]]:
    """The strides of a new tensor of ``shape`` in ``fmt``; None for plain row-major."""
    if fmt is preserve_format:
        raise RuntimeError("unsupported memory format Preserve")
    _require_rank(fmt, len(shape))
    return None if fmt is contiguous_format else _expected_strides(shape, fmt)


def is_contiguous_as(shape: tuple, strides: tuple, fmt: memory_format) -> bool:
    """Whether ``strides`` lay ``shape`` out in ``fmt`` (dims of size 1 may have any stride)."""
    if fmt is preserve_format:
        raise RuntimeError("Unsupported memory format. Preserve")
    if fmt._rank is not None and len(shape) != fmt._rank:
        return False
    if 0 in shape and fmt is contiguous_format:
        return True  # an empty tensor is row-major contiguous; channels-last only by its strides
    expected = _expected_strides(shape, fmt)
    return all(size == 1 or stride == want for size, stride, want in zip(shape, strides, expected))


def element_strides(data: np.ndarray) -> tuple:
    """The strides (in elements) PyTorch reports for a tensor whose elements ``data`` holds."""
    strides = tuple(s // data.itemsize for s in data.strides)
    if is_empty_channels_last(data):
        return strides  # laid out by ``_empty_as``; numpy gives other empty arrays strides of 0
    if data.size <= 1 or data.flags.c_contiguous:
        # a size-1 dim keeps the stride its view gave it (zeros(1, 4).t(): (1, 4)), as numpy's
        # transposes and slices give it too; a broadcast one (stride 0) reads as contiguous
        contiguous = _expected_strides(data.shape, contiguous_format)
        if data.size <= 1:
            return contiguous
        return tuple(r if n == 1 and r > 0 else c for r, c, n in zip(strides, contiguous, data.shape))
    return strides


def with_canonical_strides(data: np.ndarray) -> np.ndarray:
    """``data`` seen with row-major strides on its size-1 dims too, where numpy's own transposes
    left others (a fresh result that PyTorch reports as plainly contiguous); no copy."""
    if not data.flags.c_contiguous or 1 not in data.shape or data.size <= 1:
        return data
    canonical = tuple(s * data.itemsize for s in _expected_strides(data.shape, contiguous_format))
    if data.strides == canonical:
        return data
    return np.lib.stride_tricks.as_strided(data, data.shape, canonical)


def suggests_channels_last(data: np.ndarray) -> bool:
    """PyTorch's ``suggest_memory_format() == channels_last`` for a 4-D array: its strides ordered
    as NHWC's, ambiguous cases (a size-1 channel dim sharing its stride) read as row-major. What
    makes ``to(memory_format=)`` copy, and convolutions give channels-last results."""
    if data.ndim != 4:
        return False
    shape, strides = data.shape, element_strides(data)
    if strides[1] == 0:
        return False
    smallest = 0
    for d in (1, 3, 2, 0):
        if shape[d] == 0 or strides[d] < smallest or (d == 0 and smallest == strides[1]):
            return False
        smallest = strides[d] * (shape[d] if shape[d] > 1 else 1)
    return True


def suggest(data: np.ndarray) -> memory_format:
    """PyTorch's ``suggest_memory_format`` (channels-last for 4-D only here)."""
    return channels_last if suggests_channels_last(data) else contiguous_format


def laid_out(data: np.ndarray, fmt: memory_format) -> np.ndarray:
    """A copy of ``data`` laid out in ``fmt`` (contiguous or channels-last)."""
    if fmt is preserve_format:
        raise RuntimeError("unsupported memory format Preserve")
    _require_rank(fmt, data.ndim)
    if fmt is contiguous_format:
        return np.array(data, order="C", copy=True)
    if data.size == 0:
        return _empty_as(data.shape, data.dtype, fmt)
    order, inverse = _channels_last_axes(data.ndim)
    # a fresh copy: numpy would keep a size-1 dim's old stride in an already contiguous view
    return np.array(data.transpose(order), order="C", copy=True).transpose(inverse)


def empty(shape: tuple, dtype: np.dtype, fmt: memory_format) -> np.ndarray:
    """An uninitialised (zero-filled) array of ``shape`` laid out in ``fmt``."""
    if fmt is preserve_format:
        raise RuntimeError("unsupported memory format Preserve")
    _require_rank(fmt, len(shape))
    if fmt is contiguous_format:
        return np.zeros(shape, dtype)
    if 0 in shape:
        return _empty_as(tuple(shape), dtype, fmt)
    order, inverse = _channels_last_axes(len(shape))
    return np.zeros(tuple(shape[d] for d in order), dtype).transpose(inverse)


_LAST = {4: channels_last, 5: channels_last_3d}


def is_empty_channels_last(data: np.ndarray) -> bool:
    """Whether ``data`` is an empty array that ``_empty_as`` gave channels-last strides."""
    if data.size or data.ndim not in _LAST:
        return False
    strides = tuple(s // data.itemsize for s in data.strides)
    return strides == _expected_strides(data.shape, _LAST[data.ndim])


def _empty_as(shape: tuple, dtype: np.dtype, fmt: memory_format) -> np.ndarray:
    """An array with no elements that carries PyTorch's channels-last strides (numpy would set
    every stride of an empty array to 0, and ``element_strides`` then reads it as row-major)."""
    itemsize = np.dtype(dtype).itemsize
    strides = tuple(s * itemsize for s in _expected_strides(shape, fmt))
    return np.lib.stride_tricks.as_strided(np.zeros(0, dtype), shape, strides)
