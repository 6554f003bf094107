"""``F.fractional_max_pool2d`` (and ``nn.FractionalMaxPool2d``): max pooling over windows whose
starts advance by a fractional stride (Graham, 2014), drawn from ``_random_samples``.

Without ``_random_samples`` the function draws them as PyTorch does, ``torch.rand(N, C, 2)`` of the
input's dtype from the global generator, so seeded runs pick the same windows. Each plane's two
samples (width first) place its windows: start ``i`` is ``int((i + u) * alpha) - int(u * alpha)``
with ``alpha = (in - k) / (out - 1)`` in the input's precision, the last start ``in - k``. A window's
maximum is its first largest value in raster order, or its last NaN, as ATen's loop keeps them.
The gradient adds each output gradient at its index, as PyTorch's ``FractionalMaxPool2DBackward0``.
"""
from __future__ import annotations

from typing import Any, Optional

import numpy as np

from autograd_tui.engine import dtypes, functions as _F, missing
from autograd_tui.engine._tensor import Tensor, _scalar_name, make
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.record import RULES, record

__all__ = ["fractional_max_pool2d_with_indices", "fractional_max_pool2d"]


def _pair(value: Any) -> tuple:
    """torch.nn.modules.utils._pair: a sequence as it is, anything else twice."""
    return tuple(value) if isinstance(value, (tuple, list)) else (value, value)


def _starts(sample: np.floating, in_size: int, out_size: int, pool: int, t) -> np.ndarray:
    starts = np.zeros(out_size, dtype=np.int64)
    if out_size > 1:
        alpha = t(t(in_size - pool) / t(out_size - 1))
        for i in range(out_size - 1):
            starts[i] = int(t(t(t(i) + sample) * alpha)) - int(t(sample * alpha))
    if out_size > 0:
        starts[-1] = in_size - pool
    return starts


def _check_samples(input: Tensor, samples: Tensor) -> None:
    if input.dtype is not samples.dtype:
        raise RuntimeError("Expect _random_samples to have the same dtype as input")
    if samples.ndim != 3:
        raise RuntimeError(f"Expect _random_samples to have 3 dimensions, got {samples.ndim}")
    batch, channels = (1, input.shape[0]) if input.ndim == 3 else tuple(input.shape[:2])
    if samples.shape[0] < batch:
        raise RuntimeError("Expect _random_samples.size(0) no less then input batch size.")
    if samples.shape[1] != channels:
        raise RuntimeError("Expect _random_samples.size(1) equals to input channel size.")
    if samples.shape[2] != 2:
        raise RuntimeError(f"Expect _random_samples.size(2) equals to 2; got {samples.shape[2]}.")


