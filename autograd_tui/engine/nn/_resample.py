"""``F.interpolate`` in modes ``nearest``, ``nearest-exact``, ``linear``, ``bilinear``,
``bicubic`` and ``trilinear``, and its gradients (mode ``area`` is adaptive average pooling, as in PyTorch;
``antialias=True`` is ``_resample_aa.py``).

Which source pixels an output pixel reads, and with what weights, is computed as PyTorch's CPU
kernels compute it, in the tensor's own precision: the scale is ``1 / scale_factor`` when one is
given, else ``in / out`` (``(in - 1) / (out - 1)`` with ``align_corners``); nearest takes
``floor(dst * scale)`` (nearest-exact ``floor((dst + 0.5) * scale)``); linear reads
``scale * (dst + 0.5) - 0.5`` clamped at 0 and mixes its two neighbours as ``x0 * w0 + x1 * w1``
(bilinear: the four products with the weights multiplied first), the first product fused into
the sum as PyTorch's compiled loop fuses it; trilinear mixes the two depth slices' bilinear
values, each of those the two rows' linear ones, ``t0 * w0 + t1 * w1`` fused at every level (the
recursive ``InterpolateNonSeparable`` of ATen's kernel). The gradient adds each output pixel's share back in
raster order, each add fused likewise, as the backward kernel does, and is itself recorded, so
that it can be differentiated again (its gradient is the forward).

Bicubic reads four pixels per axis (indices clamped to the image) with Keys' cubic convolution
weights (a = -0.75) of the fractional position. PyTorch computes its forward in a kernel
compiled with fused multiply-adds (the position, the first two steps of each weight's
polynomial, and each tap after the first, the first product fused with the second) and its
backward in one compiled without them, adding ``(g * w_y) * w_x`` to the sixteen pixels in raster
order, x taps outer; both are followed here (bit-identical on random inputs, float32 and float64).
"""
from __future__ import annotations

import math
import warnings
from typing import Optional, Sequence

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine._tensor import Tensor, _scalar_name, _user_stacklevel, make
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.nn import _conv_pool, _pool3d, _resample_aa
from autograd_tui.engine.parity.float32_math import fma
from autograd_tui.engine.record import RULES, record

__all__ = ["interpolate", "upsample", "upsample_grad", "upsample_nearest", "upsample_bilinear", "upsample_"]

# kind -> number of spatial dims
_KINDS = {"nearest1d": 1, "nearest2d": 2, "nearest3d": 3, "nearest_exact1d": 1, "nearest_exact2d": 2,
          "nearest_exact3d": 3, "linear1d": 1, "bilinear2d": 2, "trilinear3d": 3, "bicubic2d": 2, "bilinear2d_aa": 2,
          "bicubic2d_aa": 2}
_MODES = "nearest | linear | bilinear | bicubic | trilinear | lanczos | area | nearest-exact"


def _source_scale(in_size: int, out_size: int, scale: Optional[float], t) -> np.floating:
    if scale is not None and scale > 0:
        return t(1.0 / scale)
    return t(in_size) / t(out_size)


def _nearest_index(in_size: int, out_size: int, scale: Optional[float], t, exact: bool = False) -> np.ndarray:
    dst = np.arange(out_size)
    if exact:  # the pixel whose centre is nearest: floor((dst + 0.5) * scale)
        s = _source_scale(in_size, out_size, scale, np.float32)
        return np.minimum(np.floor((dst.astype(np.float32) + np.float32(0.5)) * s).astype(np.int64), in_size - 1)
    if out_size == in_size:
        return dst
    if out_size == 2 * in_size:
        return dst >> 1
    s = _source_scale(in_size, out_size, scale, np.float32)  # PyTorch's nearest always uses float
    return np.minimum(np.floor(dst.astype(np.float32) * s).astype(np.int64), in_size - 1)


def _linear_taps(in_size: int, out_size: int, align_corners: bool, scale: Optional[float], t):
    """(first index, second index, first weight, second weight) for every output position."""
    dst = np.arange(out_size).astype(t)
    if align_corners:
        s = t(in_size - 1) / t(out_size - 1) if out_size > 1 else t(0)
        src = s * dst
    else:
        s = _source_scale(in_size, out_size, scale, t)
        src = np.maximum(fma(s, dst + t(0.5), np.full(out_size, -0.5, t)).astype(t), t(0))
    i0 = np.minimum(src.astype(np.int64), in_size - 1)
    i1 = i0 + (i0 < in_size - 1)
    w1 = np.minimum(np.maximum(src - i0.astype(t), t(0)), t(1))
    return i0, i1, t(1) - w1, w1


