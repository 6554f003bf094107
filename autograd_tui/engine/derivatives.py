"""The derivative table: every differentiable op in one place, one entry per op.

An entry names the node PyTorch shows (``MulBackward0``), the forward computation on numpy
arrays, and one gradient formula per differentiable input, written in engine tensor ops, so
that ``create_graph=True`` differentiates the formulas themselves (higher-order gradients for
free). Formulas are keyed by the name of the input they differentiate for, and read values by name,
as PyTorch's ``derivatives.yaml`` writes them:

- ``grad`` is the gradient arriving at the op's output (``grads``: all of them, for ops with
  several outputs);
- ``self``, ``other`` (or the op's own argument names: ``mat2``, ``exponent``, ``target``, …)
  are the op's inputs (tensors, or plain numbers);
- ``result`` is the op's result;
- any other name is an attribute of the call (``dim``, ``keepdim``, ``shape``, …).

So ``op("mul", "MulBackward0", forward, self=lambda grad, other: grad * other, ...)`` reads
"the gradient for ``self`` is ``grad * other``".

The ops (``functions/``) find their entry by name in ``record.RULES``; ``record.py`` attaches
the node and ``graph.py`` runs it backward.
"""
from __future__ import annotations

from typing import Callable

import numpy as np

from autograd_tui.engine.parity import blas
from autograd_tui.engine import functions as F
from autograd_tui.engine.nn import _kernels as NN
from autograd_tui.engine.record import RULES, Rule
from autograd_tui.engine.parity import float32_math
from autograd_tui.engine.parity.rounding import (
    exp_correctly_rounded, float32_kernel, sigmoid, via_float64, via_float64_2,
)

# ---------------------------------------------------------------------------------------------
# The table. Forward functions take numpy arrays (already in the result dtype) and attributes.
# ---------------------------------------------------------------------------------------------


def op(name: str, node: str, forward: Callable | None, inputs: tuple[str, ...] | None = None,
       **formulas: Callable) -> None:
    """One entry: the op's name, its node's name, its forward (or None when the op computes its
    result itself) and one formula per differentiable input, keyed by the input's name.
    ``inputs`` lists every input in order when some of them get no formula (``where``'s condition)."""
    names = tuple(formulas) if inputs is None else inputs
    RULES[name] = Rule(name, node, forward, tuple(formulas.values()),
                       tuple(names.index(k) for k in formulas), names)


# Arithmetic (broadcasting; a Python number operand is a wrapped tensor with no edge).
op("add", "AddBackward0", lambda self, other: self + other,
   self=lambda grad: grad,
   other=lambda grad: grad)
op("add_alpha", "AddBackward0", blas.add_scaled,
   self=lambda grad: grad,
   other=lambda grad, alpha: grad * alpha)
op("sub", "SubBackward0", lambda self, other: self - other,
   self=lambda grad: grad,
   other=lambda grad: -grad)
op("sub_alpha", "SubBackward0", lambda self, other, alpha: blas.add_scaled(self, other, -alpha),
   self=lambda grad: grad,
   other=lambda grad, alpha: -grad * alpha)
op("rsub", "RsubBackward1", lambda self, other: other - self,
   self=lambda grad: -grad)
op("rsub_tensor", "RsubBackward0", lambda self, other: other - self,
   self=lambda grad: -grad,
   other=lambda grad: grad)
op("mul", "MulBackward0", lambda self, other: self * other,
   self=lambda grad, other: grad * other,
   other=lambda grad, self: grad * self)
op("div", "DivBackward0", lambda self, other: self / other,
   self=lambda grad, other: grad / other,
   other=lambda grad, self, other: -grad * ((self / other) / other))
op("neg", "NegBackward0", lambda self: -self,
   self=lambda grad: -grad)
op("pow", "PowBackward0", lambda self, exponent: self ** exponent,
   self=lambda grad, self, exponent:
       F.zeros_like(self) if exponent == 0 else grad * (exponent * self ** (exponent - 1)))
