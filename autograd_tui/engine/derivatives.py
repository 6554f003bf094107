"""The derivative table: every differentiable op in one place, one entry per op.

An entry names the node PyTorch shows (``MulBackward0``), the forward computation on numpy
arrays, and one gradient formula per differentiable input, written in engine tensor ops, so
that ``create_graph=True`` differentiates the formulas themselves (higher-order gradients for
free). In a formula:

- ``g`` is the gradient arriving at the op's output;
- ``a``, ``b``, ``c`` are the op's inputs, in order (tensors, or plain numbers);
- ``out`` is the op's result;
- any other name is an attribute of the call (``dim``, ``keepdim``, ``shape``, …).

The ops (``functions/``) find their entry by name in ``record.RULES``; ``record.py`` attaches
the node and ``graph.py`` runs it backward.
"""
from __future__ import annotations

import numpy as np

from autograd_tui.engine.parity import blas
from autograd_tui.engine import functions as F
from autograd_tui.engine.nn import _kernels as NN
from autograd_tui.engine.record import RULES, Rule
from autograd_tui.engine.parity.rounding import sigmoid, via_float64, via_float64_2

# ---------------------------------------------------------------------------------------------
# The table. Forward functions take numpy arrays (already in the result dtype) and attributes.
# ---------------------------------------------------------------------------------------------


def op(name: str, node: str, forward, *formulas, diff=None) -> None:
    RULES[name] = Rule(name, node, forward, formulas,
                       tuple(range(len(formulas))) if diff is None else diff)


# Arithmetic (broadcasting; a Python number operand is a wrapped tensor with no edge).
op("add", "AddBackward0", lambda a, b: a + b, lambda g: g, lambda g: g)
op("add_alpha", "AddBackward0", blas.add_scaled, lambda g: g, lambda g, alpha: g * alpha)
op("sub", "SubBackward0", lambda a, b: a - b, lambda g: g, lambda g: -g)
op("sub_alpha", "SubBackward0", lambda a, b, alpha: blas.add_scaled(a, b, -alpha), lambda g: g, lambda g, alpha: -g * alpha)
op("rsub", "RsubBackward1", lambda a, other: other - a, lambda g: -g)
op("rsub_tensor", "RsubBackward0", lambda a, b: b - a, lambda g: -g, lambda g: g)
op("mul", "MulBackward0", lambda a, b: a * b, lambda g, b: g * b, lambda g, a: g * a)
op("div", "DivBackward0", lambda a, b: a / b, lambda g, b: g / b, lambda g, a, b: -g * a / (b * b))
op("neg", "NegBackward0", lambda a: -a, lambda g: -g)
op("pow", "PowBackward0", lambda a, exponent: a ** exponent,
   lambda g, a, exponent: F.zeros_like(a) if exponent == 0 else g * (exponent * a ** (exponent - 1)))
op("pow_tensor", "PowBackward1", via_float64_2(np.power),
   lambda g, a, b: g * (b * a ** (b - 1)),
   lambda g, a, b, out: g * F.where((a == 0) & (b >= 0), F.zeros_like(out), out * F.log(a)))
op("rpow", "PowBackward2", lambda b, base: via_float64(lambda e: np.power(base, e))(b),
   lambda g, out, base: g * (out * float(np.log(base))))

