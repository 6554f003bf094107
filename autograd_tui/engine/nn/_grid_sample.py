"""``F.affine_grid`` and ``F.grid_sample`` (2-D, bilinear and nearest), as the spatial
transformer tutorial uses them.

grid_sample follows ATen's vectorised CPU kernel step for step, so values and gradients are
PyTorch's bit for bit (checked on random inputs for every mode, padding and align_corners):
- a grid coordinate in [-1, 1] becomes a pixel position as ``(g + 1) * size/2 - 1/2`` with the
  last two steps fused (align_corners=False), or ``(g + 1) * (size - 1)/2``;
- bilinear output is ``nw*v_nw + ne*v_ne + sw*v_sw + se*v_se``, added in that order with each
  product fused into the sum;
- the input's gradient is scattered in the kernel's order: blocks of one vector's worth of
  output points (8 float32 or 4 float64 lanes: AVX2's, even where AVX-512 is there), and in a
  block all north-west shares first, then north-east, south-west and south-east;
- the grid's gradient adds the channels in order.
"""
from __future__ import annotations

import warnings
from typing import Optional, Sequence

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor, _scalar_name, _user_stacklevel, make
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.parity.float32_math import fma
from autograd_tui.engine.record import RULES, no_forward_ad, record

__all__ = ["affine_grid", "grid_sample", "grid_sample_input_grad", "grid_sample_grid_grad",
           "affine_grid_theta_grad"]

_MODES = {"bilinear": 0, "nearest": 1, "bicubic": 2}
_PADDINGS = ("zeros", "border", "reflection")
_ALIGN_CORNERS_WARNING = (
    "Default grid_sample and affine_grid behavior has changed to align_corners=False since 1.3.0. Please specify "
    "align_corners=True if the old behavior is desired. See the documentation of grid_sample for details.")
_UNIT_SIZE_WARNING = (
    "Since version 1.3.0, affine_grid behavior has changed for unit-size grids when align_corners=True. This is "
    "not an intended use case of affine_grid. See the documentation of affine_grid for details.")
# ATen builds this kernel for AVX2 at most (no AVX-512 version): 8 float32 or 4 float64 lanes
_VECTOR_BYTES = 32


def _warn(message: str) -> None:
    warnings.warn(message, UserWarning, stacklevel=_user_stacklevel())


# ---------------------------------------------------------------------------------------------
# affine_grid
# ---------------------------------------------------------------------------------------------

def _steps_from_minus_one(n: int, align_corners: bool, t) -> np.ndarray:
    """linspace(-1, 1, n), pulled in to pixel centres when corners are not aligned."""
    if n <= 1:
        return np.zeros(1, t)
    # ATen's linspace (each half stepped from its own end), then pulled in
    steps = _F.linspace(-1.0, 1.0, n, dtype=dtypes.from_numpy_dtype(np.dtype(t)))._data
    if not align_corners:
        steps = steps * t(n - 1) / t(n)
    return steps


def _base_grid(n: int, h: int, w: int, align_corners: bool, t) -> np.ndarray:
    """(N, H*W, 3) rows (x, y, 1) of the untransformed grid."""
    t = np.dtype(t).type
    base = np.empty((n, h, w, 3), t)
    base[..., 0] = _steps_from_minus_one(w, align_corners, t)
    base[..., 1] = _steps_from_minus_one(h, align_corners, t)[:, None]
    base[..., 2] = 1
    return base.reshape(n, h * w, 3)


def affine_grid(theta: Tensor, size: Sequence[int], align_corners: Optional[bool] = None) -> Tensor:
    if align_corners is None:
        _warn(_ALIGN_CORNERS_WARNING)
        align_corners = False
    if not theta.is_floating_point():  # (a list: PyTorch's AttributeError for that method, too)
        raise ValueError(f"Expected theta to have floating point type, but got {theta.dtype}")
    size = tuple(int(s) for s in size)
    if len(size) in (4, 5) and min(size) <= 0:
        raise ValueError(f"Expected non-zero, positive output size. Got {size}")
    if len(size) == 4:
        if theta.dim() != 3 or tuple(theta.shape[-2:]) != (2, 3):
            raise ValueError(f"Expected a batch of 2D affine matrices of shape Nx2x3 for size {size}. "
                             f"Got {theta.shape}.")
        spatial = size[-2:]
    elif len(size) == 5:
        raise NotImplementedError("F.affine_grid for 3D (5-D size) is not available in the embedded engine; "
                                  "`--backend torch` runs it")
    else:
        raise NotImplementedError("affine_grid only supports 4D and 5D sizes, for 2D and 3D affine transforms, "
                                  f"respectively. Got size {size}.")
    if min(spatial) == 1 and align_corners:
        _warn(_UNIT_SIZE_WARNING)
    n, h, w = size[0], spatial[0], spatial[1]
    if theta.shape[0] != n:
        raise RuntimeError(f"Expected size for first two dimensions of batch2 tensor to be: [{n}, 3] but got: "
                           f"[{theta.shape[0]}, 3].")
    base = make(_base_grid(n, h, w, align_corners, theta.dtype.np), theta.dtype)
    # the engine's batched product (MKL's order for small ones), unrecorded: the node is ours
    grid = _F.bmm(base, theta.detach().transpose(1, 2)).reshape(n, h, w, 2)
    out = make(np.ascontiguousarray(grid._data), theta.dtype)
    if _State.enabled and theta._requires_grad:
        record(RULES["affine_grid_generator"], (theta,), out, {"size": size, "align_corners": align_corners})
    return out


