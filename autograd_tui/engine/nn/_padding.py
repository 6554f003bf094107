"""``F.pad``'s ``reflect``, ``replicate`` and ``circular`` modes, with PyTorch's checks and nodes.

Reflection and replication read, for every output position, one input position per padded dim
(ATen's ``ReflectionPad::index`` / ``ReplicationPad::index``); a negative pad crops. Their
gradient adds each output element into the input position it read, in the output's raster
order, as ATen's ``cpu_padding_backward`` does (so float32 sums round alike), and is recorded in
turn (``ReflectionPad2DBackwardBackward0``), its own gradient being the forward again.

``circular`` is composite in PyTorch (``_pad_circular``): an empty tensor, the input copied into
its middle, then the edges copied from the other side; so it is built here from the same slices
and ``copy_`` calls, and shows ``CopySlices``.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np

from autograd_tui.engine._tensor import Tensor, make
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.record import Rule, record

__all__ = ["pad_non_constant"]

_KIND = {"reflect": "reflection", "replicate": "replication"}
_NODE = {"reflection": "ReflectionPad", "replication": "ReplicationPad"}
_SIZES = ("D", "H", "W")
_SUPPORTED = ("Supported combinations for non-constant padding:\n"
              "  - 2D or 3D input: padding size = 2 (pads last dimension)\n"
              "  - 3D or 4D input: padding size = 4 (pads last 2 dimensions)\n"
              "  - 4D or 5D input: padding size = 6 (pads last 3 dimensions)")


def _index(out_size: int, size: int, pad: int, reflect: bool) -> np.ndarray:
    """The input position each output position reads along one dim (ATen's ``index``)."""
    j = np.arange(out_size)
    if reflect:
        i = np.where(j < pad, 2 * pad - j, np.where(j < size + pad, j, (size + pad - 1) * 2 - j))
    else:
        i = np.clip(j, pad, size + pad - 1)
    return i + (max(0, -pad) - max(0, pad))


def _check_valid_input(input: Tensor, k: int) -> None:
    shape = tuple(input.shape)
    batch = input.ndim == k + 2
    rest = shape[1:] if batch else shape
    if 0 in rest:
        raise RuntimeError(f"Expected {k + 1}D or {k + 2}D (batch mode) tensor with possibly 0 batch size and other "
                           f"non-zero dimensions for input, but got: {list(shape)}")


def _out_sizes(input: Tensor, pad: Sequence[int], kind: str) -> list[int]:
    """Output sizes of the padded dims (outermost first), after PyTorch's size checks."""
    k = len(pad) // 2
    shape = list(input.shape)
    sizes = shape[-k:]
    pads = [(pad[2 * i], pad[2 * i + 1]) for i in reversed(range(k))]  # outermost first
    if kind == "reflection":
        for n, (d, (before, after)) in reversed(list(enumerate(zip(range(input.ndim - k, input.ndim), pads)))):
            if before >= sizes[n] or after >= sizes[n]:
                argument = 4 + 2 * (k - 1 - n)
                raise RuntimeError(f"Argument #{argument}: Padding size should be less than the corresponding input "
                                   f"dimension, but got: padding ({before}, {after}) at dimension {d} of input "
                                   f"{shape}")
    out = [n + b + a for n, (b, a) in zip(sizes, pads)]
    if all(o < 1 for o in out) or (k == 1 and out[0] < 1):
        names = _SIZES[-k:]
        if k == 1:
            given, got = f"W: {sizes[0]}", f"W: {out[0]}"
        elif k == 2:
            space = "" if kind == "reflection" else " "
            given, got = f"H: {sizes[0]}, W: {sizes[1]}{space}", f"H: {out[0]} W: {out[1]}"
        else:
            given, got = f"D: {sizes[0]} H: {sizes[1]}, W: {sizes[2]}", " ".join(
                f"{name}: {o}" for name, o in zip(names, out))
        raise RuntimeError(f"input ({given}) is too small. Calculated output {got}")
    if any(o < 0 for o in out):
        if kind == "reflection" and k == 2:
            raise RuntimeError("numel: integer multiplication overflow")
        full = shape[:-k] + out
        raise RuntimeError(f"Trying to create tensor with negative dimension {min(out)}: {full}")
    return out


def _indices(in_sizes: Sequence[int], out_sizes: Sequence[int], pad: Sequence[int], reflect: bool) -> list:
    k = len(in_sizes)
    pads = [pad[2 * i] for i in reversed(range(k))]
    return [_index(o, n, p, reflect) for o, n, p in zip(out_sizes, in_sizes, pads)]


def _gather(data: np.ndarray, index: list) -> np.ndarray:
    k = len(index)
    grid = np.ix_(*index)
    return data[(Ellipsis,) + grid] if k else data


def _scatter(grad: np.ndarray, in_shape: tuple, index: list) -> np.ndarray:
    """Each output element added into the position it was read from, in raster order."""
    k = len(index)
    in_sizes = in_shape[-k:]
    flat = np.zeros(1, dtype=np.int64)
    for idx, n in zip(index, in_sizes):
        flat = (flat[:, None] * n + idx[None, :]).reshape(-1)
    planes = int(np.prod(in_shape[:-k], dtype=np.int64))
    out = np.zeros((planes, int(np.prod(in_sizes, dtype=np.int64))), dtype=grad.dtype)
    rows = np.arange(planes)[:, None]
    np.add.at(out, (rows, flat[None, :]), grad.reshape(planes, -1))
    return out.reshape(in_shape)


def _pad_forward(input: Tensor, pad: tuple, kind: str) -> Tensor:
    k = len(pad) // 2
    _check_valid_input(input, k)
    out_sizes = _out_sizes(input, pad, kind)
    index = _indices(input.shape[-k:], out_sizes, pad, kind == "reflection")
    result = make(np.ascontiguousarray(_gather(input._data, index)), input.dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        record(RULES[f"{kind}_pad{k}d"], (input,), result, {"padding": pad})  # PyTorch's name: _saved_padding
    return result


def _pad_backward(grad: Tensor, self: Tensor, pad: tuple, kind: str) -> Tensor:
    """The gradient op; like ATen's it takes ``self`` (for its shape), so it is recorded with an
    edge to ``self`` too (whose gradient is zero)."""
    k = len(pad) // 2
    in_shape = tuple(self.shape)
    index = _indices(in_shape[-k:], grad.shape[-k:], pad, kind == "reflection")
    result = make(_scatter(grad._data, in_shape, index), grad.dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        # (the input's shape only: PyTorch's node saves no tensor but the padding)
        record(RULES[f"{kind}_pad{k}d_backward"], (grad, self), result, {"padding": pad, "in_shape": in_shape})
    return result


def _pad_circular(input: Tensor, pad: tuple) -> Tensor:
    """ATen's ``_pad_circular``: the middle copied in, then each padded dim's edges, dim by dim."""
    shape = list(input.shape)
    k = len(pad) // 2
    kept = input.ndim - k
    if kept not in (1, 2):
        raise RuntimeError("Invalid padding size, expected 1 or 2 non-padded dimensions, which would be equivalent "
                           f"to padding of length {(input.ndim - 1) * 2} or {(input.ndim - 2) * 2} respectively but "
                           f"got {len(pad)}")
    out_shape = list(shape)
    for i in range(k):
        before, after = pad[2 * (k - i - 1)], pad[2 * (k - i - 1) + 1]
        size = shape[kept + i]
        out_shape[kept + i] = size + before + after
        if before > size or after > size:
            raise RuntimeError("Padding value causes wrapping around more than once.")
        if out_shape[kept + i] < 0:
            raise RuntimeError("Negative padding value is resulting in an empty dimension")
    out = input.new_empty(out_shape)
    out_slice, in_slice = out, input
    for i in range(k):
        dim = k - i + kept - 1
        before, after = pad[2 * i], pad[2 * i + 1]
        out_slice = out_slice.narrow(dim, max(before, 0), out_shape[dim] - max(after, 0) - max(before, 0))
        in_slice = in_slice.narrow(dim, max(-before, 0), shape[dim] - max(-after, 0) - max(-before, 0))
    if out_slice.numel():
        out_slice.copy_(in_slice)
    for i in range(k):
        dim = k - i + kept - 1
        before, after = pad[2 * i], pad[2 * i + 1]
        if before > 0:
            start = out_shape[dim] - before - max(after, 0)
            out.narrow(dim, 0, before).copy_(out.narrow(dim, start, before))
        if after > 0:
            out.narrow(dim, out_shape[dim] - after, after).copy_(out.narrow(dim, max(before, 0), after))
    return out


def pad_non_constant(input: Tensor, pad: Sequence[int], mode: str, value) -> Tensor:
    """``F.pad`` in ``reflect``, ``replicate`` or ``circular`` mode (at::pad's dispatch)."""
    pad = tuple(int(p) for p in pad)
    if value is not None and value != 0:
        raise RuntimeError(f'Padding mode "{mode}" doesn\'t take in value argument')
    k = len(pad) // 2
    if len(pad) % 2 or k not in (1, 2, 3) or input.ndim not in (k + 1, k + 2):
        raise NotImplementedError(f"Padding size {len(pad)} is not supported for {input.ndim}D input tensor.\n"
                                  + _SUPPORTED)
    if mode == "circular":
        return _pad_circular(input, pad)
    return _pad_forward(input, pad, _KIND[mode])


def _rule(kind: str, k: int) -> tuple[str, Rule]:
    name = f"{kind}_pad{k}d"
    return name, Rule(name, f"{_NODE[kind]}{k}DBackward0", None,
                      (lambda grad, self, padding: _pad_backward(grad, self, padding, kind),), (0,), ("self",))


def _rule_twice(kind: str, k: int) -> tuple[str, Rule]:
    name = f"{kind}_pad{k}d_backward"
    return name, Rule(name, f"{_NODE[kind]}{k}DBackwardBackward0", None,
                      (lambda grad, padding: _pad_forward(grad, padding, kind),
                       lambda grad, in_shape: grad.new_zeros(in_shape)),
                      (0, 1), ("grad_output", "self"))


RULES = dict([_rule(kind, k) for kind in _NODE for k in (1, 2, 3)]
             + [_rule_twice(kind, k) for kind in _NODE for k in (1, 2, 3)])