op("pow_tensor", "PowBackward1", via_float64_2(np.power),
   self=lambda grad, self, exponent: grad * (exponent * self ** (exponent - 1)),
   exponent=lambda grad, self, exponent, result:
       grad * F.where((self == 0) & (exponent >= 0), F.zeros_like(result), result * F.log(self)))
op("rpow", "PowBackward2", lambda exponent, base: via_float64(lambda e: np.power(base, e))(exponent),
   exponent=lambda grad, result, base: grad * (result * float(np.log(base))))

# Unary math.
op("exp", "ExpBackward0", float32_kernel(float32_math.exp, np.exp),
   self=lambda grad, result: grad * result)
# softmax's and log_softmax's own exp (not MKL's: ATen's softmax kernels run their own loop),
# as a node so that their backward under create_graph rounds as the plain one does.
op("softmax_exp", "ExpBackward0", exp_correctly_rounded,
   self=lambda grad, result: grad * result)
op("log", "LogBackward0", via_float64(np.log),
   self=lambda grad, self: grad / self)
op("sin", "SinBackward0", float32_kernel(float32_math.sin, np.sin),
   self=lambda grad, self: grad * F.cos(self))
op("cos", "CosBackward0", float32_kernel(float32_math.cos, np.cos),
   self=lambda grad, self: grad * -F.sin(self))
op("tan", "TanBackward0", via_float64(np.tan),
   self=lambda grad, result: grad * (1 + result * result))
op("asin", "AsinBackward0", via_float64(np.arcsin),
   self=lambda grad, self: grad * (-self * self + 1).rsqrt())
op("acos", "AcosBackward0", via_float64(np.arccos),
   self=lambda grad, self: grad * -((-self * self + 1).rsqrt()))
op("atan", "AtanBackward0", via_float64(np.arctan),
   self=lambda grad, self: grad / (self * self + 1))
op("sinh", "SinhBackward0", via_float64(np.sinh),
   self=lambda grad, self: grad * F.cosh(self))
op("cosh", "CoshBackward0", via_float64(np.cosh),
   self=lambda grad, self: grad * F.sinh(self))
op("asinh", "AsinhBackward0", via_float64(np.arcsinh),
   self=lambda grad, self: grad * (self * self + 1).rsqrt())
op("acosh", "AcoshBackward0", via_float64(np.arccosh),
   self=lambda grad, self: grad * (self * self - 1).rsqrt())
op("atanh", "AtanhBackward0", via_float64(np.arctanh),
   self=lambda grad, self: grad * (1 / (1 - self * self)))
op("atan2", "Atan2Backward0", via_float64_2(np.arctan2),
   self=lambda grad, self, other: grad * other / (self * self + other * other),
   other=lambda grad, self, other: grad * -self / (self * self + other * other))
op("tanh", "TanhBackward0", via_float64(np.tanh),
   self=lambda grad, result: F.tanh_backward(grad, result))
op("sigmoid", "SigmoidBackward0", sigmoid,
   self=lambda grad, result: grad * (1 - result) * result)  # PyTorch's order, to the last bit
op("relu", "ReluBackward0", lambda self: np.maximum(self, 0),
   self=lambda grad, result: F.threshold_backward(grad, result, 0))
op("sqrt", "SqrtBackward0", np.sqrt,
   self=lambda grad, result: grad / (2 * result))
op("abs", "AbsBackward0", np.abs,
   self=lambda grad, self: grad * F.sign(self))
op("sign", "SignBackward0", np.sign,
   self=lambda grad: F.zeros_like(grad))
op("floor", "FloorBackward0", np.floor,
   self=lambda grad: F.zeros_like(grad))
op("ceil", "CeilBackward0", np.ceil,
   self=lambda grad: F.zeros_like(grad))
op("trunc", "TruncBackward0", np.trunc,
   self=lambda grad: F.zeros_like(grad))