def affine_grid_theta_grad(grad: Tensor, size: tuple, align_corners: bool) -> Tensor:
    """base^T @ grad, transposed back to (N, 2, 3): the product PyTorch's backward computes."""
    n, h, w = size[0], size[2], size[3]
    base = make(_base_grid(n, h, w, align_corners, grad.dtype.np), grad.dtype)
    return base.transpose(1, 2).bmm(grad.reshape(n, h * w, 2)).transpose(1, 2)


# ---------------------------------------------------------------------------------------------
# grid_sample: where each output point samples
# ---------------------------------------------------------------------------------------------

def _positions(g: np.ndarray, size: int, align_corners: bool, padding: str) -> tuple[np.ndarray, np.ndarray]:
    """Pixel positions of the grid coordinates ``g`` along one axis, and d position / d g."""
    t = g.dtype.type
    if align_corners:
        scale = t(size - 1) / t(2)
        x = (g + t(1)) * scale
    else:
        scale = t(size) / t(2)
        x = fma(g + t(1), np.full_like(g, scale), np.full_like(g, t(-0.5)))
    slope = np.full_like(g, scale)
    if padding == "reflection":
        x, sign = _reflect(x, size, align_corners)
        slope = slope * sign
    if padding != "zeros":
        inside = (x > t(0)) & (x < t(size - 1))
        x = np.minimum(t(size - 1), np.maximum(x, t(0)))
        slope = np.where(inside, slope, t(0))
    return x, slope


def _reflect(x: np.ndarray, size: int, align_corners: bool) -> tuple[np.ndarray, np.ndarray]:
    """Fold positions back into the image as a mirror does, and the sign that fold gives."""
    t = x.dtype.type
    if align_corners and size <= 1:
        return np.zeros_like(x), np.zeros_like(x)
    low = t(0) if align_corners else t(-0.5)
    twice_span = t(2 * (size - 1)) if align_corners else t(2 * size)
    shifted = x - low
    distance = np.abs(shifted)
    extra = distance - np.trunc(distance / twice_span) * twice_span
    mirrored = twice_span - extra
    flip = extra > mirrored
    sign = np.where(flip ^ (shifted < 0), t(-1), t(1))
    return np.where(flip, mirrored, extra) + low, sign


class _Corners:
    """The four neighbours of each sampling point: flat indices into H*W, in-image masks and
    bilinear weights, with the distances the grid's gradient needs."""

    def __init__(self, x: np.ndarray, y: np.ndarray, h: int, w: int, padding: str):
        t = x.dtype.type
        west, north = np.floor(x), np.floor(y)
        self.w_, self.n_ = x - west, y - north
        self.e_, self.s_ = t(1) - self.w_, t(1) - self.n_
        self.weights = (self.s_ * self.e_, self.s_ * self.w_, self.n_ * self.e_, self.n_ * self.w_)
        clamp = padding == "zeros"
        w_ok = (west > -1) & (west < w) if clamp else np.ones(x.shape, bool)
        n_ok = (north > -1) & (north < h) if clamp else np.ones(y.shape, bool)
        e_ok = ((west + 1 > -1) if clamp else True) & (west + 1 < w)
        s_ok = ((north + 1 > -1) if clamp else True) & (north + 1 < h)
        self.masks = (n_ok & w_ok, n_ok & e_ok, s_ok & w_ok, s_ok & e_ok)
        iw = np.where(np.isfinite(west), west, 0).astype(np.int64)
        inn = np.where(np.isfinite(north), north, 0).astype(np.int64)
        self.indices = tuple(np.where(m, (inn + dy) * w + (iw + dx), 0)
                             for m, (dy, dx) in zip(self.masks, ((0, 0), (0, 1), (1, 0), (1, 1))))

    def values(self, flat: np.ndarray) -> tuple[np.ndarray, ...]:
        """Each neighbour's value per channel, 0 outside the image: (N, C, P) each."""
        t = flat.dtype.type
        return tuple(np.where(m[:, None, :], np.take_along_axis(flat, i[:, None, :], axis=2), t(0))
                     for i, m in zip(self.indices, self.masks))


