"""Group norm and instance norm, as ``torch.nn.functional`` computes them.

``group_norm`` records PyTorch's ``NativeGroupNormBackward0``. Each group's mean and variance
come from the same Welford cascade as layer norm (``_layer_norm.row_moments``, PyTorch's
``RowwiseMoments``), ``rstd`` from ``var + eps`` in double, and the output is ``x * scale + shift``
per channel, with ``scale = rstd * weight`` and ``shift = bias - scale * mean``, fused as PyTorch's
kernel fuses them: the float32 and float64 forward match PyTorch's bits on the oracle's inputs.
``instance_norm`` is, as in PyTorch, batch norm over a ``(1, N * C, ...)`` view of the input.
``rms_norm`` is PyTorch's composite on CPU: ``x * rsqrt(mean(x**2) + eps) * weight``, each step an
op of its own (so the graph shows MulBackward0, RsqrtBackward0, ...), in float for half inputs.
"""
from __future__ import annotations

from typing import Any, Optional, Sequence

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor, _scalar_name, make
from autograd_tui.engine.grad_mode import _State, no_grad
from autograd_tui.engine.nn import _conv_pool, _kernels
from autograd_tui.engine.nn import _rules
from autograd_tui.engine.nn._layer_norm import layer_norm_rows, row_moments
from autograd_tui.engine.parity import group_norm as group_norm_kernels
from autograd_tui.engine.parity.batch_norm import channels_last_like
from autograd_tui.engine.parity.float32_math import fma
from autograd_tui.engine.record import Rule, record

__all__ = ["group_norm", "group_norm_input_grad", "group_norm_weight_grad", "group_norm_bias_grad",
           "instance_norm", "rms_norm", "RULES"]


def _dims(shape) -> str:
    return "[" + ", ".join(str(d) for d in shape) + "]"


def rms_norm(input: Tensor, normalized_shape, weight: Optional[Tensor] = None,
             eps: Optional[float] = None) -> Tensor:
    if not isinstance(normalized_shape, (tuple, list)):
        raise TypeError("rms_norm(): argument 'normalized_shape' (position 2) must be tuple of ints, not "
                        f"{type(normalized_shape).__name__}")
    shape = tuple(int(d) for d in normalized_shape)
    if not shape:
        raise RuntimeError("Expected normalized_shape to be at least 1-dimensional, i.e., containing at least "
                           "one element, but got normalized_shape = []")
    if weight is not None and tuple(weight.shape) != shape:
        raise RuntimeError(f"Expected weight to be of same shape as normalized_shape, but got weight of shape "
                           f"{_dims(weight.shape)} and normalized_shape = {_dims(shape)}")
    if input.ndim < len(shape) or tuple(input.shape[input.ndim - len(shape):]) != shape:
        raise RuntimeError(f"Given normalized_shape={_dims(shape)}, expected input with shape "
                           f"[*{', '.join(str(d) for d in shape)}], but got input of size{_dims(input.shape)}")
    if not input.dtype.is_floating_point:
        raise NotImplementedError(f'"rms_norm" not implemented for \'{_scalar_name(input.dtype)}\'')
    # Half inputs are computed in float (PyTorch's opmath type), eps included, and cast back.
    half = input.dtype in (dtypes.float16, dtypes.bfloat16)
    x = input.float() if half else input
    if eps is None:
        eps = float(dtypes.finfo(x.dtype).eps)
    dims = tuple(range(-len(shape), 0))
    out = x * _F.rsqrt(x.pow(2).mean(dims, keepdim=True) + eps)
    if weight is not None:
        out = out * weight
    return out.to(input.dtype) if half else out