# Unary math.
op("exp", "ExpBackward0", via_float64(np.exp), lambda g, out: g * out)
op("log", "LogBackward0", via_float64(np.log), lambda g, a: g / a)
op("sin", "SinBackward0", via_float64(np.sin), lambda g, a: g * F.cos(a))
op("cos", "CosBackward0", via_float64(np.cos), lambda g, a: g * -F.sin(a))
op("tanh", "TanhBackward0", via_float64(np.tanh), lambda g, out: g * (1 - out * out))
op("sigmoid", "SigmoidBackward0", sigmoid, lambda g, out: g * (out * (1 - out)))
op("relu", "ReluBackward0", lambda a: np.maximum(a, 0), lambda g, out: F.threshold_backward(g, out, 0))
op("sqrt", "SqrtBackward0", np.sqrt, lambda g, out: g / (2 * out))
op("abs", "AbsBackward0", np.abs, lambda g, a: g * F.sign(a))
op("sign", "SignBackward0", np.sign, lambda g: F.zeros_like(g))
op("floor", "FloorBackward0", np.floor, lambda g: F.zeros_like(g))
op("ceil", "CeilBackward0", np.ceil, lambda g: F.zeros_like(g))
op("trunc", "TruncBackward0", np.trunc, lambda g: F.zeros_like(g))
op("round", "RoundBackward0", np.round, lambda g: F.zeros_like(g))
op("frac", "FracBackward0", lambda a: a - np.trunc(a), lambda g: g)
op("log1p", "Log1PBackward0", via_float64(np.log1p), lambda g, a: g / (a + 1))
op("rsqrt", "RsqrtBackward0", via_float64(lambda a: 1 / np.sqrt(a)), lambda g, out: -0.5 * g * out * out * out)
op("cumsum", "CumsumBackward0", None, lambda g, dim: g.flip(dim).cumsum(dim).flip(dim))
op("reciprocal", "ReciprocalBackward0", lambda a: 1 / a, lambda g, out: -g * (out * out))
op("clamp", "ClampBackward1", lambda a, min, max: np.clip(a, min, max),
   lambda g, a, min, max: g * F.clamp_mask(a, min, max))
op("maximum", "MaximumBackward0", np.maximum,
   lambda g, a, b: F.where(a == b, g / 2, g * (a > b)), lambda g, a, b: F.where(a == b, g / 2, g * (b > a)))
op("minimum", "MinimumBackward0", np.minimum,
   lambda g, a, b: F.where(a == b, g / 2, g * (a < b)), lambda g, a, b: F.where(a == b, g / 2, g * (b < a)))
op("where", "WhereBackward0", lambda cond, a, b: np.where(cond, a, b),
   lambda g, a: F.where(a, g, F.zeros_like(g)), lambda g, a: F.where(a, F.zeros_like(g), g), diff=(1, 2))

# Reductions.
op("sum", "SumBackward0", lambda a: a.sum(), lambda g, shape: g.expand(shape))
op("sum_dim", "SumBackward1", lambda a, dim, keepdim: a.sum(axis=dim, keepdims=keepdim),
   lambda g, shape, dim, keepdim: F.unsqueeze_dims(g, dim, keepdim).expand(shape))
op("mean", "MeanBackward0", lambda a: a.mean(dtype=a.dtype), lambda g, shape, numel: g.expand(shape) / numel)
op("mean_dim", "MeanBackward1", lambda a, dim, keepdim: a.mean(axis=dim, keepdims=keepdim, dtype=a.dtype),
   lambda g, shape, dim, keepdim, count: F.unsqueeze_dims(g, dim, keepdim).expand(shape) / count)
op("prod", "ProdBackward0", lambda a: a.prod(), lambda g, a, out: F.prod_backward(g, a, out, None, False))
op("prod_dim", "ProdBackward1", lambda a, dim, keepdim: a.prod(axis=dim, keepdims=keepdim),
   lambda g, a, out, dim, keepdim: F.prod_backward(g, a, out, dim, keepdim))
op("var", "VarBackward0", lambda a, dim, correction, keepdim: np.var(a, axis=dim, ddof=correction, keepdims=keepdim),
   lambda g, a, dim, correction, keepdim: F.var_backward(g, a, dim, correction, keepdim))
op("std", "StdBackward0", lambda a, dim, correction, keepdim: np.std(a, axis=dim, ddof=correction, keepdims=keepdim),
   lambda g, a, out, dim, correction, keepdim: F.std_backward(g, a, out, dim, correction, keepdim))
