"""``F.bilinear`` (``nn.Bilinear``) and the ``_trilinear`` op it is made of.

PyTorch computes ``x1^T W[o] x2`` as ATen's ``_trilinear``: the three operands unsqueezed to one
common rank, then, for each index of the "unroll" dim (dim 1, the output feature), two pairwise
contractions, each a permute, a reshape and a ``bmm``. The loop and its ``bmm`` calls fix the order
of the float32 additions, so the value is built here from the engine's own ``bmm`` (which adds in
PyTorch's order) in that same loop. The gradient of ``_trilinear`` is ``_trilinear`` again with
the roles of the dim lists swapped (``TrilinearBackward0``), as in ``_trilinear_backward``.
"""
from __future__ import annotations

from typing import Optional, Sequence

from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor, make
from autograd_tui.engine.grad_mode import _State, no_grad
from autograd_tui.engine.record import RULES, record

__all__ = ["bilinear", "trilinear"]


def _sumproduct_pair(left: Tensor, right: Tensor, sum_dims: Sequence[int]) -> Tensor:
    """``(left * right).sum(sum_dims, keepdim=True)`` for operands of one rank, as ATen forms it:
    a dim summed on one side only is summed first; the rest becomes one ``bmm`` of
    (both sides, left only, summed) by (both sides, summed, right only)."""
    if not sum_dims:
        return left * right
    both: list[int] = []
    left_only: list[int] = []
    right_only: list[int] = []
    both_size = left_size = right_size = sum_size = 1
    for i in range(left.ndim):
        in_left, in_right = left.shape[i] != 1, right.shape[i] != 1
        if i in sum_dims:
            if in_left and in_right:
                sum_size *= left.shape[i]
            elif in_left:
                left = left.sum(i, keepdim=True)
            elif in_right:
                right = right.sum(i, keepdim=True)
        elif in_left and in_right:
            both.append(i)
            both_size *= left.shape[i]
        elif in_left:
            left_only.append(i)
            left_size *= left.shape[i]
        else:
            right_only.append(i)
            right_size *= right.shape[i]
    summed = list(sum_dims)
    out_size = ([left.shape[d] for d in both + left_only] + [1] * len(summed)
                + [right.shape[d] for d in right_only])
    order = both + left_only + summed + right_only
    back = [order.index(d) for d in range(len(order))]
    left = left.permute(order).reshape(both_size, left_size, sum_size)
    right = right.permute(both + summed + right_only + left_only).reshape(both_size, sum_size, right_size)
    return _F.bmm(left, right).view(out_size).permute(back)


def _trilinear_value(i1: Tensor, i2: Tensor, i3: Tensor, expand1: Sequence[int], expand2: Sequence[int],
                     expand3: Sequence[int], sumdim: Sequence[int], unroll_dim: int) -> Tensor:
    total_dim = i1.ndim + len(expand1)
    sum_12: list[int] = []
    sum_23: list[int] = []
    out_size: list[int] = []
    unroll_size = -1
    for i in range(total_dim):
        size = 0
        if i in expand1:
            i1 = i1.unsqueeze(i)
        else:
            size = i1.shape[i]
        if i in expand2:
            i2 = i2.unsqueeze(i)
        else:
            size = i2.shape[i]
        if i in expand3:
            i3 = i3.unsqueeze(i)
            if i in sumdim and i != unroll_dim:
                sum_12.append(i)
        else:
            size = i3.shape[i]
            if i in sumdim and i != unroll_dim:
                sum_23.append(i)
        out_size.append(1 if i in sumdim else size)
        if i == unroll_dim:
            unroll_size = size
    steps = [0 if unroll_dim in expand else 1 for expand in (expand1, expand2, expand3)]
    output = _F.zeros(out_size, dtype=i1.dtype)
    if i1.numel() and i2.numel() and i3.numel():
        for k in range(unroll_size):
            part = _sumproduct_pair(i1.narrow(unroll_dim, k * steps[0], 1), i2.narrow(unroll_dim, k * steps[1], 1),
                                    sum_12)
            part = _sumproduct_pair(part, i3.narrow(unroll_dim, k * steps[2], 1), sum_23)
            # a summed unroll dim adds the slices up one after another, in float32
            (output if unroll_dim in sumdim else output.narrow(unroll_dim, k, 1)).add_(part)
    kept = [n for i, n in enumerate(output.shape) if i not in sumdim]
    return output.view(kept)


def trilinear(i1: Tensor, i2: Tensor, i3: Tensor, expand1: Sequence[int], expand2: Sequence[int],
              expand3: Sequence[int], sumdim: Sequence[int], unroll_dim: int = 1) -> Tensor:
    """ATen's ``_trilinear``, recorded as one ``TrilinearBackward0`` node."""
    # the value from plain tensors on the same arrays (same layouts), free of graphs and tangents
    plain = [make(t._data, t.dtype) for t in (i1, i2, i3)]
    with no_grad():
        out = _trilinear_value(plain[0], plain[1], plain[2], expand1, expand2, expand3, sumdim, unroll_dim)
    if not (_State.enabled or _State.dual_level or _State.vmap_randomness):
        return out
    return record(RULES["_trilinear"], (i1, i2, i3), out,
                  {"expand1": tuple(expand1), "expand2": tuple(expand2), "expand3": tuple(expand3),
                   "sumdim": tuple(sumdim), "unroll_dim": unroll_dim})


def bilinear(input1: Tensor, input2: Tensor, weight: Tensor, bias: Optional[Tensor] = None) -> Tensor:
    """``y[..., o] = input1[..., :] @ weight[o] @ input2[..., :] + bias[o]``, checked in PyTorch's words."""
    if input1.ndim != input2.ndim:
        raise RuntimeError(f"bilinear(): input dimensions do not match: got {input1.ndim} and {input2.ndim}")
    for i in range(input1.ndim - 1):
        if input1.shape[i] != input2.shape[i]:
            raise RuntimeError(f"bilinear(): input batch dimensions do not match at dim {i}: got "
                               f"{input1.shape[i]} and {input2.shape[i]}")
    if input1.shape[-1] != weight.shape[1]:
        raise RuntimeError(f"bilinear(): input1 size does not match weight size: got {input1.shape[-1]} "
                           f"but expected {weight.shape[1]}")
    if input2.shape[-1] != weight.shape[2]:
        raise RuntimeError(f"bilinear(): input2 size does not match weight size: got {input2.shape[-1]} "
                           f"but expected {weight.shape[2]}")
    if bias is not None and bias.shape[0] != weight.shape[0]:
        raise RuntimeError(f"bilinear(): bias size does not match weight size: got {bias.shape[0]} "
                           f"but expected {weight.shape[0]}")
    out_size = list(input1.shape[:-1]) + [weight.shape[0]]
    flat1 = input1.reshape(-1, input1.shape[-1])
    flat2 = input2.reshape(-1, input2.shape[-1])
    output = trilinear(flat1, weight, flat2, (1, 3), (0,), (1, 2), (2, 3)).view(out_size)
    return output if bias is None else output + bias