def _pool(input: Tensor, kernel_size: Any, output_size: Any, samples: Tensor) -> tuple[Tensor, Tensor]:
    """ATen's ``fractional_max_pool2d`` with its checks in its order."""
    kernel, size = list(_pair(kernel_size)), list(_pair(output_size))
    if len(kernel) != 2:
        raise RuntimeError("fractional_max_pool2d: kernel_size must either be a single Int or tuple of Ints")
    if len(size) != 2:
        raise RuntimeError("fractional_max_pool2d: output_size must either be a single Int or tuple of Ints")
    if input.ndim not in (3, 4):
        raise RuntimeError(f"fractional_max_pool2d(): Expected 3D or 4D tensor, but got: {list(input.shape)}")
    for d in range(1, input.ndim):
        if input.shape[d] <= 0:
            raise RuntimeError("fractional_max_pool2d(): Expected input to have non-zero size for non-batch "
                               f"dimensions, but got{list(input.shape)} with dimension {d} being empty.")
    (kh, kw), (oh, ow) = (int(k) for k in kernel), (int(s) for s in size)
    h, w = input.shape[-2:]
    if oh + kh - 1 > h:
        raise RuntimeError(f"fractional_max_pool2d(): pool height {kh} too large relative to input height {h}")
    if ow + kw - 1 > w:
        raise RuntimeError(f"fractional_max_pool2d(): pool width {kw} too large relative to input width {w}")
    _check_samples(input, samples)
    if input.dtype in (dtypes.float16, dtypes.bfloat16):  # window starts in c10's Half arithmetic: not followed
        raise missing.not_in_engine(f"F.fractional_max_pool2d on {input.dtype} input")
    if input.dtype not in (dtypes.float32, dtypes.float64):
        raise NotImplementedError(f"\"fractional_max_pool2d_out_frame\" not implemented for "
                                  f"'{_scalar_name(input.dtype)}'")
    t = input.dtype.np.type
    planes = input._data.reshape(-1, h * w)
    draws = samples._data[:planes.shape[0] // input.shape[-3]].reshape(-1, 2)
    out = np.empty((planes.shape[0], oh * ow), dtype=input.dtype.np)
    where = np.empty((planes.shape[0], oh * ow), dtype=np.int64)
    dy, dx = np.divmod(np.arange(kh * kw), max(kw, 1))
    for p, plane in enumerate(planes):
        rows = _starts(draws[p, 1], h, oh, kh, t)
        cols = _starts(draws[p, 0], w, ow, kw, t)
        first = (rows[:, None] * w + cols[None, :]).reshape(-1)
        if kh * kw == 0:
            out[p], where[p] = -np.inf, first
            continue
        cell_rows, cell_cols = rows[:, None] + dy, cols[:, None] + dx  # (out, kh * kw) each
        cells = (cell_rows[:, None, :] * w + cell_cols[None, :, :]).reshape(oh * ow, kh * kw)
        values = plane[cells]
        nan = np.isnan(values)
        last_nan = kh * kw - 1 - np.argmax(nan[:, ::-1], axis=1)
        pick = np.where(nan.any(axis=1), last_nan, np.argmax(np.where(nan, -np.inf, values), axis=1))
        where[p] = np.take_along_axis(cells, pick[:, None], axis=1)[:, 0]
        out[p] = plane[where[p]]
    shape = tuple(input.shape[:-2]) + (oh, ow)
    result, index = make(out.reshape(shape), input.dtype), make(where.reshape(shape), dtypes.int64)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        record(RULES["fractional_max_pool2d"], (input,), result,
               {"in_shape": tuple(input.shape), "result1": index, "kernel_size": (kh, kw), "output_size": (oh, ow)})
    return result, index


def fractional_max_pool2d_with_indices(input: Tensor, kernel_size: Any, output_size: Optional[Any] = None,
                                       output_ratio: Optional[Any] = None, return_indices: bool = False,
                                       _random_samples: Optional[Tensor] = None) -> tuple[Tensor, Tensor]:
    if output_size is None and output_ratio is None:
        raise ValueError("fractional_max_pool2d requires specifying either an output_size or an output_ratio")
    if output_size is None:
        assert output_ratio is not None
        if len(output_ratio) > 2:
            raise ValueError("fractional_max_pool2d requires output_ratio to either be a single Int or tuple of "
                             "Ints.")
        ratio = _pair(output_ratio)
        output_size = [int(input.size(-2) * ratio[0]), int(input.size(-1) * ratio[1])]
    if _random_samples is None:
        n_batch = 1 if input.dim() == 3 else input.size(0)
        _random_samples = _F.rand(n_batch, input.size(-3), 2, dtype=input.dtype)
    return _pool(input, kernel_size, output_size, _random_samples)


def fractional_max_pool2d(input: Tensor, kernel_size: Any, output_size: Optional[Any] = None,
                          output_ratio: Optional[Any] = None, return_indices: bool = False,
                          _random_samples: Optional[Tensor] = None) -> Any:
    result = fractional_max_pool2d_with_indices(input, kernel_size, output_size, output_ratio, return_indices,
                                                _random_samples)
    return result if return_indices else result[0]
