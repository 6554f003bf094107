"""The derivatives of PyTorch's named backward ops (``gelu_backward``, ``elu_backward``, ...).

Under ``create_graph`` an activation's or loss's gradient is one node of its own, as in PyTorch
(``GeluBackwardBackward0``; ``record.record_backward_op`` records it), and differentiating it again
runs these formulas: the operations PyTorch's ``derivatives.yaml`` names for those ops, in its
order, so that second derivatives round as PyTorch's do (each formula was checked bit for bit
against PyTorch on float32 inputs). ``grad`` is the gradient arriving at the backward op's
result, ``grad_output`` the first pass's gradient, ``self`` the op's input.
"""
from __future__ import annotations

import math

import numpy as np

from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor, make
from autograd_tui.engine.nn import _activations as act
from autograd_tui.engine.nn import _kernels as NN
from autograd_tui.engine.record import record_backward_op

# gelu's constants as ATen writes them: M_2_SQRTPI * M_SQRT1_2 * 0.5 (erf form),
# M_SQRT2 * M_2_SQRTPI * 0.5 (tanh form)
_GELU_PDF = (2 / math.sqrt(math.pi)) * math.sqrt(0.5) * 0.5
_GELU_TANH_BETA = math.sqrt(2) * (2 / math.sqrt(math.pi)) * 0.5
_GELU_TANH_KAPPA = 0.044715


def gelu_double_grad(grad: Tensor, grad_output: Tensor, self: Tensor, approximate: str) -> Tensor:
    """d/dx of gelu'(x) * grad_output, times ``grad``."""
    x = self
    if approximate == "tanh":
        beta, kappa = _GELU_TANH_BETA, _GELU_TANH_KAPPA
        inner = (x + x.pow(3) * kappa) * beta
        tanh_inner = _F.tanh(inner)
        sech_inner = _F.cosh(inner).reciprocal()
        f = x * 0.5
        g = 1 - tanh_inner * tanh_inner
        h = ((x * (3 * kappa)) * x + 1) * beta
        f_prime_gh = g * 0.5 * h
        g_prime = (sech_inner * 2) * (-sech_inner * tanh_inner) * h
        g_prime_fh = f * h * g_prime
        h_prime = x * (6 * kappa) * beta
        h_prime_fg = f * g * h_prime
        return grad * grad_output * (f_prime_gh + f_prime_gh + g_prime_fh + h_prime_fg)
    pdf = _F.exp(x * -0.5 * x) * _GELU_PDF
    return grad * grad_output * (pdf * 2 - x * x * pdf)


def _negative_mask(t: Tensor, like: Tensor) -> Tensor:
    return (t < 0).to(like.dtype)


def elu_double_grad(grad: Tensor, grad_output: Tensor, self_or_result: Tensor, alpha: float, scale: float,
                    input_scale: float, is_result: bool) -> Tensor:
    """Only the negative side, where the slope is exponential, has a second derivative."""
    scaled = grad * grad_output * input_scale
    if is_result:
        return scaled * _negative_mask(self_or_result, grad)
    return act.elu_grad(scaled, self_or_result, alpha, scale, input_scale) * _negative_mask(self_or_result, grad)


def softplus_double_grad(grad: Tensor, grad_output: Tensor, self: Tensor, beta: float, threshold: float) -> Tensor:
    z = self * beta
    return _F.sigmoid_backward(grad * grad_output, _F.sigmoid(z)) * (z < threshold).to(grad.dtype) * beta


def logsigmoid_double_grad(grad: Tensor, grad_output: Tensor, self: Tensor) -> Tensor:
    z = _F.sigmoid(self)
    return grad * grad_output * (z - 1) * z


def hardswish_double_grad(grad: Tensor, grad_output: Tensor, self: Tensor) -> Tensor:
    return _F.where((self > -3.0) & (self < 3.0), grad * grad_output / 3.0, 0.0)


def softmax_double_grad(grad: Tensor, grad_output: Tensor, output: Tensor, dim: int) -> Tensor:
    return (grad_output * grad - (output * grad_output).sum(dim, keepdim=True) * grad
            - grad_output * (output * grad).sum(dim, keepdim=True))


def log_softmax_grad_of_grad(grad: Tensor, output: Tensor, dim: int) -> Tensor:
    """The derivative for log_softmax_backward's incoming gradient."""
    return grad - (grad * _F.exp(output)).sum(dim, keepdim=True)