def group_norm(input: Tensor, num_groups: int, weight: Optional[Tensor] = None, bias: Optional[Tensor] = None,
               eps: float = 1e-5) -> Tensor:
    if input.ndim < 2:
        raise RuntimeError(f"Expected at least 2 dimensions for input tensor but received {input.ndim}")
    n, c = input.shape[0], input.shape[1]
    if num_groups <= 0 or c % num_groups != 0:
        raise RuntimeError("Expected number of channels in input to be divisible by num_groups, but got input of "
                           f"shape {_dims(input.shape)} and num_groups={num_groups}")
    for name, param in (("weight", weight), ("bias", bias)):
        if param is not None and (param.ndim != 1 or param.shape[0] != c):
            raise RuntimeError(f"Expected {name} to be a vector of size equal to the number of channels in input, "
                               f"but got {name} of shape {_dims(param.shape)} and input of shape {_dims(input.shape)}")
    if any(param is not None and param.dtype is not input.dtype for param in (weight, bias)):
        raise RuntimeError("mixed dtype (CPU): all inputs must share same datatype.")
    if not input.dtype.is_floating_point:
        raise NotImplementedError(f'"GroupNormKernelImpl" not implemented for \'{_scalar_name(input.dtype)}\'')
    x = np.ascontiguousarray(input._data)
    per_channel = int(np.prod(input.shape[2:])) if input.ndim > 2 else 1
    mean, rstd = _group_stats(x, num_groups, eps)
    xs = x.reshape(n, num_groups, -1)
    if weight is None and bias is None:
        y = (xs - mean.reshape(n, num_groups, 1)) * rstd.reshape(n, num_groups, 1)
    else:
        # Per (sample, channel): the channel's scale and shift from its group's rstd and mean.
        rstd_c = np.repeat(rstd.reshape(n, num_groups), c // num_groups, axis=1)
        mean_c = np.repeat(mean.reshape(n, num_groups), c // num_groups, axis=1)
        scale = rstd_c if weight is None else rstd_c * weight._data
        beta = np.zeros(c, x.dtype) if bias is None else bias._data
        xs = x.reshape(n, c, per_channel)
        shift = fma(-scale, mean_c, beta).astype(x.dtype)
        y = fma(xs, scale[:, :, None], shift[:, :, None]).astype(x.dtype)
    y = np.asarray(y, x.dtype).reshape(input.shape)
    if channels_last_like(input._data):  # PyTorch's output keeps a channels-last input's layout
        laid_out = np.empty_like(input._data)
        laid_out[...] = y
        y = laid_out
    out = make(y, input.dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        # PyTorch's node saves the forward's mean and 1/std, outputs 1 and 2 of native_group_norm
        # (its backward kernel reuses them), and the sizes it ran with: _saved_result1, _saved_N, ...
        mean_t, rstd_t = make(mean.reshape(n, num_groups), input.dtype), make(rstd.reshape(n, num_groups), input.dtype)
        record(RULES["group_norm"], (input, weight, bias), out,
               {"N": n, "C": c, "HxW": per_channel, "group": num_groups, "eps": eps, "result1": mean_t,
                "result2": rstd_t}, outputs={"result": out, "result1": mean_t, "result2": rstd_t})
        if out.grad_fn is not None and out._requires_grad:
            # the mean and 1/std are outputs 1 and 2 of PyTorch's node: a gradient made under
            # create_graph reads them with this node as grad_fn, and a second one arrives there
            # (recorded as one output, so that forward AD takes the op's single-output tangent)
            out.grad_fn._num_outputs = 3
    return out


def _group_stats(x: np.ndarray, groups: int, eps: float) -> tuple[np.ndarray, np.ndarray]:
    """Each (sample, group)'s mean and 1/std of a contiguous array, flat, as the forward kernel
    computes them (the backward kernel reuses them)."""
    rows = x.reshape(x.shape[0] * groups, -1)
    if x.dtype in (np.float32, np.float64) and rows.shape[1]:
        mean, var = row_moments(rows)
    else:
        mean = rows.mean(axis=1)
        var = ((rows - mean[:, None]) ** 2).mean(axis=1)
    # PyTorch adds eps (a double) in double precision: 1 / sqrt(var + eps) is rounded once.
    rstd = (1 / np.sqrt(np.maximum(var, x.dtype.type(0)).astype(np.float64) + eps)).astype(x.dtype)
    return mean, rstd


def _kernel_arrays(g: Tensor, a: Tensor, weight) -> Optional[tuple[np.ndarray, np.ndarray]]:
    """dy and x as contiguous arrays where PyTorch's float32/float64 contiguous backward kernel
    applies on plain arrays (no graph to record: create_graph takes the differentiable formulas;
    a channels-last input runs another kernel), else None."""
    if _State.enabled or a._data.dtype not in (np.float32, np.float64) or g.dtype is not a.dtype or \
            a.numel() == 0 or (weight is not None and weight.dtype is not a.dtype) or \
            channels_last_like(a._data):
        return None
    return np.ascontiguousarray(np.broadcast_to(g._data, a.shape)), np.ascontiguousarray(a._data)


def _kernel_operands(g: Tensor, a: Tensor, weight, groups: int, eps: float,
                     cache: Optional[dict] = None) -> Optional[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]]:
    """dy, x and the forward's (N, groups) mean and 1/std (saved in ``cache``, else recomputed)
    for the backward kernel, or None where it does not apply."""
    arrays = _kernel_arrays(g, a, weight)
    if arrays is None:
        return None
    dy, x = arrays
    if cache is not None and cache["mean"].dtype == x.dtype:
        return dy, x, cache["mean"], cache["rstd"]
    mean, rstd = _group_stats(x, groups, eps)
    shape = (x.shape[0], groups)
    return dy, x, mean.reshape(shape), rstd.reshape(shape)


def _group_moments(a: Tensor, groups: int, eps: float) -> tuple[Tensor, Tensor, Tensor, Tensor]:
    """``a`` as (n, groups, rest), its per-group mean, ``a - mean`` and 1/std."""
    xg = a.reshape(a.shape[0], groups, -1)
    mu = xg.mean(-1, keepdim=True)
    centered = xg - mu
    return xg, mu, centered, _F.rsqrt((centered * centered).mean(-1, keepdim=True) + eps)


def _others(a: Tensor) -> tuple[int, ...]:
    return (0,) + tuple(range(2, a.ndim))   # every dim but the channels


def group_norm_input_grad(g: Tensor, a: Tensor, weight, groups: int, eps: float,
                          cache: Optional[dict] = None) -> Tensor:
    """dx of group norm, in differentiable ops, written as PyTorch's kernel writes it,
    ``rstd * weight * g + c2 * x + c3`` with two per-group constants, so that a uniform ``g``
    (``y.sum().backward()``) cancels as it does there. Without a graph to record, PyTorch's
    kernel itself on the arrays (``parity/group_norm.py``)."""
    kernel = _kernel_operands(g, a, weight, groups, eps, cache)
    if kernel is not None:
        dx = group_norm_kernels.input_grad(kernel[1], kernel[0], None if weight is None else weight._data, groups,
                                           kernel[2], kernel[3])
        return make(dx, a.dtype)
    n, c = a.shape[0], a.shape[1]
    channel_shape = (1, c) + (1,) * (a.ndim - 2)
    xg, mu, _, rstd = _group_moments(a, groups, eps)
    count = xg.shape[-1]
    gy = g * weight.reshape(channel_shape) if weight is not None else g
    gyg = gy.reshape(n, groups, -1)
    ds = (gyg * xg).sum(-1, keepdim=True)
    db = gyg.sum(-1, keepdim=True)
    c2 = (db * mu - ds) * rstd * rstd * rstd / count
    c3 = -c2 * mu - db * rstd / count
    return (rstd * gyg + c2 * xg + c3).reshape(a.shape)


def group_norm_weight_grad(g: Tensor, a: Tensor, weight, groups: int, eps: float,
                           cache: Optional[dict] = None) -> Tensor:
    kernel = _kernel_operands(g, a, weight, groups, eps, cache)
    if kernel is not None:
        return make(group_norm_kernels.weight_grad(kernel[1], kernel[0], groups, kernel[2], kernel[3]), a.dtype)
    _, _, centered, rstd = _group_moments(a, groups, eps)
    return (g * (centered * rstd).reshape(a.shape)).sum(_others(a))


def group_norm_bias_grad(g: Tensor, a: Tensor, weight, groups: int, eps: float) -> Tensor:
    arrays = _kernel_arrays(g, a, weight)
    if arrays is not None:
        return make(group_norm_kernels.bias_grad(arrays[0]), a.dtype)
    return g.sum(_others(a))


def instance_norm(input: Tensor, running_mean: Optional[Tensor] = None, running_var: Optional[Tensor] = None,
                  weight: Optional[Tensor] = None, bias: Optional[Tensor] = None, use_input_stats: bool = True,
                  momentum: float = 0.1, eps: float = 1e-5) -> Tensor:
    from autograd_tui.engine.nn.functional import batch_norm  # noqa: PLC0415 - functional imports this module
    n, c = input.shape[0], input.shape[1]
    folded = input.contiguous().view((1, n * c) + tuple(input.shape[2:]))
    w = weight.repeat(n) if weight is not None else None
    b = bias.repeat(n) if bias is not None else None
    rm = running_mean.repeat(n) if running_mean is not None else None
    rv = running_var.repeat(n) if running_var is not None else None
    out = batch_norm(folded, rm, rv, w, b, training=use_input_stats, momentum=momentum, eps=eps)
    if use_input_stats:
        with no_grad():
            for stat, repeated in ((running_mean, rm), (running_var, rv)):
                if stat is not None and repeated is not None:
                    stat.copy_(repeated.view(n, c).mean(0))
    return out.view(input.shape)


def _stats(mean: Tensor, rstd: Tensor) -> dict:
    """The forward's (N, groups) mean and 1/std, as the kernels read them."""
    return {"mean": mean._data, "rstd": rstd._data}


RULES = {
    "group_norm": Rule(
        "group_norm", "NativeGroupNormBackward0", None,
        # one formula per input, each computing only its own gradient (the arguments are the
        # same for all three, so each saves what PyTorch's node saves)
        (lambda grad, input, weight, result1, result2, N, C, HxW, group, eps:
            group_norm_input_grad(grad, input, weight, group, eps, _stats(result1, result2)),
         lambda grad, input, weight, result1, result2, N, C, HxW, group, eps:
            group_norm_weight_grad(grad, input, weight, group, eps, _stats(result1, result2)),
         lambda grad, input, weight, result1, result2, N, C, HxW, group, eps:
            group_norm_bias_grad(grad, input, weight, group, eps)),
        (0, 1, 2), ("input", "weight", "bias")),
}


def local_response_norm(input: Tensor, size: int, alpha: float = 1e-4, beta: float = 0.75, k: float = 1.0) -> Tensor:
    """``F.local_response_norm``: each value divided by ``(k + alpha * mean of squares) ** beta``, the
    mean taken over a window of ``size`` neighbouring channels (zeros past the edges count). Built
    from the same ops as PyTorch's (square, zero padding along the channels, an average pool with a
    (size, 1) window, then mul/add/pow/div), so the bits and the graph's nodes follow it."""
    if input.ndim < 3:  # PyTorch's message has a line break's indentation inside it
        raise ValueError(f"Expected 3D or higher dimensionality                          input "
                         f"(got {input.ndim} dimensions)")
    if input.numel() == 0:
        return input
    squares = input.mul(input)
    before, after = size // 2, (size - 1) // 2
    if input.ndim == 3:
        padded = _kernels.constant_pad_nd(squares.unsqueeze(1), (0, 0, before, after), 0)
        mean_sq = _conv_pool.avg_pool2d(padded, (size, 1), stride=1).squeeze(1)
    else:  # the trailing dims folded into one: a (size, 1) window over channels sums the same values
        n, c = input.shape[0], input.shape[1]
        padded = _kernels.constant_pad_nd(squares.view(n, 1, c, -1), (0, 0, before, after), 0)
        mean_sq = _conv_pool.avg_pool2d(padded, (size, 1), stride=1).squeeze(1).view(input.shape)
    return input / mean_sq.mul(alpha).add(k).pow(beta)


def normalize(input: Tensor, p: float = 2.0, dim: int = 1, eps: float = 1e-12, out: Any = None) -> Tensor:
    """``input / max(||input||_p, eps)`` along ``dim``, composed as PyTorch composes it."""
    if out is not None:
        raise NotImplementedError("normalize(out=...) is not supported by the embedded engine")
    denom = input.norm(p, dim, keepdim=True).clamp_min(eps).expand_as(input)
    return input / denom


def _check_layer_norm_dtypes(input: Tensor, weight: Optional[Tensor], bias: Optional[Tensor]) -> None:
    """ATen's CPU checks: parameters of another dtype than the input are allowed only as float32
    ones beside a reduced-precision (or float32) input; a lone integer input has no kernel."""
    params = [t for t in (weight, bias) if t is not None]
    if params and params[0].dtype is not input.dtype:
        if input.dtype not in (dtypes.bfloat16, dtypes.float16, dtypes.float32):
            raise RuntimeError("mixed dtype (CPU): all inputs must share same datatype.")
        if any(t.dtype is not dtypes.float32 for t in params):
            raise RuntimeError("mixed dtype (CPU): expect parameter to have scalar type of Float")
    elif not input.dtype.is_floating_point:
        raise NotImplementedError(f"\"LayerNormKernelImpl\" not implemented for '{input.dtype.legacy_name[:-6]}'")


def layer_norm(input: Tensor, normalized_shape: Sequence[int], weight: Optional[Tensor] = None,
               bias: Optional[Tensor] = None, eps: float = 1e-5) -> Tensor:
    shape = (int(normalized_shape),) if isinstance(normalized_shape, int) else tuple(int(d) for d in normalized_shape)
    n = len(shape)
    if n == 0:
        raise RuntimeError("Expected normalized_shape to be at least 1-dimensional, i.e., containing at least "
                           "one element, but got normalized_shape = []")
    for name, t in (("weight", weight), ("bias", bias)):
        if t is not None and tuple(t.shape) != shape:
            raise RuntimeError(f"Expected {name} to be of same shape as normalized_shape, but got {name} of "
                               f"shape {_bracketed(t.shape)} and normalized_shape = {_bracketed(shape)}")
    if input.ndim < n or tuple(input.shape[input.ndim - n:]) != shape:
        raise RuntimeError(f"Given normalized_shape={_bracketed(shape)}, expected input with shape "
                           f"[*, {', '.join(str(d) for d in shape)}], but got input of size{_bracketed(input.shape)}")
    _check_layer_norm_dtypes(input, weight, bias)
    if input.dtype is dtypes.float32 and input.numel() and all(
            t is None or t.dtype is dtypes.float32 for t in (weight, bias)):
        cols = int(np.prod(shape))
        rows = np.ascontiguousarray(input._data).reshape(-1, cols)
        y = layer_norm_rows(rows, None if weight is None else weight._data.reshape(-1),
                            None if bias is None else bias._data.reshape(-1), eps).reshape(input.shape)
    elif not input.numel():
        y = np.array(input._data)  # nothing to normalise (numpy's mean of nothing would warn)
    else:
        x = input._data.astype(np.float64)
        axes = tuple(range(input.ndim - n, input.ndim))
        mu = x.mean(axis=axes, keepdims=True)
        var = ((x - mu) ** 2).mean(axis=axes, keepdims=True)
        y = (x - mu) / np.sqrt(var + eps)
        if weight is not None:
            y = y * weight._data
        if bias is not None:
            y = y + bias._data
    out = make(y.astype(input.dtype.np), input.dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        record(_rules.RULES["layer_norm"], (input, weight, bias), out, {"n_norm": n, "eps": eps})
    return out


def _bracketed(shape) -> str:
    return "[" + ", ".join(str(d) for d in shape) + "]"