op("max_all", "MaxBackward1", lambda a: a.max(), lambda g, a, out: F.evenly_distribute(g, a, out))
op("min_all", "MinBackward1", lambda a: a.min(), lambda g, a, out: F.evenly_distribute(g, a, out))
op("amax", "AmaxBackward0", None, lambda g, a, out, dim, keepdim: F.extreme_backward(g, a, out, dim, keepdim))
op("amin", "AminBackward0", None, lambda g, a, out, dim, keepdim: F.extreme_backward(g, a, out, dim, keepdim))
op("norm", "LinalgVectorNormBackward0", None, lambda g, a, out, dim, keepdim: F.norm_backward(g, a, out, dim, keepdim))
op("max_dim", "MaxBackward0", None, lambda g, shape, dim, keepdim, indices: F.scatter_back(g, shape, dim, keepdim, indices))
op("min_dim", "MinBackward0", None, lambda g, shape, dim, keepdim, indices: F.scatter_back(g, shape, dim, keepdim, indices))
op("sort", "SortBackward0", None, lambda g, shape, dim, indices: F.scatter_back(g, shape, dim, True, indices))
op("softmax", "SoftmaxBackward0", None, lambda g, out, dim: out * (g - (g * out).sum(dim, keepdim=True)))
op("log_softmax", "LogSoftmaxBackward0", None, lambda g, out, dim: F.log_softmax_backward(g, out, dim))
op("logsumexp", "LogsumexpBackward0", None,
   lambda g, a, out, dim, keepdim: F.unsqueeze_dims(g, dim, keepdim) * F.exp(a - F.unsqueeze_dims(out, dim, keepdim)))

# Matrix products.
# a_cols/b_cols: the input was column-major (a transposed view, as nn.Linear's weight.t()); its
# gradient is then computed as a transposed product so that it comes out in the same layout.
op("mm", "MmBackward0", np.matmul,
   lambda g, b, a_cols: F.mm_in_layout(g, b.t(), a_cols), lambda g, a, b_cols: F.mm_in_layout(a.t(), g, b_cols))
op("mv", "MvBackward0", np.matmul, lambda g, b: g.unsqueeze(1) * b, lambda g, a: a.t().mv(g))
op("dot", "DotBackward0", np.dot, lambda g, b: g * b, lambda g, a: g * a)
op("bmm", "BmmBackward0", np.matmul, lambda g, b: g.bmm(b.transpose(1, 2)), lambda g, a: a.transpose(1, 2).bmm(g))


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
   lambda g, beta: g if beta == 1 else g * beta,
   lambda g, c, alpha, b_cols: F.scaled(F.mm_in_layout(g, c.t(), b_cols), alpha),
   lambda g, b, alpha, c_cols: F.scaled(F.mm_in_layout(b.t(), g, c_cols), alpha))

# Shapes and views (forward is done by the caller, which knows about numpy views).
op("view", "ViewBackward0", None, lambda g, shape: g.reshape(shape))
op("unsafe_view", "UnsafeViewBackward0", None, lambda g, shape: g.reshape(shape))
op("t", "TBackward0", None, lambda g: g.t())
op("transpose", "TransposeBackward0", None, lambda g, dim0, dim1: g.transpose(dim0, dim1))
op("permute", "PermuteBackward0", None, lambda g, dims: g.permute(F.inverse_permutation(dims)))
op("squeeze", "SqueezeBackward0", None, lambda g, shape: g.reshape(shape))
op("squeeze_dim", "SqueezeBackward1", None, lambda g, shape: g.reshape(shape))
op("squeeze_dims", "SqueezeBackward2", None, lambda g, shape: g.reshape(shape))
op("squeeze_mm", "SqueezeBackward4", None, lambda g, shape: g.reshape(shape))
op("unsqueeze", "UnsqueezeBackward0", None, lambda g, dim: g.squeeze(dim))
op("expand", "ExpandBackward0", None, lambda g, shape: F.sum_to(g, shape))
op("alias", "AliasBackward0", None, lambda g: g)
op("clone", "CloneBackward0", None, lambda g: g)
op("to_copy", "ToCopyBackward0", None, lambda g: g)
op("select", "SelectBackward0", None, lambda g, shape, dim, index: F.embed(g, shape, (slice(None),) * dim + (index,)))
op("slice", "SliceBackward0", None, lambda g, shape, dim, key: F.embed(g, shape, (slice(None),) * dim + (key,)))
op("index", "IndexBackward0", None, lambda g, shape, key: F.index_backward(g, shape, key))
op("unbind", "UnbindBackward0", None, lambda grads, shape, dim: F.stack_grads(grads, shape, dim))
op("split", "SplitBackward0", None, lambda grads, shape, dim, sizes: F.cat_grads(grads, shape, dim, sizes))
op("masked_fill", "MaskedFillBackward0", None, lambda g, mask: F.where(mask, F.zeros_like(g), g))
op("fill", "FillBackward0", None, lambda g: F.zeros_like(g))
op("copy", "CopyBackwards", None, lambda g: F.zeros_like(g), lambda g: g)
# ---------------------------------------------------------------------------------------------
# Neural-network ops. Their numpy kernels and gradient helpers are in nn/_kernels.py (NN).
# ---------------------------------------------------------------------------------------------
op("conv2d", "ConvolutionBackward0", None,
   lambda g, b, in_shape, stride, pad, dilation, groups:
       NN.conv2d_grad_input(g, b, in_shape, stride, pad, dilation, groups),
   lambda g, a, w_shape, stride, pad, dilation, groups:
       NN.conv2d_grad_weight(g, a, w_shape, stride, pad, dilation, groups),
   lambda g: g.sum((0, 2, 3)))
