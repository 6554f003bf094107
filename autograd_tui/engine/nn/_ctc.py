"""Connectionist temporal classification (``F.ctc_loss`` / ``nn.CTCLoss``).

The loss of each sequence is ``-log`` of the summed probability of every alignment of its target
(with blanks between and around the labels) to the input frames: Graves' forward recursion over the
extended target ``blank, l1, blank, l2, ..., blank``, in log space. ATen's CPU kernel (a node of its
own, ``CtcLossBackward0``) runs it one scalar at a time in the input's dtype, each log-sum-exp as
``log(exp(a - m) + exp(b - m) + exp(c - m)) + m`` with the C library's ``exp``/``log``; the
gradient uses the backward recursion the same way. Both are reproduced here in that order: float32
losses and gradients keep PyTorch's bits (every measured case); float64 ones of longer inputs (30
frames) can differ in the last bit, from an unidentified difference in the double exp/log.
``reduction='mean'`` divides each loss by its target length (at least 1) and averages, as ordinary
ops (``DivBackward0``, ``MeanBackward0``).
"""
from __future__ import annotations

import math
from typing import Callable, Sequence, Union

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor, make
from autograd_tui.engine.functions._common import _scalar_type_name
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.parity import libm
from autograd_tui.engine.record import RULES, no_forward_ad, record, record_not_implemented

__all__ = ["ctc_loss", "ctc_loss_grad"]

Lengths = Union[Tensor, Sequence[int], int]
_CHECKING = " (while checking arguments for ctc_loss_allocate_outputs)"


def ctc_loss(log_probs: Tensor, targets: Tensor, input_lengths: Lengths, target_lengths: Lengths, blank: int,
             reduction: str, zero_infinity: bool) -> Tensor:
    if _State.dual_level and log_probs._tangent() is not None:
        raise no_forward_ad("_ctc_loss")  # PyTorch has none either
    lengths_in, lengths_target = _lengths(input_lengths, target_lengths)
    unbatched = log_probs.ndim == 2
    lp = log_probs.unsqueeze(1) if unbatched else log_probs
    tg = targets.unsqueeze(0) if unbatched and targets.ndim == 1 else targets
    labels = _checked_targets(lp, tg, lengths_in, lengths_target, blank)
    data = lp._data
    nll = np.array([_forward(data[:, b], labels[b], lengths_in[b], blank)[1] for b in range(lp.shape[1])],
                   data.dtype)
    raw = make(nll, lp.dtype)
    if _State.enabled and lp.requires_grad:
        record(RULES["ctc_loss"], (lp,), raw, {"labels": labels, "input_lengths": lengths_in, "blank": blank,
                                               "zero_infinity": zero_infinity, "nll": nll})
    loss = raw.squeeze(0) if unbatched else raw
    if zero_infinity:
        loss = _F.where(loss.eq(math.inf), _F.zeros_like(loss), loss)
    if reduction == "mean":
        divisor = _F.tensor(lengths_target, dtype=loss.dtype).clamp_min(1)
        return (loss / (divisor.squeeze(0) if unbatched else divisor)).mean()
    return loss.sum() if reduction == "sum" else loss


def _lengths(input_lengths: Lengths, target_lengths: Lengths) -> tuple[list[int], list[int]]:
    """Both as lists of ints: two tensors (of an integer type) or two sequences of ints."""
    both = (input_lengths, target_lengths)
    if isinstance(input_lengths, Tensor) and isinstance(target_lengths, Tensor):
        return ([int(v) for v in input_lengths.reshape(-1).tolist()],
                [int(v) for v in target_lengths.reshape(-1).tolist()])
    if all(isinstance(v, (tuple, list)) for v in both):
        return [int(v) for v in input_lengths], [int(v) for v in target_lengths]  # type: ignore[union-attr]
    raise TypeError(_no_overload(both))


_OVERLOADS = ("tuple of ints", "Tensor")


