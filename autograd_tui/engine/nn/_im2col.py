"""``F.unfold`` (im2col) and ``F.fold`` (col2im): sliding blocks of an image as columns and back.

unfold copies, for every kernel offset (i, j) of every channel c, the pixels that offset sees at
each block position into row ``c * kh * kw + i * kw + j``; fold adds such rows back into an image,
one kernel offset after the other (so overlapping blocks sum in ATen's order, which decides the
last bits in float32). Each is the other's gradient: ``Im2ColBackward0`` / ``Col2ImBackward0``.
"""
from __future__ import annotations

from typing import Any

import numpy as np

from autograd_tui.engine._tensor import Tensor, _scalar_name, make
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.record import Rule, record

__all__ = ["unfold", "fold", "RULES"]


def _pair(value: Any, name: str) -> tuple[int, int]:
    if isinstance(value, (tuple, list)):
        if len(value) != 2:
            raise RuntimeError(f"It is expected {name} equals to 2, but got size {len(value)}")
        return int(value[0]), int(value[1])
    return int(value), int(value)


def _check_params(kernel: tuple, dilation: tuple, padding: tuple, stride: tuple) -> None:
    for (h, w), what, short, ok in ((kernel, "kernel size", "kernel", min(kernel) > 0),
                                    (dilation, "dilation", "dilation", min(dilation) > 0),
                                    (stride, "stride", "stride", min(stride) > 0)):
        if not ok:
            raise RuntimeError(f"{what} should be greater than zero, but got {short}_height: {h} {short}_width: {w}")
    if min(padding) < 0:
        raise RuntimeError(f"padding should be non-negative, but got pad_height: {padding[0]} pad_width: {padding[1]}")