op("max_pool2d", "MaxPool2DWithIndicesBackward0", None,
   lambda g, in_shape, indices: NN.max_pool2d_backward(g, in_shape, indices))
op("avg_pool2d", "AvgPool2DBackward0", None,
   lambda g, in_shape, kernel, stride, pad, divisor: NN.avg_pool2d_backward(g, in_shape, kernel, stride, pad, divisor))
op("adaptive_avg_pool2d", "AdaptiveAvgPool2DBackward0", None,
   lambda g, in_shape: NN.adaptive_avg_pool2d_backward(g, in_shape))
op("batch_norm", "NativeBatchNormBackward0", None,
   lambda g, a, b, mean, invstd, training: NN.batch_norm_grad_input(g, a, b, mean, invstd, training),
   lambda g, a, mean, invstd: NN.batch_norm_grad_weight(g, a, mean, invstd),
   lambda g: NN.batch_norm_grad_bias(g))
op("mse_loss", "MseLossBackward0", None,
   lambda g, a, b, reduction, count: NN.mse_grad(g, a, b, reduction, count),
   lambda g, a, b, reduction, count: -NN.mse_grad(g, a, b, reduction, count))
op("nll_loss", "NllLossBackward0", None,
   lambda g, shape, picks, reduction, total_weight: NN.nll_grad(g, shape, picks, reduction, total_weight, g.dtype))
op("binary_cross_entropy", "BinaryCrossEntropyBackward0", None,
   lambda g, a, b, weight, reduction, count: NN.bce_grad_input(g, a, b, weight, reduction, count),
   lambda g, a, weight, reduction, count: NN.bce_grad_target(g, a, weight, reduction, count))
op("binary_cross_entropy_with_logits", "BinaryCrossEntropyWithLogitsBackward0", None,
   lambda g, a, b, weight, pos_weight, reduction, count:
       NN.bce_logits_grad_input(g, a, b, weight, pos_weight, reduction, count),
   lambda g, a, weight, pos_weight, reduction, count:
       NN.bce_logits_grad_target(g, a, weight, pos_weight, reduction, count))
op("nll_loss2d", "NllLoss2DBackward0", None,
   lambda g, shape, picks, reduction, total_weight: NN.nll_grad(g, shape, picks, reduction, total_weight, g.dtype))
op("leaky_relu", "LeakyReluBackward0", None, lambda g, a, slope: F.where(a > 0, g, g * slope))
# ATen composites that divide or multiply by a plain number show the Scalar overloads.
op("div_scalar", "DivBackward1", None, lambda g, other: g / other)
op("mul_scalar", "MulBackward1", None, lambda g, other: g * other)