_CUBIC_A = -0.75


def _cubic_weights(lam: np.ndarray, fused: bool) -> list[np.ndarray]:
    """Keys' cubic convolution weights of the four taps around a position ``lam`` past the second."""
    t = lam.dtype.type
    a = t(_CUBIC_A)

    def step(x: np.ndarray, m, c) -> np.ndarray:  # m * x + c, fused where the kernel's compiler fused it
        x_, m_, c_ = np.broadcast_arrays(x, np.asarray(m, t), np.asarray(c, t))
        return fma(m_, x_, c_).astype(t) if fused else (m_ * x_ + c_).astype(t)

    def near(x: np.ndarray) -> np.ndarray:  # |x| <= 1
        return step(x, a + t(2), -(a + t(3))) * x * x + t(1)

    def far(x: np.ndarray) -> np.ndarray:  # 1 < |x| < 2
        u = step(x, a, -t(5) * a)
        u = fma(u, x, np.full_like(x, t(8) * a)).astype(t) if fused else u * x + t(8) * a
        return u * x - t(4) * a

    rest = (t(1) - lam).astype(t)
    return [far((lam + t(1)).astype(t)), near(lam), near(rest), far((rest + t(1)).astype(t))]


def _cubic_taps(in_size: int, out_size: int, align_corners: bool, scale: Optional[float], t, fused: bool):
    """[(indices, weights)] of the four taps of every output position."""
    dst = np.arange(out_size).astype(t)
    if align_corners:
        src = (t(in_size - 1) / t(out_size - 1) if out_size > 1 else t(0)) * dst
    else:
        s = _source_scale(in_size, out_size, scale, t)
        half = np.full(out_size, -0.5, t)
        src = fma(np.full(out_size, s, t), dst + t(0.5), half).astype(t) if fused else s * (dst + t(0.5)) + half
    index = np.minimum(np.floor(src).astype(np.int64), in_size - 1)
    lam = np.minimum(np.maximum(src - index.astype(t), t(0)), t(1)).astype(t)
    weights = _cubic_weights(lam, fused)
    return [(np.clip(index + j - 1, 0, in_size - 1), weights[j]) for j in range(4)]


def _plan(kind: str, in_hw: Sequence[int], out_hw: Sequence[int], align_corners: bool, scales, t):
    """Per spatial dim: a list of (indices, weights) taps, weights None for nearest."""
    plan = []
    for d in range(_KINDS[kind]):
        scale = scales[d] if scales is not None else None
        if kind.startswith("nearest"):
            plan.append([(_nearest_index(in_hw[d], out_hw[d], scale, t, kind.startswith("nearest_exact")), None)])
        elif kind == "bicubic2d":
            plan.append(_cubic_taps(in_hw[d], out_hw[d], align_corners, scale, t, fused=True))
        else:
            i0, i1, w0, w1 = _linear_taps(in_hw[d], out_hw[d], align_corners, scale, t)
            plan.append([(i0, w0), (i1, w1)])
    return plan


def _cubic_sum(values: list[np.ndarray], weights: list[np.ndarray]) -> np.ndarray:
    """Four taps as PyTorch's compiled loop adds them: the first product fused with the second, then
    each further product fused in turn."""
    out = values[1] * weights[1]
    for j in (0, 2, 3):
        out = fma(values[j], np.broadcast_to(weights[j], out.shape), out).astype(out.dtype)
    return out