def log_softmax_double_grad(grad: Tensor, grad_output: Tensor, output: Tensor, dim: int) -> Tensor:
    return -grad_output.sum(dim, keepdim=True) * _F.exp(output) * grad


def mse_double_grad(grad: Tensor, grad_output: Tensor, reduction: str, count: int) -> Tensor:
    twice = 2 * (grad * grad_output)
    return twice / count if reduction == "mean" else twice


def nll_loss_of_grad(grad: Tensor, picks: np.ndarray, reduction: str, total_weight: float) -> Tensor:
    """nll_loss_backward differentiated for its incoming gradient: nll_loss of that gradient."""
    weighted = grad * make(picks.astype(grad.dtype.np, copy=False), grad.dtype)
    if reduction == "none":
        return weighted.sum(1) if weighted.ndim > 1 else weighted.sum()
    total = weighted.sum()
    return total / total_weight if reduction == "mean" else total


def smooth_l1_double_grad(grad: Tensor, grad_output: Tensor, self: Tensor, target: Tensor, beta: float,
                          reduction: str) -> Tensor:
    inside = (grad * grad_output) * ((self - target).abs() < beta).to(grad.dtype) / beta
    return inside / self.numel() if reduction == "mean" else inside


def huber_double_grad(grad: Tensor, grad_output: Tensor, self: Tensor, target: Tensor, delta: float,
                      reduction: str) -> Tensor:
    inside = (grad * grad_output) * ((self - target).abs() < delta)
    return inside / self.numel() if reduction == "mean" else inside


def glu_grad_of_grad(grad: Tensor, self: Tensor, dim: int) -> Tensor:
    """glu_backward differentiated for its incoming gradient: the halves of
    ``grad * glu_backward(ones, self)`` added."""
    half = self.shape[dim] // 2
    ones = _F.ones(tuple(self.shape[:dim]) + (half,) + tuple(self.shape[dim + 1:]), dtype=self.dtype)
    tmp = grad * act.glu_grad(ones, self, dim)
    return tmp.narrow(dim, 0, half) + tmp.narrow(dim, half, half)


def glu_double_grad(grad: Tensor, grad_output: Tensor, self: Tensor, dim: int) -> Tensor:
    half = self.shape[dim] // 2
    first, second = self.narrow(dim, 0, half), self.narrow(dim, half, half)
    sig = _F.sigmoid(second)
    one_sub_sig = 1 - sig
    sig_one_sub_sig = sig * one_sub_sig
    gg_first, gg_second = grad.narrow(dim, 0, half), grad.narrow(dim, half, half)
    gi_first = gg_second * grad_output * sig_one_sub_sig
    second_order = sig_one_sub_sig * one_sub_sig - sig * sig_one_sub_sig
    gi_second = gg_second * first * grad_output * second_order + gg_first * grad_output * sig_one_sub_sig
    return _F.cat([gi_first, gi_second], dim)


# The backward ops of softmax, log_softmax and the losses, recorded as one node under create_graph.
def softmax_backward(grad: Tensor, output: Tensor, dim: int) -> Tensor:
    return record_backward_op("softmax_backward_data", (grad, output), {"dim": dim},
                              lambda: _F.softmax_backward(grad, output, dim))


def log_softmax_backward(grad: Tensor, output: Tensor, dim: int) -> Tensor:
    return record_backward_op("log_softmax_backward_data", (grad, output), {"dim": dim},
                              lambda: _F.log_softmax_backward(grad, output, dim))


def mse_backward(grad: Tensor, self: Tensor, target: Tensor, reduction: str, count: int) -> Tensor:
    return record_backward_op("mse_loss_backward", (grad, self, target), {"reduction": reduction, "count": count},
                              lambda: NN.mse_grad(grad, self, target, reduction, count))


def nll_backward(grad: Tensor, self: Tensor, shape: tuple, picks: np.ndarray, reduction: str,
                 total_weight: float, rule: str = "nll_loss_backward") -> Tensor:
    return record_backward_op(rule, (grad, self), {"picks": picks, "reduction": reduction,
                                                   "total_weight": total_weight},
                              lambda: NN.nll_grad(grad, shape, picks, reduction, total_weight, grad.dtype))
