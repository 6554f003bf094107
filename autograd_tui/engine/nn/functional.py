"""``torch.nn.functional``: layers and losses as plain functions.

Each function checks its arguments as PyTorch does (same errors and warnings), computes with
numpy, and records the node PyTorch shows (``ConvolutionBackward0``, ``NllLossBackward0``, …)
through the "Neural-network ops" entries of ``derivatives.py``. Where PyTorch itself composes a
function from smaller ops (``l1_loss``, soft-label ``cross_entropy``, ``dropout``), we compose
it from the same ops so that ``grad_fn`` and ``next_functions`` read the same.
"""
from __future__ import annotations as _annotations

from autograd_tui.engine import meta as _meta
from autograd_tui.engine import missing as _missing
from autograd_tui.engine import public_names as _public_names

import functools as _functools
import warnings
from typing import Any as _Any, Optional as _Optional, Sequence as _Sequence, Union as _Union, cast as _cast

import numpy as np

from autograd_tui.engine import dtypes as _dtypes
from autograd_tui.engine import functions as _F
from autograd_tui.engine.functions.pointwise import laid_out_as_leading_operand as _laid_out_as_leading_operand
from autograd_tui.engine._tensor import AT_LIBRARY as _AT_LIBRARY, Tensor, _scalar_name, make as _make
from autograd_tui.engine._tensor import warn_at_caller as _warn
from autograd_tui.engine.amp import _full_precision_op, _lower_precision_op
from autograd_tui.engine.grad_mode import _State, no_grad as _no_grad
from autograd_tui.engine.nn import _activations, _conv3d, _conv_pool, _kernels, _pool3d
from autograd_tui.engine.nn import _attention, _conv_transpose, _im2col, _norms, _padding, _resample, _rules, _unpool
from autograd_tui.engine.nn._dropout import alpha_dropout as alpha_dropout, dropout as dropout
from autograd_tui.engine.nn._dropout import dropout1d as dropout1d, dropout2d as dropout2d, dropout3d as dropout3d
from autograd_tui.engine.nn import _class_weights, _composite_losses, _ctc, _loss_tangents, _margin_losses
from autograd_tui.engine.nn._fractional_pool import fractional_max_pool2d, fractional_max_pool2d_with_indices  # noqa: F401
from autograd_tui.engine.nn._pixel_shuffle import pixel_shuffle as pixel_shuffle, pixel_unshuffle as pixel_unshuffle
from autograd_tui.engine.nn._pixel_shuffle import channel_shuffle as _channel_shuffle
from autograd_tui.engine.nn._grid_sample import affine_grid as affine_grid, grid_sample as grid_sample
from autograd_tui.engine.nn._dropout import feature_alpha_dropout as feature_alpha_dropout
from autograd_tui.engine.nn._embedding import embedding as embedding, embedding_bag as embedding_bag
from autograd_tui.engine.nn._bilinear import bilinear as bilinear
from autograd_tui.engine.nn import grad as grad  # torch.nn.functional.grad is torch.nn.grad
from autograd_tui.engine.parity import softmax as _softmax_kernels
from autograd_tui.engine.parity import batch_norm as _bn_kernel, batch_norm_reduced as _bn_reduced
from autograd_tui.engine.parity.nll import nll_reduce as _nll_reduce, nll_reduce_bfloat16 as _nll_reduce_bfloat16
from autograd_tui.engine.parity.summation import float_sum as _float_sum
from autograd_tui.engine.record import RULES as _RULES, record as _record
from autograd_tui.engine.nn._boolean_dispatch import boolean_dispatch as _boolean_dispatch
from autograd_tui.engine.nn._size_args import refusing_float_pool_sizes as _pooled, refusing_float_sizes as _sized

_IntOrPair = _Union[int, _Sequence[int]]

# Activations that already live in the core (same nodes as PyTorch's functional forms).
sigmoid = _F.sigmoid
tanh, pdist = _F.tanh, _F.pdist  # pdist: torch.pdist itself, as in PyTorch
# Linear, convolution and pooling (nn/_conv_pool.py).
linear = _conv_pool.linear
conv2d = _sized(_conv_pool.conv2d, "conv2d")
max_pool2d = _pooled(_conv_pool.max_pool2d, "max_pool2d")
max_pool2d_with_indices = _conv_pool.max_pool2d_with_indices
avg_pool2d = _sized(_conv_pool.avg_pool2d, "avg_pool2d")
adaptive_avg_pool2d = _conv_pool.adaptive_avg_pool2d
conv1d = _sized(_conv_pool.conv1d, "conv1d")
conv_transpose2d = _sized(_lower_precision_op(_conv_transpose.conv_transpose2d), "conv_transpose2d")
conv_transpose1d = _sized(_lower_precision_op(_conv_transpose.conv_transpose1d), "conv_transpose1d")
conv_transpose3d = _sized(_lower_precision_op(_conv_transpose.conv_transpose3d), "conv_transpose3d")
conv3d = _sized(_lower_precision_op(_conv3d.conv3d), "conv3d")
max_pool3d, max_pool3d_with_indices = _conv3d.max_pool3d, _conv3d.max_pool3d_with_indices
avg_pool3d = _sized(_pool3d.avg_pool3d, "avg_pool3d")
adaptive_avg_pool3d, adaptive_max_pool3d = _pool3d.adaptive_avg_pool3d, _pool3d.adaptive_max_pool3d
max_pool1d, avg_pool1d = _pooled(_conv_pool.max_pool1d, "max_pool1d"), _sized(_conv_pool.avg_pool1d, "avg_pool1d")
adaptive_avg_pool1d = _sized(_conv_pool.adaptive_avg_pool1d, "adaptive_avg_pool1d")
max_unpool1d = _unpool.max_unpool1d
lp_pool1d = _conv_pool.lp_pool1d
lp_pool2d, lp_pool3d = _conv_pool.lp_pool2d, _conv3d.lp_pool3d
max_unpool2d, max_unpool3d = _unpool.max_unpool2d, _unpool.max_unpool3d
adaptive_max_pool2d = _conv_pool.adaptive_max_pool2d
adaptive_max_pool1d = _sized(_conv_pool.adaptive_max_pool1d, "adaptive_max_pool1d")
_pair = _conv_pool._pair
_c_name = _conv_pool._c_name
_conv_padding = _conv_pool._conv_padding
_pool_args = _conv_pool._pool_args
_as_4d = _conv_pool._as_4d
_adaptive_size = _conv_pool._adaptive_size

# Group and instance norm (nn/_norms.py).
group_norm = _norms.group_norm
local_response_norm = _norms.local_response_norm
instance_norm = _norms.instance_norm
layer_norm = _norms.layer_norm
rms_norm = _norms.rms_norm
# Upsampling (nn/_resample.py).
interpolate = _resample.interpolate
scaled_dot_product_attention = _lower_precision_op(_attention.scaled_dot_product_attention)
upsample = _resample.upsample_
upsample_nearest = _resample.upsample_nearest
upsample_bilinear = _resample.upsample_bilinear