op("round", "RoundBackward0", np.round,
   self=lambda grad: F.zeros_like(grad))
op("frac", "FracBackward0", lambda self: self - np.trunc(self),
   self=lambda grad: grad)
op("log1p", "Log1PBackward0", via_float64(np.log1p),
   self=lambda grad, self: grad / (self + 1))
op("rsqrt", "RsqrtBackward0", via_float64(lambda a: 1 / np.sqrt(a)),
   self=lambda grad, result: -0.5 * grad * result * result * result)
op("cumsum", "CumsumBackward0", None,
   self=lambda grad, dim: grad.flip(dim).cumsum(dim).flip(dim))
op("reciprocal", "ReciprocalBackward0", lambda self: 1 / self,
   self=lambda grad, result: -grad * (result * result))
op("clamp", "ClampBackward1", lambda self, min, max: np.clip(self, min, max),
   self=lambda grad, self, min, max: F.where(F.clamp_mask(self, min, max), grad, 0.0))
op("nan_to_num", "NanToNumBackward0",
   lambda self, nan, posinf, neginf: np.nan_to_num(self, nan=nan, posinf=posinf, neginf=neginf),
   self=lambda grad, self: grad * F.isfinite(self))
op("clamp_min", "ClampMinBackward0", lambda self, min: np.maximum(self, min),
   self=lambda grad, self, min: F.where(F.clamp_mask(self, min, None), grad, 0.0))
op("clamp_max", "ClampMaxBackward0", lambda self, max: np.minimum(self, max),
   self=lambda grad, self, max: F.where(F.clamp_mask(self, None, max), grad, 0.0))
op("maximum", "MaximumBackward0", np.maximum,
   self=lambda grad, self, other: F.where(self == other, grad / 2, grad * (self > other)),
   other=lambda grad, self, other: F.where(self == other, grad / 2, grad * (other > self)))
op("minimum", "MinimumBackward0", np.minimum,
   self=lambda grad, self, other: F.where(self == other, grad / 2, grad * (self < other)),
   other=lambda grad, self, other: F.where(self == other, grad / 2, grad * (other < self)))
op("where", "WhereBackward0", lambda condition, self, other: np.where(condition, self, other),
   inputs=("condition", "self", "other"),
   self=lambda grad, condition: F.where(condition, grad, F.zeros_like(grad)),
   other=lambda grad, condition: F.where(condition, F.zeros_like(grad), grad))

# Reductions.
op("sum", "SumBackward0", lambda self: self.sum(),
   self=lambda grad, shape: grad.expand(shape))
op("sum_dim", "SumBackward1", lambda self, dim, keepdim: self.sum(axis=dim, keepdims=keepdim),
   self=lambda grad, shape, dim, keepdim: F.unsqueeze_dims(grad, dim, keepdim).expand(shape))
op("mean", "MeanBackward0", lambda self: self.mean(dtype=self.dtype),
   self=lambda grad, shape, numel: grad.expand(shape) / numel)
op("mean_dim", "MeanBackward1", lambda self, dim, keepdim: self.mean(axis=dim, keepdims=keepdim, dtype=self.dtype),
   self=lambda grad, shape, dim, keepdim, count: F.unsqueeze_dims(grad, dim, keepdim).expand(shape) / count)
op("prod", "ProdBackward0", lambda self: self.prod(),
   self=lambda grad, self, result: F.prod_backward(grad, self, result, None, False))
op("prod_dim", "ProdBackward1", lambda self, dim, keepdim: self.prod(axis=dim, keepdims=keepdim),
   self=lambda grad, self, result, dim, keepdim: F.prod_backward(grad, self, result, dim, keepdim))
op("var", "VarBackward0",
   lambda self, dim, correction, keepdim: np.var(self, axis=dim, ddof=correction, keepdims=keepdim),
   self=lambda grad, self, dim, correction, keepdim: F.var_backward(grad, self, dim, correction, keepdim))