def upsample_forward(x: np.ndarray, kind: str, out_hw, align_corners: bool, scales) -> np.ndarray:
    if kind.endswith("_aa"):
        return _resample_aa.antialias_forward(x, kind == "bicubic2d_aa", out_hw, align_corners, scales)
    if kind == "bicubic2d" and x.dtype not in (np.float32, np.float64):
        return upsample_forward(x.astype(np.float32), kind, out_hw, align_corners, scales).astype(x.dtype)
    t = x.dtype.type
    plan = _plan(kind, x.shape[2:], out_hw, align_corners, scales, t)
    if kind.startswith("nearest"):
        picks = np.ix_(*[taps[0][0] for taps in plan])
        return np.ascontiguousarray(x[(slice(None), slice(None)) + picks])
    if kind == "trilinear3d":
        return np.ascontiguousarray(_trilinear(x, plan))
    if len(plan) == 1:
        (i0, w0), (i1, w1) = plan[0]
        return _mix(x[..., i0], w0, x[..., i1], w1)
    if kind == "bicubic2d":  # each of four rows along x, then the rows along y
        rows = [_cubic_sum([x[:, :, r][..., c] for c, _ in plan[1]], [w for _, w in plan[1]]) for r, _ in plan[0]]
        return np.ascontiguousarray(_cubic_sum(rows, [w[:, None] for _, w in plan[0]]))
    # Bilinear: four products with the weights multiplied first, summed in this fused order.
    (r0, h0), (r1, h1) = plan[0]
    (c0, w0), (c1, w1) = plan[1]
    h0, h1 = h0[:, None], h1[:, None]
    top, bottom = x[:, :, r0], x[:, :, r1]
    out = _mix(top[..., c0], h0 * w0, top[..., c1], h0 * w1)
    out = fma(bottom[..., c0], h1 * w0, out).astype(x.dtype)
    return np.ascontiguousarray(fma(bottom[..., c1], h1 * w1, out).astype(x.dtype))


def _trilinear(x: np.ndarray, plan: list) -> np.ndarray:
    """Each level ``t0 * w0 + t1 * w1`` (depth, then rows, then columns inside), the first product
    fused into the sum."""
    (d0, a0), (d1, a1) = plan[0]
    (h0, b0), (h1, b1) = plan[1]
    (w0, c0), (w1, c1) = plan[2]

    def rows(d: np.ndarray, h: np.ndarray) -> np.ndarray:
        line = x[:, :, d[:, None], h[None, :]]
        return _mix(line[..., w0], c0, line[..., w1], c1)

    def plane(d: np.ndarray) -> np.ndarray:
        return _mix(rows(d, h0), b0[:, None], rows(d, h1), b1[:, None])
    return _mix(plane(d0), a0[:, None, None], plane(d1), a1[:, None, None])


def _mix(a: np.ndarray, wa: np.ndarray, b: np.ndarray, wb: np.ndarray) -> np.ndarray:
    """``a * wa + b * wb`` with the first product fused into the sum, as PyTorch's compiled loop has it."""
    return np.ascontiguousarray(fma(a, wa, b * wb).astype(a.dtype))


def upsample_backward(g: np.ndarray, kind: str, in_hw, align_corners: bool, scales) -> np.ndarray:
    """The adjoint of :func:`upsample_forward`, each output pixel's shares added in raster order."""
    if kind.endswith("_aa"):
        return _resample_aa.antialias_backward(g, kind == "bicubic2d_aa", in_hw, align_corners, scales)
    if kind == "bicubic2d":
        return _bicubic_backward(g, in_hw, align_corners, scales)
    t = g.dtype.type
    n, c = g.shape[:2]
    out_hw = g.shape[2:]
    plan = _plan(kind, in_hw, out_hw, align_corners, scales, t)
    flat = g.reshape(n * c, -1)
    if len(plan) == 1:
        targets = np.stack([idx for idx, _ in plan[0]], axis=1)               # (out, taps)
        weights = [np.ones(out_hw[0], t) if w is None else w for _, w in plan[0]]
        shares = np.stack(weights, axis=1)
    else:
        # every combination of one tap per dim, the last dim's varying fastest (the kernel's order);
        # the target's flat index and the weights' product, multiplied in dim order
        targets_list, share_list = [np.zeros((1,) * len(plan), np.int64)], [np.ones((1,) * len(plan), t)]
        for d, taps in enumerate(plan):
            shape = [1] * len(plan)
            shape[d] = out_hw[d]
            targets_list = [tg * in_hw[d] + i.reshape(shape) for tg in targets_list for i, _ in taps]
            share_list = [sh * (np.ones(out_hw[d], t) if w is None else w).reshape(shape)
                          for sh in share_list for _, w in taps]
        targets = np.stack([np.broadcast_to(a, out_hw).reshape(-1) for a in targets_list], axis=1)  # (out, taps)
        shares = np.stack([np.broadcast_to(s, out_hw).reshape(-1) for s in share_list], axis=1)
    order = targets.reshape(-1)
    if kind.startswith("nearest"):
        size = int(np.prod(in_hw))
        grad = np.zeros(n * c * size, dtype=g.dtype)
        rows = np.arange(n * c)[:, None] * size
        np.add.at(grad, (rows + order[None, :]).reshape(-1), np.repeat(flat, targets.shape[1], axis=1).reshape(-1))
    else:
        grad = _fused_accumulate(flat, targets, shares, int(np.prod(in_hw)))
    return grad.reshape((n, c) + tuple(in_hw))