def _nearest(x: np.ndarray, y: np.ndarray, h: int, w: int) -> tuple[np.ndarray, np.ndarray]:
    ix, iy = np.rint(x), np.rint(y)
    inside = (ix > -1) & (ix < w) & (iy > -1) & (iy < h)
    index = np.where(inside, np.where(inside, iy, 0).astype(np.int64) * w + np.where(inside, ix, 0).astype(np.int64), 0)
    return index, inside


def _locate(grid: np.ndarray, h: int, w: int, align_corners: bool, padding: str):
    n = grid.shape[0]
    gx, gy = grid[..., 0].reshape(n, -1), grid[..., 1].reshape(n, -1)
    x, slope_x = _positions(gx, w, align_corners, padding)
    y, slope_y = _positions(gy, h, align_corners, padding)
    return x, y, slope_x, slope_y


def grid_sample_forward(inp: np.ndarray, grid: np.ndarray, mode: str, padding: str,
                        align_corners: bool) -> np.ndarray:
    n, c, h, w = inp.shape
    out_hw = grid.shape[1:3]
    with np.errstate(all="ignore"):
        x, y, _, _ = _locate(grid, h, w, align_corners, padding)
        flat = inp.reshape(n, c, h * w)
        if mode == "nearest":
            index, inside = _nearest(x, y, h, w)
            out = np.where(inside[:, None, :], np.take_along_axis(flat, index[:, None, :], axis=2), inp.dtype.type(0))
        else:
            corners = _Corners(x, y, h, w, padding)
            v = corners.values(flat)
            nw, ne, sw, se = (np.broadcast_to(wt[:, None, :], v[0].shape) for wt in corners.weights)
            out = fma(v[3], se, fma(v[2], sw, fma(v[1], ne, v[0] * nw)))
    return np.ascontiguousarray(out, inp.dtype).reshape((n, c) + tuple(out_hw))


def _block_of_each_point(grid: np.ndarray, lanes: int) -> np.ndarray:
    """The kernel's vector block of each output point: one run over H*W when the grid's
    (H, W) is contiguous, else one run per row."""
    n, ho, wo = grid.shape[:3]
    positions = np.arange(ho * wo)
    s = grid.strides
    item = grid.itemsize
    contiguous = (wo == 1 or s[2] == 2 * item) and (ho == 1 or s[1] == 2 * item * wo) and s[3] == item
    if contiguous or ho == 1:
        return positions // lanes
    row, col = np.divmod(positions, wo)
    return row * (-(-wo // lanes)) + col // lanes


def _scatter_in_kernel_order(out: np.ndarray, parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]],
                             block: np.ndarray) -> None:
    """Add each part's (index, mask, value) into ``out`` (N, C, H*W) block by block, and in a
    block part by part, point by point: the order ATen's scatter loop adds them in."""
    n, c, hw = out.shape
    p = block.shape[0]
    part_of = np.repeat(np.arange(len(parts)), p)
    point_of = np.tile(np.arange(p), len(parts))
    sequence = np.lexsort((point_of, part_of, np.tile(block, len(parts))))
    index = np.concatenate([i for i, _, _ in parts], axis=1)[:, sequence]       # (N, K*P)
    mask = np.concatenate([m for _, m, _ in parts], axis=1)[:, sequence]
    value = np.concatenate([v for _, _, v in parts], axis=2)[:, :, sequence]    # (N, C, K*P)
    base = (np.arange(n)[:, None, None] * c + np.arange(c)[None, :, None]) * hw
    target = base + index[:, None, :]
    keep = np.broadcast_to(mask[:, None, :], value.shape)
    np.add.at(out.reshape(-1), target[keep], value[keep])


def grid_sample_input_grad(grad: Tensor, input: Tensor, grid: Tensor, mode: str, padding: str,
                           align_corners: bool) -> Tensor:
    g, inp, gr = grad._data, input._data, grid._data
    n, c, h, w = inp.shape
    lanes = _VECTOR_BYTES // inp.itemsize
    out = np.zeros((n, c, h * w), inp.dtype)
    go = g.reshape(n, c, -1)
    with np.errstate(all="ignore"):
        x, y, _, _ = _locate(gr, h, w, align_corners, padding)
        block = _block_of_each_point(gr, lanes)
        if mode == "nearest":
            index, inside = _nearest(x, y, h, w)
            parts = [(index, inside, go)]
        else:
            corners = _Corners(x, y, h, w, padding)
            parts = [(i, m, go * wt[:, None, :]) for i, m, wt in zip(corners.indices, corners.masks, corners.weights)]
        _scatter_in_kernel_order(out, parts, block)
    return make(out.reshape(inp.shape), input.dtype)