op("std", "StdBackward0",
   lambda self, dim, correction, keepdim: np.std(self, axis=dim, ddof=correction, keepdims=keepdim),
   self=lambda grad, self, result, dim, correction, keepdim:
       F.std_backward(grad, self, result, dim, correction, keepdim))
op("max_all", "MaxBackward1", lambda self: self.max(),
   self=lambda grad, self, result: F.evenly_distribute(grad, self, result))
op("min_all", "MinBackward1", lambda self: self.min(),
   self=lambda grad, self, result: F.evenly_distribute(grad, self, result))
op("amax", "AmaxBackward0", None,
   self=lambda grad, self, result, dim, keepdim: F.extreme_backward(grad, self, result, dim, keepdim))
op("amin", "AminBackward0", None,
   self=lambda grad, self, result, dim, keepdim: F.extreme_backward(grad, self, result, dim, keepdim))
op("cross", "LinalgCrossBackward0", None,
   self=lambda grad, other, dim: F.linalg_cross(other, grad, dim=dim),
   other=lambda grad, self, dim: F.linalg_cross(grad, self, dim=dim))
op("inv", "LinalgInvExBackward0", None,
   self=lambda grad, result: -(result.mT @ grad @ result.mT))
op("det", "LinalgDetBackward0", None,
   self=lambda grad, self, result: F.det_backward(grad, self, result))
op("solve", "LinalgSolveExBackward0", None,
   A=lambda grad, A, result, vector: F.solve_backward_A(grad, A, result, vector),
   B=lambda grad, A, vector: F.solve_backward_B(grad, A, vector))
op("norm", "LinalgVectorNormBackward0", None,
   self=lambda grad, self, result, ord, dim, keepdim: F.norm_backward(grad, self, result, ord, dim, keepdim))
op("max_dim", "MaxBackward0", None,
   self=lambda grad, shape, dim, keepdim, indices: F.scatter_back(grad, shape, dim, keepdim, indices))
op("min_dim", "MinBackward0", None,
   self=lambda grad, shape, dim, keepdim, indices: F.scatter_back(grad, shape, dim, keepdim, indices))
op("sort", "SortBackward0", None,
   self=lambda grad, shape, dim, indices: F.scatter_back(grad, shape, dim, True, indices))
op("softmax", "SoftmaxBackward0", None,
   self=lambda grad, result, dim: F.softmax_backward(grad, result, dim))
op("log_softmax", "LogSoftmaxBackward0", None,
   self=lambda grad, result, dim: F.log_softmax_backward(grad, result, dim))
op("logsumexp", "LogsumexpBackward0", None,
   self=lambda grad, self, result, dim, keepdim:
       F.unsqueeze_dims(grad, dim, keepdim) * F.exp(self - F.unsqueeze_dims(result, dim, keepdim)))

# Matrix products.
# self_cols, mat1_cols, mat2_cols: that input was column-major (a transposed view, as nn.Linear's
# weight.t()); its gradient is then computed as a transposed product, in the same layout.
op("mm", "MmBackward0", np.matmul,
   self=lambda grad, mat2, self_cols: F.mm_in_layout(grad, mat2.t(), self_cols),
   mat2=lambda grad, self, mat2_cols: F.mm_in_layout(self.t(), grad, mat2_cols))
op("mv", "MvBackward0", np.matmul,
   self=lambda grad, vec: grad.unsqueeze(1) * vec,
   vec=lambda grad, self: self.t().mv(grad))
op("dot", "DotBackward0", np.dot,
   self=lambda grad, tensor: grad * tensor,
   tensor=lambda grad, self: grad * self)
op("bmm", "BmmBackward0", np.matmul,
   self=lambda grad, mat2: grad.bmm(mat2.transpose(1, 2)),
   mat2=lambda grad, self: self.transpose(1, 2).bmm(grad))


