"""``torch.dropout``, ``torch.layer_norm``, ``torch.max_pool2d``, ...: the ops ``torch.nn.functional``
calls, as ``torch`` binds them at its top level.

They take ATen's argument lists rather than the functional ones: every argument of
``torch.batch_norm`` in order and required, ``train`` for ``training``, ``torch.embedding(weight,
indices)``, a loss's reduction as ATen's int (0 none, 1 mean, 2 sum), an empty ``stride`` for the
kernel size. What the functional versions check in Python before they call the op (a batch of one
value per channel, the ``batchmean`` reduction) they do not check. Loaded with ``torch.nn``, on
first use (``engine/__init__.py``).
"""
from __future__ import annotations

from typing import Any

from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor
from autograd_tui.engine.nn import _activations, _composite_losses, _dropout
from autograd_tui.engine.nn import functional as F

__all__ = ["dropout", "dropout_", "alpha_dropout", "alpha_dropout_", "feature_dropout", "feature_dropout_",
           "feature_alpha_dropout", "feature_alpha_dropout_", "layer_norm", "batch_norm", "group_norm",
           "instance_norm", "max_pool1d", "max_pool2d", "max_pool3d", "selu", "selu_", "celu", "celu_", "threshold",
           "threshold_", "rrelu", "rrelu_", "embedding", "kl_div", "binary_cross_entropy_with_logits", "rms_norm"]

_REDUCTIONS = {0: "none", 1: "mean", 2: "sum"}  # ATen's Reduction enum; any other int leaves the loss unreduced
# A reduction left out is 0, not the Mean the signature shows: PyTorch's parser reads the default it
# prints, "at::Reduction::Mean", as no number.
_UNPARSED_MEAN = 0


def _probability(p: float) -> None:
    if p < 0 or p > 1:  # ATen's check (torch.nn.functional's raises a ValueError)
        raise RuntimeError(f"dropout probability has to be between 0 and 1, but got {p}")


def _dropout_entry(name: str, kind: Any, inplace: bool) -> Any:
    def entry(input: Tensor, p: float, train: bool) -> Tensor:
        _probability(p)
        return kind(input, p, train, inplace=inplace)
    entry.__name__ = entry.__qualname__ = name
    return entry


dropout = _dropout_entry("dropout", _dropout.dropout, False)
dropout_ = _dropout_entry("dropout_", _dropout.dropout, True)
alpha_dropout = _dropout_entry("alpha_dropout", _dropout.alpha_dropout, False)
alpha_dropout_ = _dropout_entry("alpha_dropout_", _dropout.alpha_dropout, True)
feature_dropout = _dropout_entry("feature_dropout", _dropout._feature_dropout, False)
feature_dropout_ = _dropout_entry("feature_dropout_", _dropout._feature_dropout, True)
feature_alpha_dropout = _dropout_entry("feature_alpha_dropout", _dropout.feature_alpha_dropout, False)
feature_alpha_dropout_ = _dropout_entry("feature_alpha_dropout_", _dropout.feature_alpha_dropout, True)


def layer_norm(input: Tensor, normalized_shape, weight: Tensor | None = None, bias: Tensor | None = None,
               eps: float = 1e-05, cudnn_enable: bool = True) -> Tensor:
    return F.layer_norm(input, normalized_shape, weight, bias, eps)


def batch_norm(input: Tensor, weight: Tensor | None, bias: Tensor | None, running_mean: Tensor | None,
               running_var: Tensor | None, training: bool, momentum: float, eps: float, cudnn_enabled: bool) -> Tensor:
    if not training and (running_mean is None or running_var is None):
        raise RuntimeError(f"running_{'mean' if running_mean is None else 'var'} must be defined in evaluation mode")
    return F._native_batch_norm(input, running_mean, running_var, weight, bias, training, momentum, eps)


def group_norm(input: Tensor, num_groups: int, weight: Tensor | None = None, bias: Tensor | None = None,
               eps: float = 1e-05, cudnn_enabled: bool = True) -> Tensor:
    return F.group_norm(input, num_groups, weight, bias, eps)


def instance_norm(input: Tensor, weight: Tensor | None, bias: Tensor | None, running_mean: Tensor | None,
                  running_var: Tensor | None, use_input_stats: bool, momentum: float, eps: float,
                  cudnn_enabled: bool) -> Tensor:
    return F.instance_norm(input, running_mean, running_var, weight, bias, use_input_stats, momentum, eps)


def max_pool1d(input: Tensor, kernel_size, stride=(), padding=0, dilation=1, ceil_mode: bool = False) -> Tensor:
    return F.max_pool1d(input, kernel_size, stride if stride != () else None, padding, dilation, ceil_mode)


def max_pool2d(input: Tensor, kernel_size, stride=(), padding=0, dilation=1, ceil_mode: bool = False) -> Tensor:
    return F.max_pool2d(input, kernel_size, stride if stride != () else None, padding, dilation, ceil_mode)


def max_pool3d(input: Tensor, kernel_size, stride=(), padding=0, dilation=1, ceil_mode: bool = False) -> Tensor:
    return F.max_pool3d(input, kernel_size, stride if stride != () else None, padding, dilation, ceil_mode)


def selu(input: Tensor) -> Tensor:
    return F.selu(input)


def celu(input: Tensor, alpha: float = 1.0) -> Tensor:
    return F.celu(input, alpha)


def threshold(input: Tensor, threshold: float, value: float) -> Tensor:
    return F.threshold(input, threshold, value)


def rrelu(input: Tensor, lower: float = 0.125, upper: float = 1.0 / 3, training: bool = False,
          generator: Any = None) -> Tensor:
    return _activations._rrelu(input, lower, upper, training, False, generator)


def rrelu_(input: Tensor, lower: float = 0.125, upper: float = 1.0 / 3, training: bool = False,
           generator: Any = None) -> Tensor:
    return _activations._rrelu(input, lower, upper, training, True, generator)


def embedding(weight: Tensor, indices: Tensor, padding_idx: int = -1, scale_grad_by_freq: bool = False,
              sparse: bool = False) -> Tensor:
    if weight.ndim != 2:
        raise RuntimeError("'weight' must be 2-D")
    # a negative padding_idx is none here (torch.nn.functional counts one from the end before it calls this)
    return F.embedding(indices, weight, padding_idx if padding_idx >= 0 else None,
                       scale_grad_by_freq=scale_grad_by_freq, sparse=sparse)


def kl_div(input: Tensor, target: Tensor, reduction: int = _UNPARSED_MEAN, *, log_target: bool = False) -> Tensor:
    return _composite_losses.kl_div(input, target, _REDUCTIONS.get(reduction, "none"), log_target)


def binary_cross_entropy_with_logits(input: Tensor, target: Tensor, weight: Tensor | None = None,
                                     pos_weight: Tensor | None = None, reduction: int = _UNPARSED_MEAN) -> Tensor:
    return F.binary_cross_entropy_with_logits(input, target, weight, reduction=_REDUCTIONS.get(reduction, "none"),
                                              pos_weight=pos_weight)


def rms_norm(input: Tensor, normalized_shape, weight: Tensor | None = None, eps: float | None = None) -> Tensor:
    return F.rms_norm(input, normalized_shape, weight, eps)


# torch's in-place forms are torch.nn.functional's own entries (one builtin under two names)
celu_, selu_, threshold_ = F.celu_, F.selu_, F.threshold_

for _name in __all__:  # PyTorch's parser checks at the entries (signatures in functions/parser.py)
    globals()[_name] = _F.parsed(globals()[_name], _name)
