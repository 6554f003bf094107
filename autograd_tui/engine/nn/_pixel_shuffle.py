"""``F.pixel_shuffle`` / ``F.pixel_unshuffle``: move channel blocks into space (sub-pixel upscaling)
and back. Pure rearrangements (no arithmetic), each the other's gradient, recorded as PyTorch's
``PixelShuffleBackward0`` / ``PixelUnshuffleBackward0``. Also ``F.channel_shuffle`` (ShuffleNet's
interleaving of channel groups), ``ChannelShuffleBackward0``.
"""
from __future__ import annotations

import numpy as np

from autograd_tui.engine import memory_formats
from autograd_tui.engine._tensor import Tensor, make
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.record import RULES, record

__all__ = ["pixel_shuffle", "pixel_unshuffle", "channel_shuffle"]


def pixel_shuffle(input: Tensor, upscale_factor: int) -> Tensor:
    r = int(upscale_factor)
    if input.ndim < 3:
        raise RuntimeError("pixel_shuffle expects input to have at least 3 dimensions, but got input with "
                           f"{input.ndim} dimension(s)")
    if r <= 0:
        raise RuntimeError(f"pixel_shuffle expects a positive upscale_factor, but got {r}")
    *batch, c, h, w = input.shape
    if c % (r * r):
        raise RuntimeError("pixel_shuffle expects its input's 'channel' dimension to be divisible by the square of "
                           f"upscale_factor, but input.size(-3)={c} is not divisible by {r * r}")
    n = len(batch)
    # (*, C/r^2, r, r, H, W) -> (*, C/r^2, H, r, W, r)
    x = input._data.reshape(*batch, c // (r * r), r, r, h, w)
    order = list(range(n + 1)) + [n + 3, n + 1, n + 4, n + 2]
    out = make(np.ascontiguousarray(x.transpose(order)).reshape(*batch, c // (r * r), h * r, w * r), input.dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        record(RULES["pixel_shuffle"], (input,), out, {"upscale_factor": r})
    return out


def pixel_unshuffle(input: Tensor, downscale_factor: int) -> Tensor:
    r = int(downscale_factor)
    if input.ndim < 3:
        raise RuntimeError("pixel_unshuffle expects input to have at least 3 dimensions, but got input with "
                           f"{input.ndim} dimension(s)")
    if r <= 0:
        raise RuntimeError(f"pixel_unshuffle expects a positive downscale_factor, but got {r}")
    *batch, c, h, w = input.shape
    if h % r:
        raise RuntimeError(f"pixel_unshuffle expects height to be divisible by downscale_factor, but "
                           f"input.size(-2)={h} is not divisible by {r}")
    if w % r:
        raise RuntimeError(f"pixel_unshuffle expects width to be divisible by downscale_factor, but "
                           f"input.size(-1)={w} is not divisible by {r}")
    n = len(batch)
    # (*, C, H/r, r, W/r, r) -> (*, C, r, r, H/r, W/r)
    x = input._data.reshape(*batch, c, h // r, r, w // r, r)
    order = list(range(n + 1)) + [n + 2, n + 4, n + 1, n + 3]
    out = make(np.ascontiguousarray(x.transpose(order)).reshape(*batch, c * r * r, h // r, w // r), input.dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        record(RULES["pixel_unshuffle"], (input,), out, {"downscale_factor": r})
    return out


def channel_shuffle(input: Tensor, groups: int) -> Tensor:
    """(N, g * k, *) viewed as (N, g, k, *), the two group dims swapped, laid out as the input
    suggests (channels-last stays channels-last), as ATen's ``native_channel_shuffle``."""
    if input.ndim <= 2:
        raise RuntimeError(f"channel_shuffle expects input with > 2 dims, but got input with sizes "
                           f"[{', '.join(map(str, input.shape))}]")
    c = input.shape[1]
    if groups <= 0:
        raise RuntimeError(f"Number of groups to divide channels in must be positive. Value of groups:{groups}")
    if c % groups:
        raise RuntimeError(f"Number of channels must be divisible by groups. Got {c} channels and {groups} groups.")
    n, rest = input.shape[0], input.shape[2:]
    swapped = input._data.reshape(n, groups, c // groups, *rest).swapaxes(1, 2).reshape(input.shape)
    out = make(memory_formats.laid_out(swapped, memory_formats.suggest(input._data)), input.dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        record(RULES["channel_shuffle"], (input,), out, {"groups": groups})
    return out