def _addmm(bias, m1, m2, beta, alpha):
    product = np.matmul(m1, m2)
    if (beta, alpha) != (1, 1):
        return beta * bias + alpha * product
    if product.dtype == np.result_type(product, bias):
        product += bias  # in place: addition commutes bit for bit, and the product is ours
        return product
    return bias + product


# addmm(input, mat1, mat2): here a is the added input, b is mat1 and c is mat2.
op("addmm", "AddmmBackward0", _addmm,
   self=lambda grad, beta: grad if beta == 1 else grad * beta,
   mat1=lambda grad, mat2, alpha, mat1_cols: F.scaled(F.mm_in_layout(grad, mat2.t(), mat1_cols), alpha),
   mat2=lambda grad, mat1, alpha, mat2_cols: F.scaled(F.mm_in_layout(mat1.t(), grad, mat2_cols), alpha))

# Shapes and views (forward is done by the caller, which knows about numpy views).
op("view", "ViewBackward0", None,
   self=lambda grad, shape: grad.reshape(shape))
op("unsafe_view", "UnsafeViewBackward0", None,
   self=lambda grad, shape: grad.reshape(shape))
op("t", "TBackward0", None,
   self=lambda grad: grad.t())
op("transpose", "TransposeBackward0", None,
   self=lambda grad, dim0, dim1: grad.transpose(dim0, dim1))
op("permute", "PermuteBackward0", None,
   self=lambda grad, dims: grad.permute(F.inverse_permutation(dims)))
op("squeeze", "SqueezeBackward0", None,
   self=lambda grad, shape: grad.reshape(shape))
op("squeeze_dim", "SqueezeBackward1", None,
   self=lambda grad, shape: grad.reshape(shape))
op("squeeze_dims", "SqueezeBackward2", None,
   self=lambda grad, shape: grad.reshape(shape))
op("squeeze_mm", "SqueezeBackward4", None,
   self=lambda grad, shape: grad.reshape(shape))
op("unsqueeze_", "UnsqueezeBackward1", None,
   self=lambda grad, dim: grad.squeeze(dim))
op("squeeze_", "SqueezeBackward3", None,
   self=lambda grad, shape: grad.reshape(shape))
op("squeeze_dim_", "SqueezeBackward4", None,
   self=lambda grad, shape: grad.reshape(shape))
op("transpose_", "TransposeBackward1", None,
   self=lambda grad, dim0, dim1: grad.transpose(dim0, dim1))
op("t_", "TBackward1", None,
   self=lambda grad: grad.t())
op("unsqueeze", "UnsqueezeBackward0", None,
   self=lambda grad, dim: grad.squeeze(dim))
op("expand", "ExpandBackward0", None,
   self=lambda grad, shape: F.sum_to(grad, shape))
op("alias", "AliasBackward0", None,
   self=lambda grad: grad)
op("clone", "CloneBackward0", None,
   self=lambda grad: grad)
op("to_copy", "ToCopyBackward0", None,
   self=lambda grad: grad)
op("select", "SelectBackward0", None,
   self=lambda grad, shape, dim, index: F.embed(grad, shape, (slice(None),) * dim + (index,)))
op("slice", "SliceBackward0", None,
   self=lambda grad, shape, dim, key: F.embed(grad, shape, (slice(None),) * dim + (key,)))
op("index", "IndexBackward0", None,
   self=lambda grad, shape, key: F.index_backward(grad, shape, key))
# An in-place op on a view: the base's new history, and the view seen again through it.
op("copy_slices", "CopySlices", None,
   self=lambda grad, key: F.embed_zero(grad, key),
   src=lambda grad, key, vshape: F._gather_for(grad, key, vshape))
op("as_strided_view", "AsStridedBackward0", None,
   self=lambda grad, shape, key: F.index_backward(grad, shape, key))
op("unbind", "UnbindBackward0", None,
   self=lambda grads, shape, dim: F.stack_grads(grads, shape, dim))
op("split", "SplitBackward0", None,
   self=lambda grads, shape, dim, sizes: F.cat_grads(grads, shape, dim, sizes))