# The rest of the activation family (nn/_activations.py).
celu = _activations.celu
elu = _activations.elu
gelu = _activations.gelu
glu = _F.parsed(_activations.glu, "glu")
gumbel_softmax = _activations.gumbel_softmax
leaky_relu = _activations.leaky_relu
leaky_relu_ = _activations.leaky_relu_
rrelu = _activations.rrelu
rrelu_ = _activations.rrelu_
hardshrink = _activations.hardshrink
hardsigmoid = _activations.hardsigmoid
hardswish = _activations.hardswish
hardtanh = _activations.hardtanh
logsigmoid = _activations.logsigmoid
mish = _activations.mish
prelu = _lower_precision_op(_activations.prelu)
relu6 = _activations.relu6
selu = _activations.selu
silu = _activations.silu
softmin = _activations.softmin
softshrink = _activations.softshrink
softsign = _activations.softsign
tanhshrink = _activations.tanhshrink
threshold = _activations.threshold
celu_, selu_, threshold_ = (_F.parsed(f) for f in (_activations.celu_, _activations.selu_, _activations.threshold_))
normalize = _norms.normalize


def elu_(input: Tensor, alpha: float = 1) -> Tensor:  # (the C entries' defaults are ints: nodes save them)
    return elu(input, alpha, inplace=True)


def hardtanh_(input: Tensor, min_val: float = -1, max_val: float = 1) -> Tensor:
    return hardtanh(input, min_val, max_val, inplace=True)


def _cosine_similarity(x1: Tensor, x2: Tensor, dim: int = 1, eps: float = 1e-8) -> Tensor:
    """Each input divided by its norm (clamped to ``eps`` without a gradient), multiplied, summed,
    composed as ATen composes it: both inputs broadcast to one shape first."""
    if dim.__class__ is not int:
        dim = _F.index_dim(dim)  # one dim (the norms below would take a tuple)
    common = _F.result_type(x1, x2)
    if not common.is_floating_point:
        raise RuntimeError(f"expected common dtype to be floating point, yet common dtype is {_scalar_name(common)}")
    # integer (and bool) inputs take the common dtype, as the norms need floating point
    x1 = x1 if x1.dtype.is_floating_point else x1.to(common)
    x2 = x2 if x2.dtype.is_floating_point else x2.to(common)
    x1, x2 = _broadcast_pair(x1, x2)
    # clones, so that clamping in place leaves the norms' own saved results alone
    n1 = _F.vector_norm(x1, 2, dim, keepdim=True).clone()
    n2 = _F.vector_norm(x2, 2, dim, keepdim=True).clone()
    with _no_grad():
        n1.clamp_min_(eps)
        n2.clamp_min_(eps)
    return ((x1 / n1) * (x2 / n2)).sum(dim)


cosine_similarity = _F.parsed(_cosine_similarity, "cosine_similarity")
channel_shuffle = _F.parsed(_channel_shuffle, "channel_shuffle")


def pairwise_distance(x1: Tensor, x2: Tensor, p: float = 2.0, eps: float = 1e-6, keepdim: bool = False) -> Tensor:
    return _F.aten_norm(_add_scalar(x1 - x2, eps), p, -1, keepdim)


# ============================================================================================
# Activations
# ============================================================================================
def relu(input: Tensor, inplace: bool = False) -> Tensor:
    return relu_(input) if inplace else _F.relu(input)


def relu_(input: Tensor) -> Tensor:
    return _F._inplace(input, _F.relu)


def softmax(input: Tensor, dim: _Optional[int] = None, _stacklevel: int = 3, dtype=None) -> Tensor:
    return _softmax_method("softmax", input, dim, dtype, stacklevel=_stacklevel)


def log_softmax(input: Tensor, dim: _Optional[int] = None, _stacklevel: int = 3, dtype=None) -> Tensor:
    return _softmax_method("log_softmax", input, dim, dtype, stacklevel=_stacklevel)


def _softmax_method(name: str, input: Tensor, dim, dtype, shown: str | None = None, stacklevel: int = 3) -> Tensor:
    """As PyTorch's Python code: the implicit dim (warning under ``shown``'s name) when none is
    given, then ``input.softmax(dim)``, whose parser errors these are."""
    if dim is None:
        dim = _F.implicit_softmax_dim(shown or name, input.ndim, stacklevel)
    try:
        return getattr(_F, name)(input, dim, dtype=dtype)
    except _F.ArgumentTypeError:
        raise _F.refused(name, (input, dim), {} if dtype is None else {"dtype": dtype}, method=True) from None


# ============================================================================================
# Normalisation and dropout
# ============================================================================================
def batch_norm(input: Tensor, running_mean: _Optional[Tensor], running_var: _Optional[Tensor],
               weight: _Optional[Tensor] = None, bias: _Optional[Tensor] = None, training: bool = False,
               momentum: _Optional[float] = 0.1, eps: float = 1e-5) -> Tensor:
    if not isinstance(momentum, (int, float)):  # nn.BatchNorm turns momentum=None into a float itself
        raise TypeError(f"batch_norm(): argument 'momentum' (position 7) must be float, not {type(momentum).__name__}")
    if training:
        per_channel = input.numel() // input.shape[1] if input.ndim > 1 else input.numel()
        if per_channel == 1:
            raise ValueError(f"Expected more than 1 value per channel when training, got input size {input.shape}")
    return _native_batch_norm(input, running_mean, running_var, weight, bias, training, momentum, eps)