def _no_overload(lengths: tuple) -> str:
    """PyTorch's argument-parser message for lengths that fit neither overload."""
    got = ["Tensor" if isinstance(v, Tensor) else type(v).__name__ for v in lengths]
    names = [_describe(v) for v in lengths]
    lines = [f"ctc_loss() received an invalid combination of arguments - got (Tensor, Tensor, {', '.join(got)}, "
             f"int, int, bool), but expected one of:"]
    for kind in _OVERLOADS:
        lines.append(f" * (Tensor log_probs, Tensor targets, {kind} input_lengths, {kind} target_lengths, "
                     f"int blank = 0, int reduction = at::Reduction::Mean, bool zero_infinity = False)")
        fits = [isinstance(v, Tensor) if kind == "Tensor" else isinstance(v, (tuple, list)) for v in lengths]
        first_bad = fits.index(False)
        marked = [n if i < first_bad else f"!{n}!" for i, n in enumerate(names + ["int", "int", "bool"])]
        lines.append(f"      didn't match because some of the arguments have invalid types: (Tensor, Tensor, "
                     f"{', '.join(marked)})")
    return "\n".join(lines) + "\n"


def _describe(value: object) -> str:
    if isinstance(value, tuple):
        return f"tuple of ({', '.join(type(v).__name__ for v in value)})"
    if isinstance(value, list):
        return f"list of [{', '.join(type(v).__name__ for v in value)}]"
    return "Tensor" if isinstance(value, Tensor) else type(value).__name__


def _checked_targets(lp: Tensor, tg: Tensor, lengths_in: list[int], lengths_target: list[int],
                     blank: int) -> list[list[int]]:
    """PyTorch's checks in its order; each sequence's target labels."""
    if not lp.dtype.is_floating_point or lp.dtype in (dtypes.float16, dtypes.bfloat16):
        raise RuntimeError(f"\"ctc_loss_cpu\" not implemented for '{_scalar_type_name(lp.dtype)}'")
    frames, batch, classes = lp.shape
    if not 0 <= blank < classes:
        raise RuntimeError("blank must be in label range")
    if len(lengths_in) != batch:
        raise RuntimeError("input_lengths must be of size batch_size")
    if len(lengths_target) != batch:
        raise RuntimeError("target_lengths must be of size batch_size")
    flat = tg._data.astype(np.int64)
    labels: list[list[int]] = []
    if tg.ndim == 1:  # the targets of all sequences one after another
        start = 0
        for length in lengths_target:
            if length < 0:
                raise RuntimeError(f"Expected target_lengths to have value at least 0, but got value {length}"
                                   + _CHECKING)
            labels.append(flat[start:start + length].tolist())
            start += length
        if tg.shape[0] < start:
            raise RuntimeError(f"Expected tensor to have size at least {start} at dimension 0, but got size "
                               f"{tg.shape[0]} for argument #2 'targets'" + _CHECKING)
    else:
        longest = 0
        for length in lengths_target:
            if length < 0:
                raise RuntimeError(f"Expected target_lengths to have value at least 0, but got value {length}"
                                   + _CHECKING)
            longest = max(longest, length)
        if tg.shape[0] != batch:
            raise RuntimeError(f"Expected tensor to have size {batch} at dimension 0, but got size {tg.shape[0]} "
                               f"for argument #2 'targets'" + _CHECKING)
        if tg.shape[1] < longest:
            raise RuntimeError(f"Expected tensor to have size at least {longest} at dimension 1, but got size "
                               f"{tg.shape[1]} for argument #2 'targets'" + _CHECKING)
        labels = [flat[b, :length].tolist() for b, length in enumerate(lengths_target)]
    for length in lengths_in:
        if not 0 <= length <= frames:
            raise RuntimeError(f"Expected input_lengths to have value at most {frames}, but got value {length}"
                               + _CHECKING)
    return labels


def _math(dtype: np.dtype) -> tuple[Callable[[float], float], Callable[[float], float], type]:
    """exp, log and the rounding of the kernel's scalar type (the C library's functions)."""
    kind = np.dtype(dtype).type
    exp = libm.scalar_function("exp", kind) or math.exp
    log = libm.scalar_function("log", kind) or (lambda v: math.log(v) if v > 0 else -math.inf)
    return exp, log, kind