op("masked_fill", "MaskedFillBackward0", None,
   self=lambda grad, mask: F.where(mask, F.zeros_like(grad), grad))
op("fill", "FillBackward0", None,
   self=lambda grad: F.zeros_like(grad))
op("copy", "CopyBackwards", None,
   self=lambda grad: F.zeros_like(grad),
   src=lambda grad: grad)
# ---------------------------------------------------------------------------------------------
# Neural-network ops. Their numpy kernels and gradient helpers are in nn/_kernels.py (NN).
# ---------------------------------------------------------------------------------------------
op("conv2d", "ConvolutionBackward0", None,
   input=lambda grad, weight, in_shape, stride, pad, dilation, groups:
       NN.conv2d_grad_input(grad, weight, in_shape, stride, pad, dilation, groups),
   weight=lambda grad, input, w_shape, stride, pad, dilation, groups:
       NN.conv2d_grad_weight(grad, input, w_shape, stride, pad, dilation, groups),
   bias=lambda grad: grad.sum((0, 2, 3)))
op("max_pool2d", "MaxPool2DWithIndicesBackward0", None,
   self=lambda grad, in_shape, indices: NN.max_pool2d_backward(grad, in_shape, indices))
op("avg_pool2d", "AvgPool2DBackward0", None,
   self=lambda grad, in_shape, kernel, stride, pad, divisor:
       NN.avg_pool2d_backward(grad, in_shape, kernel, stride, pad, divisor))
op("adaptive_avg_pool2d", "AdaptiveAvgPool2DBackward0", None,
   self=lambda grad, in_shape: NN.adaptive_avg_pool2d_backward(grad, in_shape))
op("batch_norm", "NativeBatchNormBackward0", None,
   input=lambda grad, input, weight, mean, invstd, training:
       NN.batch_norm_grad_input(grad, input, weight, mean, invstd, training),
   weight=lambda grad, input, mean, invstd: NN.batch_norm_grad_weight(grad, input, mean, invstd),
   bias=lambda grad: NN.batch_norm_grad_bias(grad))
op("mse_loss", "MseLossBackward0", None,
   self=lambda grad, self, target, reduction, count: NN.mse_grad(grad, self, target, reduction, count),
   target=lambda grad, self, target, reduction, count: -NN.mse_grad(grad, self, target, reduction, count))
op("nll_loss", "NllLossBackward0", None,
   self=lambda grad, shape, picks, reduction, total_weight:
       NN.nll_grad(grad, shape, picks, reduction, total_weight, grad.dtype))
op("binary_cross_entropy", "BinaryCrossEntropyBackward0", None,
   self=lambda grad, self, target, weight, reduction, count:
       NN.bce_grad_input(grad, self, target, weight, reduction, count),
   target=lambda grad, self, weight, reduction, count: NN.bce_grad_target(grad, self, weight, reduction, count))
op("binary_cross_entropy_with_logits", "BinaryCrossEntropyWithLogitsBackward0", None,
   self=lambda grad, self, target, weight, pos_weight, reduction, count:
       NN.bce_logits_grad_input(grad, self, target, weight, pos_weight, reduction, count),
   target=lambda grad, self, weight, pos_weight, reduction, count:
       NN.bce_logits_grad_target(grad, self, weight, pos_weight, reduction, count))
op("nll_loss2d", "NllLoss2DBackward0", None,
   self=lambda grad, shape, picks, reduction, total_weight:
       NN.nll_grad(grad, shape, picks, reduction, total_weight, grad.dtype))
op("leaky_relu", "LeakyReluBackward0", None,
   self=lambda grad, self, slope: F.where(self > 0, grad, grad * slope))
# ATen composites that divide or multiply by a plain number show the Scalar overloads.
op("div_scalar", "DivBackward1", None,
   self=lambda grad, other: grad / other)
op("mul_scalar", "MulBackward1", None,
   self=lambda grad, other: grad * other)