def _native_batch_norm(input: Tensor, running_mean: _Optional[Tensor], running_var: _Optional[Tensor],
                       weight: _Optional[Tensor], bias: _Optional[Tensor], training: bool, momentum: float,
                       eps: float) -> Tensor:
    """``torch.batch_norm``: the op ``batch_norm`` calls once its own checks pass."""
    if not input.dtype.is_floating_point:
        raise NotImplementedError(f"\"batch_norm\" not implemented for '{input.dtype.legacy_name[:-6]}'")
    if input.numel() == 0:
        # ATen's path for an empty batch: no statistics (the running ones stay), a copy of the input
        # times weight[0] plus bias[0], so that the graph still reaches both
        out = input.clone()
        if weight is not None:
            out = out * weight[0]
        return out if bias is None else out + bias[0]
    x = input._data
    c = x.shape[1]
    for name, stat in (("running_mean", running_mean), ("running_var", running_var)):
        if stat is not None and stat.numel() != c:
            raise RuntimeError(f"{name} should contain {c} elements not {stat.numel()}")
    if input.dtype is _dtypes.bfloat16 and x.flags.c_contiguous:
        # ATen's reduced-type kernel (parity/batch_norm_reduced.py); float32 parameters make it mixed
        reduced = _functools.partial(_bn_reduced.contiguous, mixed=any(
            p is not None and p.dtype is _dtypes.float32 for p in (weight, bias, running_mean, running_var)))
        mean, invstd, y = _batch_norm_kernel(reduced, x, running_mean, running_var, weight, bias, training,
                                             _cast(float, momentum), eps)
    elif x.dtype in (np.float32, np.float64) and (x.flags.c_contiguous or not _bn_kernel.channels_last_like(x)):
        kernel = _bn_kernel.contiguous if x.flags.c_contiguous else \
            _functools.partial(_bn_kernel.strided, sqrt=lambda a: _F.sqrt(_make(a, input.dtype))._data)
        mean, invstd, y = _batch_norm_kernel(kernel, x, running_mean, running_var, weight, bias, training,
                                             _cast(float, momentum), eps)
    elif x.dtype in (np.float32, np.float64) and _bn_kernel.channels_last_is_cheap(x):  # channels-last
        mean, invstd, y = _batch_norm_kernel(_bn_kernel.channels_last, x, running_mean, running_var, weight, bias,
                                             training, _cast(float, momentum), eps)
    else:
        mean, invstd, y = _batch_norm_any(x, running_mean, running_var, weight, bias, training,
                                          _cast(float, momentum), eps)
    if not _bn_kernel.channels_last_like(x):  # PyTorch's output is contiguous unless channels-last
        y = np.ascontiguousarray(y)
    out = _make(y.astype(x.dtype, copy=False), input.dtype)
    if not training and running_var is not None:  # the backward kernels' invstd, from double
        invstd = (1.0 / np.sqrt(running_var._data.astype(np.float64) + eps)).astype(x.dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        _record(_RULES["batch_norm"], (input, weight, bias), out, {"mean": mean, "invstd": invstd, "training": training,
                "eps": eps, "running_mean": running_mean, "running_var": running_var})
    return out


def _batch_norm_kernel(kernel, x: np.ndarray, running_mean, running_var, weight, bias, training: bool,
                       momentum: float, eps: float) -> tuple:
    """PyTorch's CPU kernel for a contiguous input, or its generic path for a strided one
    (``parity/batch_norm.py``); the running statistics take their new values in place."""
    mean, invstd, y, new_mean, new_var = kernel(
        x, None if running_mean is None else running_mean._data, None if running_var is None else running_var._data,
        None if weight is None else weight._data, None if bias is None else bias._data, training, momentum, eps)
    if new_mean is not None and new_var is not None:
        _store_stat(_cast(Tensor, running_mean), new_mean)
        _store_stat(_cast(Tensor, running_var), new_var)
    return mean, invstd, y


def _store_stat(stat: Tensor, value: np.ndarray) -> None:
    """A running statistic takes its new value in place (a buffer update)."""
    np.copyto(stat._data, value.astype(stat._data.dtype)) if stat._data.flags.writeable \
        else setattr(stat, "_data", value.astype(stat.dtype.np))
    stat._bump_version()


def _batch_norm_any(x: np.ndarray, running_mean, running_var, weight, bias, training: bool, momentum: float,
                    eps: float) -> tuple:
    """Any other layout: the statistics in double precision, as PyTorch's CPU kernel keeps them."""
    dims = (0,) + tuple(range(2, x.ndim))
    c = x.shape[1]
    shape = (1, c) + (1,) * (x.ndim - 2)
    work = np.float32 if x.dtype == np.float16 else x.dtype  # float16: applied in float32, rounded once
    if training:
        mean64 = x.mean(axis=dims, dtype=np.float64)
        var64 = np.square(x - mean64.reshape(shape)).mean(axis=dims, dtype=np.float64)
        mean = mean64.astype(x.dtype)
        invstd = (1.0 / np.sqrt(var64 + eps)).astype(x.dtype)
        if running_mean is not None and running_var is not None:
            n = x.size // c
            unbiased = var64 * n / max(n - 1, 1)
            _blend_(running_mean, mean64, momentum)
            _blend_(running_var, unbiased, momentum)
    else:
        mean = _cast(Tensor, running_mean)._data.astype(x.dtype, copy=False)
        invstd = (1.0 / np.sqrt(_cast(Tensor, running_var)._data.astype(np.float64) + eps)).astype(work)
    y = (x.astype(work) - mean.reshape(shape).astype(work)) * invstd.reshape(shape).astype(work)
    if weight is not None:
        y = y * weight._data.reshape(shape).astype(work)
    if bias is not None:
        y = y + bias._data.reshape(shape).astype(work)
    return mean, invstd, y


def _blend_(stat: Tensor, batch: np.ndarray, momentum: float) -> None:
    """running = (1 - momentum) * running + momentum * batch, in place (a buffer update)."""
    new = momentum * batch + (1 - momentum) * stat._data.astype(np.float64)
    np.copyto(stat._data, new.astype(stat._data.dtype)) if stat._data.flags.writeable \
        else setattr(stat, "_data", new.astype(stat.dtype.np))
    stat._bump_version()


# ============================================================================================
# Shapes
# ============================================================================================
unfold = _im2col.unfold
fold = _im2col.fold


def pad(input: Tensor, pad: _Sequence[int], mode: str = "constant", value: _Optional[float] = None) -> Tensor:
    """Constant padding (ConstantPadNdBackward0); negative pads crop, as in PyTorch. The other
    modes are in ``_padding.py``."""
    if mode not in ("constant", "reflect", "replicate", "circular"):
        raise NotImplementedError(f"Unrecognised padding mode {mode}")
    if len(pad) % 2:
        raise RuntimeError("Padding length must be divisible by 2")
    if len(pad) // 2 > input.ndim:
        raise RuntimeError("Padding length should be less than or equal to two times the input dimension "
                           f"but got padding length {len(pad)} and input of dimension {input.ndim}")
    if mode != "constant":
        return _padding.pad_non_constant(input, pad, mode, value)
    return _kernels.constant_pad_nd(input, tuple(pad), 0 if value is None else value)


def one_hot(tensor: Tensor, num_classes: int = -1) -> Tensor:
    if tensor.dtype is not _dtypes.int64:
        raise RuntimeError("one_hot is only applicable to index tensor of type LongTensor.")
    if not tensor.numel() and num_classes <= 0:
        raise RuntimeError("Can not infer total number of classes from empty tensor.")
    if num_classes == -1:
        num_classes = int(tensor._data.max()) + 1
    if tensor.numel() and tensor._data.min() < 0:  # checked before the upper bound
        raise RuntimeError("Class values must be non-negative.")
    if tensor.numel() and tensor._data.max() >= num_classes:
        raise RuntimeError("Class values must be smaller than num_classes.")
    data = (tensor._data[..., None] == np.arange(num_classes)).astype(np.int64)
    return _make(data, _dtypes.int64)


# ============================================================================================
# Losses
# ============================================================================================
def _reduction(size_average, reduce, reduction: str) -> str:
    if size_average is not None or reduce is not None:
        size_average = True if size_average is None else size_average
        reduce = True if reduce is None else reduce
        reduction = "mean" if size_average and reduce else "sum" if reduce else "none"
        warnings.warn(f"size_average and reduce args will be deprecated, please use reduction='{reduction}' "
                      "instead.", UserWarning, stacklevel=_AT_LIBRARY)
    if reduction not in ("none", "mean", "sum"):
        raise ValueError(f"{reduction} is not a valid value for reduction")
    return reduction


def _check_tensor_pair(input: Tensor, target: Tensor, aten_name: str) -> None:
    """The parser's TypeError for a list or number given as the scores or the target."""
    if not (isinstance(input, Tensor) and isinstance(target, Tensor)):
        _F.check_argument(input, aten_name, "input", 1, "Tensor")
        _F.check_argument(target, aten_name, "target", 2, "Tensor")


def _check_target_size(input: Tensor, target: Tensor) -> None:
    if target.size() != input.size():  # size(), as PyTorch's Python asks a list for it
        _warn(f"Using a target size ({target.shape}) that is different to the input size ({input.shape}). "
              "This will likely lead to incorrect results due to broadcasting. "
              "Please ensure they have the same size.")


def _broadcast_pair(a: Tensor, b: Tensor):
    """torch.broadcast_tensors: only a tensor whose shape changes gets an ExpandBackward0."""
    if a.shape == b.shape:
        return a, b
    try:
        shape = np.broadcast_shapes(tuple(a.shape), tuple(b.shape))
    except ValueError:
        raise _F._broadcast_error(a, b) from None
    a = a if tuple(a.shape) == shape else a.expand(shape)
    b = b if tuple(b.shape) == shape else b.expand(shape)
    return a, b


def _promote_loss_pair(kernel: str, input: Tensor, target: Tensor, common=None) -> tuple:
    """Input and target in the dtype the loss computes in (their promoted type, unless ``common``
    says otherwise); an integer result has no kernel (``"mse_cpu" not implemented for 'Long'``)."""
    common = common or _dtypes.promote_types(input.dtype, target.dtype)
    if not common.is_floating_point:
        raise NotImplementedError(f"\"{kernel}\" not implemented for '{_F._scalar_type_name(common)}'")
    return (input if input.dtype is common else input.to(common),
            target if target.dtype is common else target.to(common))


def _weighted_reduce(elementwise: Tensor, weight: Tensor, input: Tensor, reduction: str) -> Tensor:
    if weight.shape != input.shape:
        raise ValueError("Weights and input must have the same size.")
    weighted = elementwise * weight
    if reduction == "none":
        return weighted
    if reduction == "sum":
        return _F.sum(weighted)
    return _F.sum(weighted) / _F.sum(weight)


@_full_precision_op  # PyTorch's CPU autocast runs the losses in float32
def mse_loss(input: Tensor, target: Tensor, size_average=None, reduce=None, reduction: str = "mean",
             weight: _Optional[Tensor] = None) -> Tensor:
    _check_target_size(input, target)
    reduction = _reduction(size_average, reduce, reduction)
    a, b = _broadcast_pair(*_promote_loss_pair("mse_cpu", input, target))
    if weight is not None:
        return _weighted_reduce(_F.pow(a - b, 2), weight, input, reduction)
    diff = a._data - b._data.astype(a.dtype.np, copy=False)
    if diff.ndim > 1 and diff.flags.c_contiguous:  # laid out as PyTorch's (a - b), which the sum follows
        diff = _laid_out_as_leading_operand(diff, a._data, b._data)
    sq = diff * diff
    if a.dtype is _dtypes.bfloat16:  # PyTorch's kernel rounds the difference and the square
        diff = _dtypes.to_bfloat16_grid(diff)
        sq = _dtypes.to_bfloat16_grid(diff * diff)
    elif sq.dtype == np.float16 and reduction != "none":  # float16 squares summed in float32
        sq = sq.astype(np.float32)
    # PyTorch reduces the squares with its sum (mean: that sum divided by the count).
    data = sq if reduction == "none" else _float_sum(sq) if reduction == "sum" else \
        _float_sum(sq) / sq.dtype.type(sq.size) if sq.size else sq.dtype.type(np.nan)
    out = _make(np.asarray(data, dtype=a.dtype.np), a.dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        _record(_RULES["mse_loss"], (a, b), out, {"reduction": reduction, "count": max(a.numel(), 1)})
    return out


@_full_precision_op  # PyTorch's CPU autocast runs the losses in float32
def l1_loss(input: Tensor, target: Tensor, size_average=None, reduce=None, reduction: str = "mean",
            weight: _Optional[Tensor] = None) -> Tensor:
    _check_target_size(input, target)
    reduction = _reduction(size_average, reduce, reduction)
    a, b = _broadcast_pair(input, target)
    errors = _F.abs(a - b)
    if weight is not None:
        return _weighted_reduce(errors, weight, input, reduction)
    if reduction == "none":
        return errors
    return _F.sum(errors) if reduction == "sum" else _F.mean(errors)


@_full_precision_op  # PyTorch's CPU autocast runs the losses in float32
def cosine_embedding_loss(input1: Tensor, input2: Tensor, target: Tensor, margin: float = 0.0, size_average=None,
                          reduce=None, reduction: str = "mean") -> Tensor:
    """Per pair: 1 - cos where the target is 1 (pull together), max(0, cos - margin) where it is -1
    (push apart), 0 for any other target value."""
    reduction = _reduction(size_average, reduce, reduction)
    pairs_dim = target.ndim  # a batch of pairs (1-D target) or one pair (0-D): features on this dim
    if pairs_dim > 1:
        raise RuntimeError("0D or 1D target tensor expected, multi-target not supported")
    if input1.ndim != pairs_dim + 1 or input2.ndim != pairs_dim + 1:
        raise RuntimeError(f"{pairs_dim}D target tensor expects {pairs_dim + 1}D input tensors, but found inputs "
                           f"with sizes {list(input1.shape)} and {list(input2.shape)}.")
    return _composite_losses.cosine_embedding_loss(input1, input2, target, margin, reduction, pairs_dim)


@_full_precision_op  # PyTorch's CPU autocast runs the losses in float32
def margin_ranking_loss(input1: Tensor, input2: Tensor, target: Tensor, margin: float = 0.0, size_average=None,
                        reduce=None, reduction: str = "mean") -> Tensor:
    """ATen's composite: max(0, -target * (input1 - input2) + margin)."""
    reduction = _reduction(size_average, reduce, reduction)
    if input1.dim() != input2.dim() or input1.dim() != target.dim():
        raise RuntimeError("margin_ranking_loss : All input tensors should have same dimension but got sizes: "
                           f"input1: {input1.size()}, input2: {input2.size()}, target: {target.size()} ")
    output = (-target * (input1 - input2) + margin).clamp_min_(0)
    if reduction == "none":
        return output
    return output.sum() if reduction == "sum" else output.mean()


@_full_precision_op  # PyTorch's CPU autocast runs the losses in float32
def triplet_margin_loss(anchor: Tensor, positive: Tensor, negative: Tensor, margin: float = 1.0, p: float = 2,
                        eps: float = 1e-6, swap: bool = False, size_average=None, reduce=None,
                        reduction: str = "mean") -> Tensor:
    """ATen's composite: max(0, margin + d(a, p) - d(a, n)), d the pairwise distance (swap: the smaller d(., n))."""
    reduction = _reduction(size_average, reduce, reduction)
    if margin <= 0:
        raise ValueError(f"margin must be greater than 0, got {margin}")
    dims = (anchor.dim(), positive.dim(), negative.dim())
    if len(set(dims)) != 1:
        raise RuntimeError("The anchor, positive, and negative tensors are expected to have the same number of "
                           f"dimensions, but got: anchor {dims[0]}D, positive {dims[1]}D, and negative {dims[2]}D "
                           "inputs")
    dist_pos = pairwise_distance(anchor, positive, p, eps)
    dist_neg = pairwise_distance(anchor, negative, p, eps)
    if swap:
        dist_neg = _F.minimum(dist_neg, pairwise_distance(positive, negative, p, eps))
    output = (dist_pos + margin - dist_neg).clamp_min(0)
    if reduction == "none":
        return output
    return output.sum() if reduction == "sum" else output.mean()


def triplet_margin_with_distance_loss(anchor: Tensor, positive: Tensor, negative: Tensor, *, distance_function=None,
                                      margin: float = 1.0, swap: bool = False, reduction: str = "mean") -> Tensor:
    return _composite_losses.triplet_margin_with_distance_loss(
        anchor, positive, negative, distance_function or pairwise_distance, margin, swap, reduction)


def multilabel_soft_margin_loss(input: Tensor, target: Tensor, weight: _Optional[Tensor] = None, size_average=None,
                                reduce=None, reduction: str = "mean") -> Tensor:
    if size_average is not None or reduce is not None:
        reduction = _reduction(size_average, reduce, reduction)
    return _composite_losses.multilabel_soft_margin_loss(input, target, weight, reduction)


@_full_precision_op  # PyTorch's CPU autocast runs the losses in float32
def poisson_nll_loss(input: Tensor, target: Tensor, log_input: bool = True, full: bool = False, size_average=None,
                     eps: float = 1e-8, reduce=None, reduction: str = "mean") -> Tensor:
    if size_average is not None or reduce is not None:
        reduction = _reduction(size_average, reduce, reduction)
    return _composite_losses.poisson_nll_loss(input, target, log_input, full, eps, reduction)


@_full_precision_op  # PyTorch's CPU autocast runs the losses in float32
def hinge_embedding_loss(input: Tensor, target: Tensor, margin: float = 1.0, size_average=None, reduce=None,
                         reduction: str = "mean") -> Tensor:
    return _composite_losses.hinge_embedding_loss(input, target, margin, _reduction(size_average, reduce, reduction))


gaussian_nll_loss = _composite_losses.gaussian_nll_loss


@_full_precision_op  # PyTorch's CPU autocast runs the losses in float32
def multi_margin_loss(input: Tensor, target: Tensor, p: int = 1, margin: float = 1.0, weight: _Optional[Tensor] = None,
                      size_average=None, reduce=None, reduction: str = "mean") -> Tensor:
    reduction = _reduction(size_average, reduce, reduction)
    return _margin_losses.multi_margin_loss(input, target, p, margin, weight, reduction)


def ctc_loss(log_probs: Tensor, targets: Tensor, input_lengths, target_lengths, blank: int = 0,
             reduction: str = "mean", zero_infinity: bool = False) -> Tensor:
    return _ctc.ctc_loss(log_probs, targets, input_lengths, target_lengths, blank, reduction, zero_infinity)


@_full_precision_op  # PyTorch's CPU autocast runs the losses in float32
def multilabel_margin_loss(input: Tensor, target: Tensor, size_average=None, reduce=None,
                           reduction: str = "mean") -> Tensor:
    return _margin_losses.multilabel_margin_loss(input, target, _reduction(size_average, reduce, reduction))


@_full_precision_op  # PyTorch's CPU autocast runs the losses in float32
def soft_margin_loss(input: Tensor, target: Tensor, size_average=None, reduce=None, reduction: str = "mean") -> Tensor:
    return _composite_losses.soft_margin_loss(input, target, _reduction(size_average, reduce, reduction))


def _one_sample_target(input: Tensor, target: Tensor) -> Tensor:
    """A single sample's scores (1-D input) take a 0-d target or a 1-D one of size 1 (read as 0-d)."""
    if input.ndim != 1 or target.ndim == 0:
        return target
    if target.ndim > 1:
        raise RuntimeError("0D or 1D target tensor expected, multi-target not supported")
    _class_weights.check_target_dtype(target)  # before the size, for a single sample
    if target.shape[0] != 1:
        raise ValueError(f"For 1D input, 1D target must have size 1, but got target size: {target.shape[0]}")
    return target.reshape(())


def _refuse_integer_scores(input: Tensor, kernel: str) -> None:
    """The loss kernels are compiled for floating types only: PyTorch's dispatch error."""
    if not (input.dtype.is_floating_point or input.dtype.is_complex):
        raise NotImplementedError(f'"{kernel}" not implemented for \'{_F._scalar_type_name(input.dtype)}\'')


@_full_precision_op  # PyTorch's CPU autocast runs the losses in float32
def nll_loss(input: Tensor, target: Tensor, weight: _Optional[Tensor] = None, size_average=None,
             ignore_index: int = -100, reduce=None, reduction: str = "mean") -> Tensor:
    reduction = _reduction(size_average, reduce, reduction)
    _check_tensor_pair(input, target, "nll_loss_nd")
    _F.check_argument(weight, "nll_loss_nd", "weight", 3, "Tensor")
    _F.check_argument(ignore_index, "nll_loss_nd", "ignore_index", 5, "int")
    if input.ndim < 1:
        raise ValueError(f"Expected 1 or more dimensions (got {input.ndim})")
    target = _one_sample_target(input, target)
    _class_weights.check_class_target(input, target)
    if input.ndim <= 2:
        _class_weights.check_weight_size(input, weight, input.shape[-1])  # before the scores' dtype, as in ATen
        _refuse_integer_scores(input, "nll_loss_out_frame")
    if _plain_batch(input, target, weight, ignore_index, reduction):
        out = _nll_loss_of_batch(input, target, reduction)
        if out is not None:
            return out
    if input.ndim == 3 or input.ndim > 4:
        # PyTorch folds the spatial dims into one and runs the 2-D kernel (NllLoss2DBackward0).
        n, c = input.shape[:2]
        if tuple(target.shape[1:]) != tuple(input.shape[2:]):
            expected = _dims((n,) + tuple(input.shape[2:]))
            raise RuntimeError(f"Expected target size {expected}, got {_dims(target.shape)}")
        out = nll_loss(input.contiguous().view(n, c, 1, -1), target.contiguous().view(n, 1, -1), weight,
                       ignore_index=ignore_index, reduction=reduction)
        return out.view((n,) + tuple(input.shape[2:])) if reduction == "none" else out
    if input.ndim >= 2 and tuple(target.shape[1:]) != tuple(input.shape[2:]):
        # PyTorch's message, with its stray space and no closing parenthesis
        raise RuntimeError(f"size mismatch (got input: {_dims(input.shape)} , target: {_dims(target.shape)}")
    class_dim = 0 if input.ndim == 1 else 1
    n_classes = input.shape[class_dim]
    if input.ndim == 4:  # (1-D and 2-D scores were checked above)
        _class_weights.check_weight_size(input, weight, n_classes)
        _refuse_integer_scores(input, "nll_loss2d_forward_out_frame")
    _class_weights.check_weight_dtype(input, weight)
    dt = input.dtype.np
    t = target._data.astype(np.int64, copy=False)
    lo, hi = (int(np.minimum.reduce(t, axis=None)), int(np.maximum.reduce(t, axis=None))) if t.size else (0, -1)
    if lo >= 0 and hi < n_classes and not lo <= ignore_index <= hi:
        all_valid = True  # the usual batch: every target a class, none ignored (two reductions)
    else:
        valid = t != ignore_index
        all_valid = bool(valid.all())
        out_of_range = (t < 0) | (t >= n_classes)
        if not all_valid:
            out_of_range &= valid
        if out_of_range.any():
            raise IndexError(f"Target {int(t[out_of_range].reshape(-1)[0])} is out of bounds.")
    safe_t = t if all_valid else np.where(valid, t, 0)
    # -weight[target] for each sample (zero where ignored): the loss picks these log-probabilities.
    if weight is None:
        neg_w = np.full(t.shape, -1, dtype=dt)
    else:
        neg_w = -weight._data.astype(dt)[safe_t]
    if not all_valid:
        neg_w[~valid] = 0
    x = input._data if class_dim == input.ndim - 1 else np.moveaxis(input._data, class_dim, -1)
    coeff_last = np.zeros(x.shape, dtype=dt)
    if x.ndim == 2:
        rows = np.arange(x.shape[0])
        coeff_last[rows, safe_t] = neg_w
        picked = x[rows, safe_t]
    else:
        np.put_along_axis(coeff_last, safe_t[..., None], neg_w[..., None], axis=-1)
        picked = np.take_along_axis(x, safe_t[..., None], axis=-1)[..., 0]
    losses = np.asarray(neg_w * picked, dtype=dt)
    if not all_valid:
        losses[~valid] = 0
    total_weight = -float(np.add.reduce(neg_w, axis=None, dtype=np.float64))
    data: _Any
    if reduction == "none":
        data = losses
    elif input.dtype is _dtypes.bfloat16 or input.dtype is _dtypes.float16:
        # nll_loss2d adds a weight of one per kept sample into its own cascade
        weights = -neg_w if weight is not None or input.ndim == 4 else None
        bf_total, total_weight = _nll_reduce_bfloat16(losses, weights, None if all_valid else valid,
                                                      input.dtype is _dtypes.float16)
        with np.errstate(all="ignore"):
            data = np.float32(bf_total) / np.float32(total_weight) if reduction == "mean" else np.float32(bf_total)
    elif input.ndim == 2 and weight is None and all_valid and dt == np.float32:
        # PyTorch's own loop: a float32 cascade over the samples, then the division.
        data = _softmax_kernels.nll_sum(losses)
        with np.errstate(all="ignore"):  # no samples: 0 / 0 is nan, as in PyTorch
            data = data / np.float32(total_weight) if reduction == "mean" else data
    elif dt in (np.float32, np.float64):
        # PyTorch's cascade of partial sums over the samples, in the input's dtype (weights too).
        total, weight_sum = _nll_reduce(losses, None if weight is None else -neg_w,
                                       None if all_valid else valid)
        total_weight = float(weight_sum)
        with np.errstate(all="ignore"):
            data = total / weight_sum if reduction == "mean" else total
    elif reduction == "sum":
        data = losses.sum(dtype=input.dtype.np)
    else:
        # Python floats: the same float64 division, and never a numpy warning.
        data = float(np.add.reduce(losses, axis=None, dtype=np.float64)) / total_weight if total_weight else np.nan
    out = _make(np.asarray(data, dtype=input.dtype.np), input.dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        attrs = {"shape": tuple(input.shape),
                 "picks": coeff_last if class_dim == input.ndim - 1 else np.moveaxis(coeff_last, -1, class_dim),
                 "reduction": reduction, "weight_total": total_weight}
        _record(_RULES["nll_loss2d" if input.ndim == 4 else "nll_loss"], (input,), out,
               _loss_tangents.nll_attrs(attrs, input, target, weight, ignore_index, reduction, nll_loss))
    return out


def _plain_batch(input: Tensor, target: Tensor, weight: _Optional[Tensor], ignore_index: int, reduction: str) -> bool:
    """Whether nll_loss may take ``_nll_loss_of_batch``: (N, C) float32 log-probabilities, a
    batch of int64 class indices, no weights, nothing ignored, a mean or a sum."""
    return (input.ndim == 2 and target.ndim == 1 and weight is None and reduction != "none" and ignore_index < 0
            and input.dtype is _dtypes.float32 and target.dtype is _dtypes.int64)


def _nll_loss_of_batch(input: Tensor, target: Tensor, reduction: str) -> Tensor | None:
    """The usual call, in fewer steps: (N, C) float32 log-probabilities, every target a class,
    no weights, a mean or a sum. None when a target is out of range (the general path words it)."""
    t = target._data
    n, c = input._data.shape
    # 0 <= t < C in two quick calls (numpy's maximum is a slow reduction; so is .all(): a
    # count is 5 k instructions less): a negative target, seen unsigned, is huge
    if not n or np.count_nonzero(np.less(t.view(np.uint64), c)) != n:
        return None
    at = np.add(_row_starts(n, c), t)  # each sample's target in the scores laid out flat
    total = _softmax_kernels.nll_sum(np.negative(input._data.reshape(-1).take(at)))
    data = total / np.float32(n) if reduction == "mean" else total
    out = _make(np.asarray(data, dtype=np.float32), input.dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        flat_picks = np.zeros(n * c, np.float32)
        flat_picks[at] = -1
        picks = flat_picks.reshape(n, c)
        _kernels.note_one_pick_per_row(picks)
        _record(_RULES["nll_loss"], (input,), out,
               _loss_tangents.nll_attrs({"shape": (n, c), "picks": picks, "reduction": reduction,
                                         "weight_total": float(n)}, input, target, None, -100, reduction, nll_loss))
    return out


_ROW_STARTS: dict[tuple[int, int], np.ndarray] = {}


def _row_starts(n: int, c: int) -> np.ndarray:
    """``np.arange(n) * c``, where each row of an (n, c) array starts when laid out flat, kept for
    the shapes seen (a training loop sees one or two)."""
    starts = _ROW_STARTS.get((n, c))
    if starts is None:
        if len(_ROW_STARTS) > 64:
            _ROW_STARTS.clear()
        starts = _ROW_STARTS[n, c] = np.arange(n) * c
        starts.flags.writeable = False
    return starts


def _dims(shape) -> str:
    return "[" + ", ".join(str(d) for d in shape) + "]"


def _scalar_op(name: str, fn):
    def apply(t: Tensor, other: float) -> Tensor:
        math = np.float32 if t.dtype.np == np.float16 else t.dtype.np  # half computes in float (opmath)
        out = _make(np.asarray(fn(t._data.astype(math), np.asarray(other, math)), dtype=t.dtype.np), t.dtype)
        return _record(_RULES[name], (t,), out, {"other": other}) if (_State.enabled or _State.dual_level
                                                                      or _State.vmap_randomness) else out
    return apply


# ATen's composites divide and multiply by plain numbers, which PyTorch shows as the Scalar
# overloads (DivBackward1, MulBackward1) rather than the Tensor ones a Python `/` records.
_div_scalar = _scalar_op("div_scalar", np.divide)
_mul_scalar = _scalar_op("mul_scalar", np.multiply)
_add_scalar = _scalar_op("add_scalar", np.add)


@_full_precision_op  # PyTorch's CPU autocast runs the losses in float32
def cross_entropy(input: Tensor, target: Tensor, weight: _Optional[Tensor] = None, size_average=None,
                  ignore_index: int = -100, reduce=None, reduction: str = "mean",
                  label_smoothing: float = 0.0) -> Tensor:
    reduction = _reduction(size_average, reduce, reduction)
    _check_tensor_pair(input, target, "cross_entropy_loss")
    if weight is not None or ignore_index.__class__ is not int or label_smoothing.__class__ is not float:
        # (the defaults pass the parser: the usual call skips the checks)
        for value, arg, position, kind in ((weight, "weight", 3, "Tensor"), (ignore_index, "ignore_index", 5, "int"),
                                           (label_smoothing, "label_smoothing", 6, "float")):
            _F.check_argument(value, "cross_entropy_loss", arg, position, kind)
    if not 0.0 <= label_smoothing <= 1.0:
        raise RuntimeError(f"label_smoothing must be between 0.0 and 1.0. Got: {label_smoothing}")
    class_dim = 0 if input.ndim <= 1 else 1
    n_classes = input._data.shape[class_dim] if input.ndim else 1
    if target.shape == input._data.shape:
        if not target.dtype.is_floating_point:  # a one-hot target must be probabilities
            raise RuntimeError("Expected floating point type for target with class probabilities, got "
                               f"{_F._scalar_type_name(target.dtype)}")
        if ignore_index >= 0:
            raise RuntimeError("ignore_index is not supported for floating point target")
        return _cross_entropy_soft(input, target, weight, reduction, label_smoothing, class_dim, n_classes)
    logp = _F.log_softmax(input, class_dim)  # before nll_loss looks at the target, as in PyTorch
    target = _one_sample_target(input, target)
    _class_weights.check_class_target(input, target)
    nll = None
    if label_smoothing <= 0.0 and _plain_batch(logp, target, weight, ignore_index, reduction):
        nll = _nll_loss_of_batch(logp, target, reduction)  # nll_loss's own fast path, its checks done above
    if nll is None:
        nll = nll_loss(logp, target, weight, ignore_index=ignore_index, reduction=reduction)
    if label_smoothing <= 0.0:
        return nll
    # Label smoothing mixes in the mean negative log-probability over all classes.
    if weight is not None:
        wshape = [1] * logp.ndim
        wshape[class_dim] = n_classes
        smooth = -(logp * weight.view(wshape)).sum(class_dim)
    else:
        smooth = -(logp.sum(class_dim))
    ignore_mask = target.eq(ignore_index)
    smooth.masked_fill_(ignore_mask, 0.0)
    if reduction == "mean":
        if weight is not None:
            kept = target._data[~ignore_mask._data].reshape(-1)
            # PyTorch sums the gathered weights with its own sum kernel (its order of additions)
            kept_weights = np.ascontiguousarray(weight._data[kept])
            ret = smooth.sum() / _make(np.asarray(_float_sum(kept_weights), weight.dtype.np), weight.dtype)
        else:
            ret = smooth.sum() / _make(np.asarray((~ignore_mask._data).sum(), np.int64), _dtypes.int64)
    elif reduction == "sum":
        ret = smooth.sum()
    else:
        ret = smooth
    return _mul_scalar(nll, 1 - label_smoothing) + _mul_scalar(ret, label_smoothing / n_classes)


def _cross_entropy_soft(input, target, weight, reduction, label_smoothing, class_dim, n_classes) -> Tensor:
    logp = _F.log_softmax(input, class_dim)
    if label_smoothing > 0.0:
        target = target * (1 - label_smoothing) + (label_smoothing / n_classes)
    prod = logp * target
    if weight is not None:
        wshape = [1] * logp.ndim
        wshape[class_dim] = n_classes
        prod = prod * weight.view(wshape)
    if reduction == "none":
        return -(prod.sum(class_dim))
    total = -(prod.sum())
    if reduction == "sum":
        return total
    return _div_scalar(total, input.numel() // n_classes)


def _check_probabilities(x: np.ndarray, t: np.ndarray) -> None:
    """ATen's loop checks each element's input, then its target, to lie in [0, 1] (NaN does not)."""
    bad_x = ~((x >= 0) & (x <= 1))
    bad_t = ~((t >= 0) & (t <= 1))
    bad = np.flatnonzero(np.broadcast_to(bad_x | bad_t, x.shape))
    if bad.size:
        which = "input" if np.broadcast_to(bad_x, x.shape).reshape(-1)[bad[0]] else "target"
        raise RuntimeError(f"all elements of {which} should be between 0 and 1")


@_full_precision_op  # PyTorch's CPU autocast runs the losses in float32
def binary_cross_entropy(input: Tensor, target: Tensor, weight: _Optional[Tensor] = None, size_average=None,
                         reduce=None, reduction: str = "mean") -> Tensor:
    reduction = _reduction(size_average, reduce, reduction)
    if target.size() != input.size():
        raise ValueError(f"Using a target size ({target.shape}) that is different to the input size "
                         f"({input.shape}) is deprecated. Please ensure they have the same size.")
    if target.dtype is not input.dtype:
        raise RuntimeError(f"Found dtype {_F._scalar_type_name(target.dtype)} but expected "
                           f"{_F._scalar_type_name(input.dtype)}")
    _refuse_integer_scores(input, "binary_cross_entropy")
    x = input._data
    t = target._data.astype(x.dtype, copy=False)
    _check_probabilities(x, t)
    if weight is not None:
        weight = weight.expand(input.shape) if weight.shape != input.shape else weight
    losses = _kernels.bce_losses(x, t, input.dtype is _dtypes.bfloat16)
    if weight is not None:
        losses = losses * weight._data
    # the reduction is ATen's sum (and a division by the count for the mean), not numpy's
    data = losses if reduction == "none" else _float_sum(losses) if reduction == "sum" \
        else _float_sum(losses) / x.dtype.type(losses.size) if losses.size else x.dtype.type(np.nan)
    out = _make(np.asarray(data, dtype=x.dtype), input.dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        _record(_RULES["binary_cross_entropy"], (input, target), out,
               {"weight": weight, "reduction": reduction, "count": max(input.numel(), 1)})
    return out


@_full_precision_op  # PyTorch's CPU autocast runs the losses in float32
def binary_cross_entropy_with_logits(input: Tensor, target: Tensor, weight: _Optional[Tensor] = None,
                                     size_average=None, reduce=None, reduction: str = "mean",
                                     pos_weight: _Optional[Tensor] = None) -> Tensor:
    reduction = _reduction(size_average, reduce, reduction)
    if target.shape != input.shape:
        raise ValueError(f"Target size ({target.shape}) must be the same as input size ({input.shape})")
    _refuse_integer_scores(input, "log_sigmoid_cpu")
    common = _dtypes.promote_types(input.dtype, target.dtype)
    if target.dtype is _dtypes.bool_:  # ATen's composite starts with 1 - target
        raise RuntimeError("Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or "
                           "`logical_xor()` operator instead.")
    if not target.dtype.is_floating_point:
        raise RuntimeError(f"result type {_F._scalar_type_name(common)} can't be cast to the desired output type "
                           f"{_F._scalar_type_name(target.dtype)}")
    if input.dtype is not common:  # a float64 target makes the loss float64
        input = input.to(common)
    if _State.transforms:
        return _composite_losses.bce_with_logits_under_transforms(input, target, weight, pos_weight, reduction)
    x = input._data
    t = target._data.astype(x.dtype, copy=False)
    # ATen's composite, one rounding per step: (1 - t) * x - log_sigmoid(x) [* ((pw - 1) * t + 1)]
    log_sigmoid = _activations.logsigmoid_values(x).astype(x.dtype, copy=False)
    if pos_weight is not None:
        log_sigmoid = log_sigmoid * ((pos_weight._data - 1) * t + 1)
    losses = ((1 - t) * x - log_sigmoid).astype(x.dtype, copy=False)
    if weight is not None:
        losses = (losses * weight._data).astype(x.dtype, copy=False)
    data = losses if reduction == "none" else _float_sum(losses) if reduction == "sum" \
        else _float_sum(losses) / x.dtype.type(losses.size) if losses.size else x.dtype.type(np.nan)
    out = _make(np.asarray(data, dtype=x.dtype), input.dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        _record(_RULES["binary_cross_entropy_with_logits"], (input, target), out,
               {"weight": weight, "pos_weight": pos_weight, "reduction": reduction,
                "count": max(input.numel(), 1)})
    return out


# ============================================================================================
# Embeddings, softplus, smooth L1 / Huber, channel dropout (layer norm: nn/_norms.py)
# ============================================================================================
def softplus(input: Tensor, beta: float = 1.0, threshold: float = 20.0) -> Tensor:
    _F.check_numbers("softplus", beta=beta, threshold=threshold)
    if not input.dtype.is_floating_point:
        raise NotImplementedError(f'"softplus_cpu" not implemented for \'{input.dtype.legacy_name[:-6]}\'')
    y = _activations.softplus_values(input._data, beta, threshold)
    out = _make(_activations.in_input_layout(np.asarray(y, dtype=input.dtype.np), input._data), input.dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        _record(_rules.RULES["softplus"], (input,), out, {"beta": beta, "threshold": threshold})
    return out


def _pointwise_loss(rule: str, input: Tensor, target: Tensor, reduction: str, param_name: str, param: float,
                    elementwise) -> Tensor:
    """An elementwise loss in the input's dtype (PyTorch's kernel, op for op), then its reduction."""
    a, b = _broadcast_pair(input, target)
    dt = a.dtype.np
    z = np.abs(a._data - b._data.astype(dt, copy=False))
    losses = np.asarray(elementwise(z, dt.type), dtype=dt)
    if reduction == "none":
        data = losses
    else:
        # The reduction is PyTorch's sum (or mean) of the loss tensor, in its order of additions.
        with _no_grad():
            whole = _make(losses, a.dtype)
            data = (_F.sum(whole) if reduction == "sum" else _F.mean(whole))._data
    out = _make(np.asarray(data, dtype=dt), a.dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        _record(_rules.RULES[rule], (a, b), out,
               {param_name: param, "reduction": reduction,
                "norm": 1.0 / max(a.numel(), 1) if reduction == "mean" else 1.0})
    return out


@_full_precision_op  # PyTorch's CPU autocast runs the losses in float32
def smooth_l1_loss(input: Tensor, target: Tensor, size_average=None, reduce=None, reduction: str = "mean",
                   beta: float = 1.0) -> Tensor:
    _check_target_size(input, target)
    reduction = _reduction(size_average, reduce, reduction)
    if beta < 0:
        raise RuntimeError("smooth_l1_loss does not support negative values for beta.")
    if beta == 0.0:
        return l1_loss(input, target, reduction=reduction)
    input, target = _promote_loss_pair("smooth_l1_cpu", input, target)
    return _pointwise_loss("smooth_l1_loss", input, target, reduction, "beta", beta,
                           lambda z, f: np.where(z < f(beta), f(0.5) * z * z / f(beta), z - f(0.5) * f(beta)))


@_full_precision_op  # PyTorch's CPU autocast runs the losses in float32
def huber_loss(input: Tensor, target: Tensor, reduction: str = "mean", delta: float = 1.0,
               weight: _Optional[Tensor] = None) -> Tensor:
    _check_target_size(input, target)
    if weight is not None:
        if weight.shape != input.shape:
            raise ValueError("Weights and input must have the same size.")
        weighted = huber_loss(input, target, "none", delta) * weight
        if reduction == "none":
            return weighted
        if reduction == "sum":
            return _F.sum(weighted)
        if reduction == "mean":
            return _F.mean(weighted)
        raise ValueError(f"Invalid reduction mode: {reduction}. Expected one of 'none', 'mean', 'sum'.")
    reduction = _reduction(None, None, reduction)
    if delta <= 0:
        raise RuntimeError("huber_loss does not support non-positive values for delta.")
    input, target = _promote_loss_pair("huber_cpu", input, target, common=input.dtype)  # huber keeps input's
    return _pointwise_loss("huber_loss", input, target, reduction, "delta", delta,
                           lambda z, f: np.where(z < f(delta), f(0.5) * z * z, f(delta) * (z - f(0.5) * f(delta))))


@_full_precision_op  # PyTorch's CPU autocast runs the losses in float32
def kl_div(input: Tensor, target: Tensor, size_average=None, reduce=None, reduction: str = "mean",
           log_target: bool = False) -> Tensor:
    """KL divergence with ``input`` in log space, composed from the same ops as PyTorch's."""
    if size_average is not None or reduce is not None:
        reduction = _reduction(size_average, reduce, reduction)
    elif reduction == "mean":
        _warn("reduction: 'mean' divides the total loss by both the batch size and the support size."
              "'batchmean' divides only by the batch size, and aligns with the KL div math definition."
              "'mean' will be changed to behave the same as 'batchmean' in the next major release.")
    if reduction not in ("none", "mean", "sum", "batchmean"):
        raise ValueError(f"{reduction} is not a valid value for reduction")
    return _composite_losses.kl_div(input, target, reduction, log_target)


# PyTorch's functions that the embedded engine does not have, named so that using one says where it exists.


__getattr__ = _missing.module_getattr("torch.nn.functional")
__dir__ = _missing.module_dir("torch.nn.functional", globals())

for _name, _flag_at in (("max_pool1d", 6), ("max_pool2d", 6), ("max_pool3d", 6), ("adaptive_max_pool1d", 2),
                        ("adaptive_max_pool2d", 2), ("adaptive_max_pool3d", 2),
                        ("fractional_max_pool2d", 4)):  # picked by return_indices
    globals()[_name] = _boolean_dispatch(globals()[_name], "return_indices", _flag_at, f"{_name}_with_indices",
                                         f"_{_name}")
_F.with_parser_errors(globals(), "functional")  # a call Python cannot bind: the parser's words
_public_names.name_as_torch(globals(), "functional")  # PyTorch's names (public_names.py)
_meta.register(globals())  # its public entries, rerouted once a meta tensor exists (meta.py)