def _bicubic_backward(g: np.ndarray, in_hw, align_corners: bool, scales) -> np.ndarray:
    """``grad[y_j, x_i] += (g * w_y[j]) * w_x[i]`` for each output pixel in raster order, i outer, j
    inner, unfused (ATen's bicubic backward loop). The adds into one input pixel happen in that
    order, so round k does every pixel's k-th add at once."""
    if g.dtype not in (np.float32, np.float64):
        return _bicubic_backward(g.astype(np.float32), in_hw, align_corners, scales).astype(g.dtype)
    t = g.dtype.type
    n, c, oh, ow = g.shape
    rows = _cubic_taps(in_hw[0], oh, align_corners, scales[0] if scales else None, t, fused=False)
    cols = _cubic_taps(in_hw[1], ow, align_corners, scales[1] if scales else None, t, fused=False)
    # (oh, ow, 4 x taps, 4 y taps): each contribution's target pixel and its two weights
    target = np.stack([np.stack([ry[:, None] * in_hw[1] + cx[None, :] for ry, _ in rows], axis=-1)
                       for cx, _ in cols], axis=-2).reshape(-1)
    wy = np.broadcast_to(np.stack([w for _, w in rows], axis=-1)[:, None, None, :], (oh, ow, 4, 4)).reshape(-1)
    wx = np.broadcast_to(np.stack([w for _, w in cols], axis=-1)[None, :, :, None], (oh, ow, 4, 4)).reshape(-1)
    source = np.repeat(np.arange(oh * ow), 16)
    flat = g.reshape(n * c, -1)
    values = (flat[:, source] * wy) * wx
    sort = np.argsort(target, kind="stable")
    target, values = target[sort], values[:, sort]
    rank = np.arange(target.size) - np.searchsorted(target, target, side="left")
    grad = np.zeros((n * c, int(np.prod(in_hw))), dtype=t)
    for k in range(int(rank.max()) + 1 if rank.size else 0):
        pick = rank == k
        grad[:, target[pick]] += values[:, pick]
    return grad.reshape((n, c) + tuple(in_hw))


def _fused_accumulate(flat: np.ndarray, targets: np.ndarray, shares: np.ndarray, size: int) -> np.ndarray:
    """``grad[:, target] += share * g`` for every (output pixel, tap) in raster order, each a fused
    multiply-add as in PyTorch's compiled loop. The adds into one input pixel happen in order; the
    pixels are independent, so round k does every pixel's k-th add at once."""
    order = targets.reshape(-1)
    source = np.repeat(np.arange(targets.shape[0]), targets.shape[1])
    share = shares.reshape(-1)
    sort = np.argsort(order, kind="stable")
    order, source, share = order[sort], source[sort], share[sort]
    starts = np.searchsorted(order, order, side="left")
    rank = np.arange(order.size) - starts
    grad = np.zeros((flat.shape[0], size), dtype=flat.dtype)
    for k in range(int(rank.max()) + 1 if rank.size else 0):
        pick = rank == k
        cols = order[pick]
        grad[:, cols] = fma(share[pick], flat[:, source[pick]], grad[:, cols]).astype(flat.dtype)
    return grad