def grid_sample_grid_grad(grad: Tensor, input: Tensor, grid: Tensor, mode: str, padding: str,
                          align_corners: bool) -> Tensor:
    g, inp, gr = grad._data, input._data, grid._data
    n, c, h, w = inp.shape
    t = inp.dtype.type
    if mode == "nearest":
        return make(np.zeros(gr.shape, gr.dtype), grid.dtype)
    with np.errstate(all="ignore"):
        x, y, slope_x, slope_y = _locate(gr, h, w, align_corners, padding)
        corners = _Corners(x, y, h, w, padding)
        nw, ne, sw, se = corners.values(inp.reshape(n, c, h * w))
        go = g.reshape(n, c, -1)
        gx = np.zeros(x.shape, inp.dtype)
        gy = np.zeros(y.shape, inp.dtype)
        for ch in range(c):
            along_x = fma(se[:, ch] - sw[:, ch], corners.n_, (ne[:, ch] - nw[:, ch]) * corners.s_)
            along_y = fma(se[:, ch] - ne[:, ch], corners.w_, (sw[:, ch] - nw[:, ch]) * corners.e_)
            gx = fma(along_x, go[:, ch], gx)
            gy = fma(along_y, go[:, ch], gy)
        out = np.stack([gx * slope_x, gy * slope_y], axis=-1).astype(t, copy=False)
    return make(out.reshape(gr.shape), grid.dtype)


# ---------------------------------------------------------------------------------------------
# grid_sample: the function
# ---------------------------------------------------------------------------------------------

def _sizes(t: Tensor) -> str:
    return str(list(t.shape))


def grid_sample(input: Tensor, grid: Tensor, mode: str = "bilinear", padding_mode: str = "zeros",
                align_corners: Optional[bool] = None) -> Tensor:
    if mode not in _MODES:
        raise ValueError("nn.functional.grid_sample(): expected mode to be 'bilinear', 'nearest' or 'bicubic', "
                         f"but got: '{mode}'")
    if padding_mode not in _PADDINGS:
        raise ValueError("nn.functional.grid_sample(): expected padding_mode to be 'zeros', 'border', or "
                         f"'reflection', but got: '{padding_mode}'")
    if align_corners is None:
        _warn(_ALIGN_CORNERS_WARNING)
        align_corners = False
    for position, (name, value) in enumerate((("input", input), ("grid", grid)), start=1):
        if not isinstance(value, Tensor):
            raise TypeError(f"grid_sampler(): argument '{name}' (position {position}) must be Tensor, "
                            f"not {type(value).__name__}")
    if input.shape[0] != grid.shape[0]:
        raise RuntimeError("grid_sampler(): expected grid and input to have same batch size, but got input with "
                           f"sizes {_sizes(input)} and grid with sizes {_sizes(grid)}")
    if grid.shape[-1] != input.dim() - 2:
        raise RuntimeError(f"grid_sampler(): expected grid to have size {input.dim() - 2} in last dimension, but got "
                           f"grid with sizes {_sizes(grid)}")
    for i in range(2, input.dim()):
        if input.shape[i] <= 0:
            raise RuntimeError("grid_sampler(): expected input to have non-empty spatial dimensions, but input has "
                               f"sizes {_sizes(input)} with dimension {i} being empty")
    if input.dim() != 4:
        raise NotImplementedError("F.grid_sample of a volume (5-D input) is not available in the embedded engine; "
                                  "`--backend torch` runs it")
    if grid.dim() != 4:
        raise RuntimeError("grid_sampler(): expected 4D input and grid with same number of dimensions, but got "
                           f"input with sizes {_sizes(input)} and grid with sizes {_sizes(grid)}")
    if mode == "bicubic":
        raise NotImplementedError("F.grid_sample(mode='bicubic') is not available in the embedded engine; "
                                  "`--backend torch` runs it")
    if not input.dtype.is_floating_point:
        raise NotImplementedError(f'"grid_sampler_2d_cpu_kernel_impl" not implemented for '
                                  f"'{_scalar_name(input.dtype)}'")
    if input.dtype != grid.dtype:
        raise RuntimeError(f"expected scalar type {_scalar_name(input.dtype)} but found {_scalar_name(grid.dtype)}")
    if input.dtype.np not in (np.float32, np.float64):  # PyTorch computes these in their own precision
        raise NotImplementedError(f"F.grid_sample on {input.dtype} is not available in the embedded engine; "
                                  "`--backend torch` runs it")
    if _State.dual_level and (input._tangent() is not None or grid._tangent() is not None):
        raise no_forward_ad("grid_sampler_2d")  # PyTorch has none either
    data = grid_sample_forward(input._data, grid._data, mode, padding_mode, align_corners)
    out = make(data, input.dtype)
    if _State.enabled and (input._requires_grad or grid._requires_grad):
        record(RULES["grid_sampler_2d"], (input, grid), out,
               {"mode": mode, "padding": padding_mode, "align_corners": align_corners})
    return out