def _blocks(size: tuple, kernel: tuple, dilation: tuple, padding: tuple, stride: tuple) -> tuple[int, int]:
    """How many block positions fit along height and width."""
    h, w = ((size[d] + 2 * padding[d] - dilation[d] * (kernel[d] - 1) - 1) // stride[d] + 1 for d in (0, 1))
    return h, w


def _check_floating(input: Tensor, kernel_name: str) -> None:
    if not input.dtype.is_floating_point:
        raise NotImplementedError(f'"{kernel_name}" not implemented for \'{_scalar_name(input.dtype)}\'')


def _im2col(x: np.ndarray, kernel, dilation, padding, stride) -> np.ndarray:
    n, c, h, w = x.shape
    oh, ow = _blocks((h, w), kernel, dilation, padding, stride)
    xp = np.zeros((n, c, h + 2 * padding[0], w + 2 * padding[1]), x.dtype)
    xp[:, :, padding[0]:padding[0] + h, padding[1]:padding[1] + w] = x
    cols = np.empty((n, c, kernel[0], kernel[1], oh, ow), x.dtype)
    for i in range(kernel[0]):
        for j in range(kernel[1]):
            top, left = i * dilation[0], j * dilation[1]
            cols[:, :, i, j] = xp[:, :, top:top + stride[0] * (oh - 1) + 1:stride[0],
                                  left:left + stride[1] * (ow - 1) + 1:stride[1]]
    return cols.reshape(n, c * kernel[0] * kernel[1], oh * ow)


def _col2im(cols: np.ndarray, size: tuple, kernel, dilation, padding, stride) -> np.ndarray:
    n = cols.shape[0]
    c = cols.shape[1] // (kernel[0] * kernel[1])
    oh, ow = _blocks(size, kernel, dilation, padding, stride)
    blocks = cols.reshape(n, c, kernel[0], kernel[1], oh, ow)
    out = np.zeros((n, c, size[0] + 2 * padding[0], size[1] + 2 * padding[1]), cols.dtype)
    for i in range(kernel[0]):  # one kernel offset at a time: ATen's order of the sums
        for j in range(kernel[1]):
            top, left = i * dilation[0], j * dilation[1]
            out[:, :, top:top + stride[0] * (oh - 1) + 1:stride[0],
                left:left + stride[1] * (ow - 1) + 1:stride[1]] += blocks[:, :, i, j]
    return out[:, :, padding[0]:padding[0] + size[0], padding[1]:padding[1] + size[1]]


def unfold(input: Tensor, kernel_size: Any, dilation: Any = 1, padding: Any = 0, stride: Any = 1) -> Tensor:
    kernel, dil = _pair(kernel_size, "kernel_size"), _pair(dilation, "dilation")
    pad, step = _pair(padding, "padding"), _pair(stride, "stride")
    _check_params(kernel, dil, pad, step)
    if input.ndim < 3:  # PyTorch reads input.size(ndim) before any check of the rank
        raise IndexError(f"Dimension out of range (expected to be in range of [{-max(input.ndim, 1)}, "
                         f"{max(input.ndim, 1) - 1}], but got {input.ndim})")
    shape = tuple(input.shape)
    if input.ndim > 4 or 0 in shape[-3:]:
        raise RuntimeError("Expected 3D or 4D (batch mode) tensor with possibly 0 batch size and other non-zero "
                           f"dimensions for input, but got: {list(shape)}")
    _check_floating(input, "im2col_out_cpu")
    size = shape[-2:]
    oh, ow = _blocks(size, kernel, dil, pad, step)
    if oh < 1 or ow < 1:
        raise RuntimeError(f"Given input with spatial size {size}, kernel_size={kernel}, dilation={dil}, "
                           f"padding={pad}, calculated shape of the array of sliding blocks as ({oh}, {ow}), "
                           "but its components must be at least one.")
    x = input._data if input.ndim == 4 else input._data[None]
    data = _im2col(x, kernel, dil, pad, step)
    out = make(data if input.ndim == 4 else data[0], input.dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        record(RULES["im2col"], (input,), out,
               {"size": size, "kernel": kernel, "dilation": dil, "padding": pad, "stride": step})
    return out


def fold(input: Tensor, output_size: Any, kernel_size: Any, dilation: Any = 1, padding: Any = 0,
         stride: Any = 1) -> Tensor:
    size = _pair(output_size, "output_size")
    kernel, dil = _pair(kernel_size, "kernel_size"), _pair(dilation, "dilation")
    pad, step = _pair(padding, "padding"), _pair(stride, "stride")
    _check_params(kernel, dil, pad, step)
    shape = tuple(input.shape)
    if input.ndim not in (2, 3) or 0 in shape[-2:]:
        raise RuntimeError("Expected 2D or 3D (batch mode) tensor for input with possibly 0 batch size and non-zero "
                           f"dimensions for input, but got: {list(shape)}")
    rows, length = shape[-2:]
    if rows % (kernel[0] * kernel[1]):
        raise RuntimeError("Expected size of input's dimension 1 to be divisible by the product of kernel_size, but "
                           f"got input.size(1)={rows} and kernel_size={kernel}.")
    oh, ow = _blocks(size, kernel, dil, pad, step)
    if oh * ow != length:
        raise RuntimeError(f"Given output_size={size}, kernel_size={kernel}, dilation={dil}, padding={pad}, "
                           f"stride={step}, expected size of input's dimension 2 to match the calculated number of "
                           f"sliding blocks {oh} * {ow} = {oh * ow}, but got input.size(2)={length}.")
    _check_floating(input, "col2im_out_cpu")
    cols = input._data if input.ndim == 3 else input._data[None]
    data = _col2im(cols, size, kernel, dil, pad, step)
    out = make(np.ascontiguousarray(data if input.ndim == 3 else data[0]), input.dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        record(RULES["col2im"], (input,), out,
               {"size": size, "kernel": kernel, "dilation": dil, "padding": pad, "stride": step})
    return out


RULES = {
    "im2col": Rule("im2col", "Im2ColBackward0", None,
                   (lambda grad, size, kernel, dilation, padding, stride:
                    fold(grad, size, kernel, dilation, padding, stride),), (0,), ("self",)),
    "col2im": Rule("col2im", "Col2ImBackward0", None,
                   (lambda grad, kernel, dilation, padding, stride:
                    unfold(grad, kernel, dilation, padding, stride),), (0,), ("self",)),
}