def upsample(input: Tensor, kind: str, out_hw: tuple, align_corners: bool, scales) -> Tensor:
    in_hw = tuple(input.shape[2:])
    if min(in_hw + out_hw) <= 0:
        if len(in_hw) == 1:
            raise RuntimeError("Input and output sizes should be greater than 0, but got input "
                               f"(W: {in_hw[0]}) and output (W: {out_hw[0]})")
        names = "DHW"[3 - len(in_hw):]
        raise RuntimeError("Input and output sizes should be greater than 0, but got input "
                           f"({', '.join(f'{n}: {v}' for n, v in zip(names, in_hw))}) output "
                           f"({', '.join(f'{n}: {v}' for n, v in zip(names, out_hw))})")
    data = upsample_forward(input._data, kind, out_hw, align_corners, scales)
    out = make(data.astype(input.dtype.np, copy=False), input.dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        record(RULES[f"upsample_{kind}"], (input,), out,
               {"resample_kind": kind, "in_hw": tuple(input.shape[2:]), "resample_align": align_corners,
                "resample_scales": scales, **_shown_upsample(input, kind, out_hw, align_corners, scales)})
    return out


def _shown_upsample(input: Tensor, kind: str, out_hw: tuple, align_corners: bool, scales) -> dict:
    """What PyTorch's Upsample*Backward0 shows: ``output_size``, the input's sizes, the scale of
    each dim (``scales`` in 1-D, ``scales_h``/``scales_w`` in 2-D, None when a size was given), and
    ``align_corners`` for the interpolating modes only."""
    names = ("scales",) if len(out_hw) == 1 else ("scales_d", "scales_h", "scales_w")[3 - len(out_hw):]
    shown: dict = {"output_size": tuple(out_hw), "self_sym_sizes": tuple(input.shape),
                   **{name: None if scales is None or scales[d] is None else float(scales[d])
                      for d, name in enumerate(names)}}
    if not kind.startswith("nearest"):
        shown["align_corners"] = align_corners
    return shown


def upsample_grad(grad: Tensor, kind: str, in_hw: tuple, align_corners: bool, scales) -> Tensor:
    data = upsample_backward(grad._data, kind, in_hw, align_corners, scales)
    out = make(data.astype(grad.dtype.np, copy=False), grad.dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        shown = _shown_upsample(grad, kind, tuple(grad.shape[2:]), align_corners, scales)
        del shown["self_sym_sizes"]  # the BackwardBackward0 node keeps the sizes only
        record(RULES[f"upsample_{kind}_backward"], (grad,), out,
               {"resample_kind": kind, "out_hw": tuple(grad.shape[2:]), "resample_align": align_corners,
                "resample_scales": scales, **shown})
    return out


def interpolate(input: Tensor, size=None, scale_factor=None, mode: str = "nearest",
                align_corners: Optional[bool] = None, recompute_scale_factor: Optional[bool] = None,
                antialias: bool = False) -> Tensor:
    if mode in ("nearest", "area", "nearest-exact"):
        if align_corners is not None:
            raise ValueError("align_corners option can only be set with the interpolating modes: "
                             "linear | bilinear | bicubic | trilinear")
    elif align_corners is None:
        align_corners = False
    dim = input.dim() - 2
    spatial = list(input.shape[2:])
    if size is not None and scale_factor is not None:
        raise ValueError("only one of size or scale_factor should be defined")
    scales: Optional[list] = None
    if size is not None:
        if isinstance(size, (list, tuple)):
            if len(size) != dim:
                raise ValueError("Input and output must have the same number of spatial dimensions, but got input "
                                 f"with spatial dimensions of {spatial} and output size of {size}. Please provide "
                                 "input tensor in (N, C, d1, d2, ...,dK) format and output size in (o1, o2, ...,oK) "
                                 "format.")
            out_hw = [int(s) for s in size]
        else:
            out_hw = [int(size)] * dim
    elif scale_factor is not None:
        if isinstance(scale_factor, (list, tuple)):
            if len(scale_factor) != dim:
                raise ValueError("Input and scale_factor must have the same number of spatial dimensions, but got "
                                 f"input with spatial dimensions of {spatial} and scale_factor of shape "
                                 f"{scale_factor}. Please provide input tensor in (N, C, d1, d2, ...,dK) format and "
                                 "scale_factor in (s1, s2, ...,sK) format.")
            scales = [float(s) for s in scale_factor]
        else:
            scales = [float(scale_factor)] * dim
        out_hw = [math.floor(float(n) * s) for n, s in zip(spatial, scales)]
    else:
        raise ValueError("either size or scale_factor should be defined")
    if recompute_scale_factor and size is not None:
        raise ValueError("recompute_scale_factor is not meaningful with an explicit size.")
    if recompute_scale_factor:
        scales = None
    if antialias:
        if not (mode in ("bilinear", "bicubic", "lanczos") and input.dim() == 4):
            raise ValueError("Anti-alias option is restricted to bilinear, bicubic, and lanczos modes and requires a "
                             "4-D tensor as input")
        if mode == "lanczos" or input.dtype is dtypes.uint8:  # PyTorch's lanczos and its uint8 integer kernels
            raise NotImplementedError(f"F.interpolate(mode={mode!r}, antialias=True) of this input is not available in "
                                      "the embedded engine; `--backend torch` runs it")
        if input.dtype not in (dtypes.float32, dtypes.float64):
            raise NotImplementedError(f'"compute_index_ranges_weights" not implemented for '
                                      f"'{_scalar_name(input.dtype)}'")
        return upsample(input, f"{mode}2d_aa", tuple(out_hw), bool(align_corners), tuple(scales) if scales else None)
    if mode == "area" and input.dim() in (3, 4, 5):
        # PyTorch's area mode is adaptive average pooling to the output size
        pool = {3: _conv_pool.adaptive_avg_pool1d, 4: _conv_pool.adaptive_avg_pool2d,
                5: _pool3d.adaptive_avg_pool3d}[input.dim()]
        return pool(input, out_hw)
    ranks = {"nearest": (3, 4, 5), "nearest-exact": (3, 4, 5), "linear": (3,), "bilinear": (4,), "bicubic": (4,),
             "trilinear": (5,)}
    # (an input of other than 3 to 5 dims gets the general message below, as in PyTorch)
    if mode == "linear" and input.dim() in (4, 5):
        raise NotImplementedError(f"Got {input.dim()}D input, but linear mode needs 3D input")
    if mode == "bilinear" and input.dim() in (3, 5):
        raise NotImplementedError(f"Got {input.dim()}D input, but bilinear mode needs 4D input")
    if mode == "trilinear" and input.dim() in (3, 4):
        raise NotImplementedError(f"Got {input.dim()}D input, but trilinear mode needs 5D input")
    if mode not in ranks or input.dim() not in ranks[mode]:
        if mode in ("nearest", "linear", "bilinear", "trilinear", "area", "nearest-exact") and \
                input.dim() in (3, 4, 5):
            raise NotImplementedError(f"F.interpolate(mode={mode!r}) on {input.dim()}D input is not available in "
                                      "the embedded engine; `--backend torch` runs it")
        raise NotImplementedError(f"Input Error: Only 3D, 4D and 5D input Tensors supported (got {input.dim()}D) "
                                  f"for the modes: {_MODES} (got {mode})")
    if input.dtype is dtypes.uint8 and input.dim() in (4, 5) and mode in ("nearest", "nearest-exact"):
        # PyTorch's uint8 kernels pick source pixels as the float ones do: the same picks, exactly
        kind = f"{mode.replace('-', '_')}{dim}d"
        picked = upsample(input.to(dtypes.float64), kind, tuple(out_hw), False, tuple(scales) if scales else None)
        return picked.to(dtypes.uint8)
    if input.dtype is dtypes.uint8 and input.dim() == 4 and mode in ("bilinear", "bicubic"):
        raise NotImplementedError(f"F.interpolate(mode={mode!r}) of a uint8 image (PyTorch's own integer kernel) is "
                                  "not available in the embedded engine; `--backend torch` runs it")
    if not input.dtype.is_floating_point:
        kernel = {(4, "nearest"): "upsample_nearest2d_channels_last", (4, "nearest-exact"):
                  "_upsample_nearest_exact2d_channels_last", (4, "bilinear"): "upsample_bilinear2d_channels_last",
                  (3, "linear"): "compute_indices_weights_linear", (4, "bicubic"): "compute_indices_weights_cubic",
                  (5, "trilinear"): "compute_indices_weights_linear",
                  }.get((input.dim(), mode), "compute_indices_weights_nearest")
        raise NotImplementedError(f'"{kernel}" not implemented for \'{_scalar_name(input.dtype)}\'')
    kind = {"bilinear": "bilinear2d", "bicubic": "bicubic2d", "trilinear": "trilinear3d"}.get(
        mode, f"{mode.replace('-', '_')}{dim}d")
    return upsample(input, kind, tuple(out_hw), bool(align_corners), tuple(scales) if scales else None)


def _deprecated(name: str) -> None:
    warnings.warn(f"`nn.functional.{name}` is deprecated. Use `nn.functional.interpolate` instead.",
                  UserWarning, stacklevel=_user_stacklevel())


def upsample_(input: Tensor, size=None, scale_factor=None, mode: str = "nearest",
              align_corners: Optional[bool] = None) -> Tensor:
    _deprecated("upsample")
    return interpolate(input, size, scale_factor, mode, align_corners)


def upsample_nearest(input: Tensor, size=None, scale_factor=None) -> Tensor:
    _deprecated("upsample_nearest")
    return interpolate(input, size, scale_factor, mode="nearest")


def upsample_bilinear(input: Tensor, size=None, scale_factor=None) -> Tensor:
    _deprecated("upsample_bilinear")
    return interpolate(input, size, scale_factor, mode="bilinear", align_corners=True)