def _log_add(values: Sequence[float], exp, log, r) -> float:
    """log(sum(exp(v))) as the kernel computes it: shifted by the largest (0 when all are -inf)."""
    top = max(values)
    if top == -math.inf:
        top = 0.0
    total = r(exp(r(values[0] - top)))
    for v in values[1:]:
        total = r(total + r(exp(r(v - top))))
    return r(r(log(total)) + top)


def _extended(labels: list[int], blank: int) -> list[int]:
    out = [blank]
    for label in labels:
        out += [label, blank]
    return out


def _forward(lp: np.ndarray, labels: list[int], frames: int, blank: int) -> tuple[list[list[float]], float]:
    """Log alphas (frames x extended length) and the negative log-likelihood of one sequence."""
    exp, log, r = _math(lp.dtype)
    ext = _extended(labels, blank)
    width = len(ext)
    rows = lp.tolist()
    alpha = [[-math.inf] * width for _ in range(max(frames, 1))]
    if frames == 0:
        return alpha, 0.0 if not labels else math.inf
    alpha[0][0] = rows[0][blank]
    if labels:
        alpha[0][1] = rows[0][ext[1]]
    for t in range(1, frames):
        prev, cur = alpha[t - 1], alpha[t]
        for s in range(width):
            terms = [prev[s], prev[s - 1] if s > 0 else -math.inf,
                     prev[s - 2] if s > 1 and ext[s - 2] != ext[s] else -math.inf]
            cur[s] = r(_log_add(terms, exp, log, r) + rows[t][ext[s]])
    last = alpha[frames - 1]
    if not labels:
        return alpha, -last[0]
    return alpha, -_log_add([last[width - 1], last[width - 2]], exp, log, r)


def _sequence_grad(lp: np.ndarray, labels: list[int], frames: int, blank: int, nll: float,
                   scale: float) -> np.ndarray:
    """d loss / d log_probs of one sequence (frames x classes), times the incoming gradient."""
    exp, log, r = _math(lp.dtype)
    alpha, _ = _forward(lp, labels, frames, blank)
    ext = _extended(labels, blank)
    width = len(ext)
    rows = lp.tolist()
    collected = [[-math.inf] * lp.shape[1] for _ in range(lp.shape[0])]
    if frames > 0:
        beta = [[-math.inf] * width for _ in range(frames)]
        end = frames - 1
        beta[end][width - 1] = rows[end][blank]
        collected[end][blank] = r(alpha[end][width - 1] + beta[end][width - 1])
        if labels:
            beta[end][width - 2] = rows[end][ext[width - 2]]
            collected[end][ext[width - 2]] = r(alpha[end][width - 2] + beta[end][width - 2])
        for t in range(frames - 2, -1, -1):
            nxt, cur = beta[t + 1], beta[t]
            for s in range(width - 1, -1, -1):
                terms = [nxt[s], nxt[s + 1] if s < width - 1 else -math.inf,
                         nxt[s + 2] if s < width - 2 and ext[s + 2] != ext[s] else -math.inf]
                cur[s] = r(_log_add(terms, exp, log, r) + rows[t][ext[s]])
                both = r(alpha[t][s] + cur[s])
                held = collected[t][ext[s]]
                collected[t][ext[s]] = both if held == -math.inf else _log_add([held, both], exp, log, r)
    out = np.zeros(lp.shape, lp.dtype)
    for t in range(frames):
        for c in range(lp.shape[1]):
            v = rows[t][c]
            out[t, c] = r(r(r(exp(v)) - r(exp(r(r(collected[t][c] + nll) - v)))) * scale)
    return out


def ctc_loss_grad(grad: Tensor, log_probs: Tensor, labels: list[list[int]], input_lengths: list[int], blank: int,
                  zero_infinity: bool, nll: np.ndarray) -> Tensor:
    data = log_probs._data
    g = grad._data.reshape(-1)
    out = np.zeros(data.shape, data.dtype)
    for b in range(data.shape[1]):
        if zero_infinity and nll[b] == math.inf:
            continue
        out[:, b] = _sequence_grad(data[:, b], labels[b], input_lengths[b], blank, float(nll[b]), float(g[b]))
    result = make(out, log_probs.dtype)
    # PyTorch has no derivative of this kernel's gradient: under create_graph it says so
    return record_not_implemented("_ctc_loss_backward", (grad, log_probs), result)
