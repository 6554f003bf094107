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

import math
from typing import Callable

import numpy as np

from autograd_tui.engine.parity import bessel, blas, ndtr
from autograd_tui.engine import functions as F
from autograd_tui.engine.functions import bessel as B
from autograd_tui.engine.functions import gamma as G
from autograd_tui.engine.functions import special as S
from autograd_tui.engine.nn import _activations as ACT
from autograd_tui.engine.nn import _conv_double as CD
from autograd_tui.engine.nn import _conv_transpose as CT
from autograd_tui.engine.nn import _double_backward as DB
from autograd_tui.engine.nn import _rules as NNR
from autograd_tui.engine.nn import _kernels as NN
from autograd_tui.engine.nn import _loss_tangents as LT
from autograd_tui.engine.nn import _grid_sample as GS
from autograd_tui.engine.nn import _pixel_shuffle as PS
from autograd_tui.engine.nn import _composite_losses as CL
from autograd_tui.engine.nn import _ctc as CTC
from autograd_tui.engine.nn import _margin_losses as ML
from autograd_tui.engine.nn import _resample as RS
from autograd_tui.engine.nn import _bilinear as BL
from autograd_tui.engine._given_dims import given_as_written
from autograd_tui.engine._tensor import Tensor
from autograd_tui.engine.record import RULES, Rule, record_backward_op
from autograd_tui.engine.parity import (float32_math, float64_math, libm, mkl_erf, mkl_tan, rounding, sleef32,
                                        sleef32_binary)
from autograd_tui.engine.derivative_helpers import (
    _addmm, _cdist_backward, _cdist_backward_refuses, _derivative_not_implemented, _no_inplace_derivative,
    _not_implemented, _pdist_backward_refuses, _refuse, _rpow, float32_binary,
    _rpow_exponent, _atan2_reciprocal,
)
from autograd_tui.engine.parity.rounding import (
    exp_correctly_rounded, float32_kernel, float64_kernel, float64_sin, float64_tanh, rsqrt_as_aten, sigmoid,
    sqrt, via_float64, via_float64_2,
)

# ---------------------------------------------------------------------------------------------
# The table. Forward functions take numpy arrays (already in the result dtype) and attributes.
# ---------------------------------------------------------------------------------------------


def op(name: str, node: str, forward: Callable | None, inputs: tuple[str, ...] | None = None,
       jvp: Callable | None = None, **formulas: Callable) -> None:
    """One entry: the op's name, its node's name, its forward (or None when the op computes its
    result itself) and one formula per differentiable input, keyed by the input's name.
    ``inputs`` lists every input in order when some of them get no formula (``where``'s condition);
    ``jvp`` is PyTorch's own forward-mode formula where the op has one (``Rule.jvp``)."""
    names = tuple(formulas) if inputs is None else inputs
    RULES[name] = Rule(name, node, forward, tuple(formulas.values()),
                       tuple(names.index(k) for k in formulas), names, jvp)


def _as_double(v):
    """A Python int exponent as the double ATen's formula converts it to (a complex one as it is)."""
    return float(v) if v.__class__ is int else v


def _conj(v):
    """The complex conjugate a formula takes of a complex value (PyTorch's convention for the
    gradient of a real loss); a real one as it is."""
    if v.__class__ is Tensor:
        return F.conj(v) if v.dtype.is_complex else v
    return v.conjugate() if isinstance(v, complex) else v


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
op("rsub", "RsubBackward1", None,  # (other - alpha * self, computed by rsub itself)
   self=lambda grad, alpha: -grad if alpha == 1 else -grad * alpha)
op("rsub_tensor", "RsubBackward0", lambda self, other: other - self,
   self=lambda grad: -grad,
   other=lambda grad: grad)
op("mul", "MulBackward0", lambda self, other: self * other,
   self=lambda grad, other: grad * _conj(other),
   other=lambda grad, self: grad * _conj(self))
op("div", "DivBackward0", lambda self, other: self / other,
   self=lambda grad, other: grad / _conj(other),
   other=lambda grad, self, other: -grad * _conj((self / other) / other))
op("div_mode", "DivBackward2", None, inputs=("self", "other"),
   self=lambda grad, other, rounding_mode: grad / other if rounding_mode is None else F.zeros_like(grad),
   other=lambda grad, self, other, rounding_mode:
       -grad * ((self / other) / other) if rounding_mode is None else F.zeros_like(grad))
op("fmod", "FmodBackward1", None,
   self=lambda grad: grad,
   other=lambda grad, self, other: -grad * F.div(self, other, rounding_mode="trunc"))
op("fmod_scalar", "FmodBackward0", None, inputs=("self", "other"),
   self=lambda grad: grad)
op("remainder", "RemainderBackward1", None,
   self=lambda grad: grad,
   other=lambda grad, self, other: -grad * F.div(self, other, rounding_mode="floor"))
op("remainder_scalar", "RemainderBackward0", None, inputs=("self", "other"),
   self=lambda grad: grad)
op("neg", "NegBackward0", lambda self: -self,
   self=lambda grad: -grad)
op("pow", "PowBackward0", lambda self, exponent: self ** exponent,
   self=lambda grad, self, exponent:
       # (ATen's pow_backward takes the exponent as a double: MulBackward1's other shows 2.0)
       F.zeros_like(self) if exponent == 0 else grad * _conj(F.mul_scalar(self ** (_as_double(exponent) - 1),
                                                                          _as_double(exponent))))
op("pow_tensor", "PowBackward1", float32_binary(sleef32_binary.pow_float32, via_float64_2(rounding.power)),
   self=lambda grad, self, exponent: grad * (exponent * self ** (exponent - 1)),
   exponent=lambda grad, self, exponent, result:
       grad * F.where((self == 0) & (exponent >= 0), F.zeros_like(result), result * F.log(self)))
op("rpow", "PowBackward2", lambda exponent, self: _rpow(exponent, self),
   exponent=_rpow_exponent)

# Unary math.
op("exp", "ExpBackward0", float64_kernel(float64_math.exp, float32_kernel(float32_math.exp, np.exp)),
   self=lambda grad, result: grad * result)
# softmax's and log_softmax's own exp (not MKL's: ATen's softmax kernels run their own loop),
# as a node so that their backward under create_graph rounds as the plain one does.
op("softmax_exp", "ExpBackward0", exp_correctly_rounded,
   self=lambda grad, result: grad * result)
op("log", "LogBackward0", float32_kernel(float32_math.log, np.log),
   self=lambda grad, self: grad / self)
op("sin", "SinBackward0", float64_kernel(float64_sin, float32_kernel(float32_math.sin, np.sin)),
   self=lambda grad, self: grad * F.cos(self))
op("cos", "CosBackward0", float64_kernel(float64_math.cos, float32_kernel(float32_math.cos, np.cos)),
   self=lambda grad, self: grad * -F.sin(self))
op("tan", "TanBackward0", float64_kernel(mkl_tan.tan64, float32_kernel(mkl_tan.tan, np.tan)),
   self=lambda grad, result: grad * F.add_scalar(result.pow(2), 1))
op("asin", "AsinBackward0", via_float64(np.arcsin),
   self=lambda grad, self: grad * F.add_scalar(-self * self, 1).rsqrt())
op("acos", "AcosBackward0", via_float64(np.arccos),
   self=lambda grad, self: grad * -(F.add_scalar(-self * self, 1).rsqrt()))
op("atan", "AtanBackward0", via_float64(np.arctan),
   self=lambda grad, self: grad / F.add_scalar(self * self, 1))
op("sinh", "SinhBackward0", libm.via_float64_scalar_tail(np.sinh, "sinh", vector32=sleef32.sinhf),
   self=lambda grad, self: grad * F.cosh(self))
op("cosh", "CoshBackward0", libm.via_float64_scalar_tail(np.cosh, "cosh", float64=False, vector32=sleef32.coshf),
   self=lambda grad, self: grad * F.sinh(self))
op("asinh", "AsinhBackward0", libm.c_everywhere(np.arcsinh, "asinh"),
   self=lambda grad, self: grad * (self * self + 1).rsqrt())
op("acosh", "AcoshBackward0", libm.c_everywhere(np.arccosh, "acosh"),
   self=lambda grad, self: grad * (self * self - 1).rsqrt())
op("atanh", "AtanhBackward0", libm.via_float64_scalar_tail(np.arctanh, "atanh"),
   self=lambda grad, self: grad * (1 / (1 - self * self)))
# PyTorch multiplies by the reciprocal of x**2 + y**2 (one rounding more than a division)
op("atan2", "Atan2Backward0", float32_binary(sleef32_binary.atan2_float32, via_float64_2(np.arctan2)),
   self=lambda grad, self, other: grad * other * _atan2_reciprocal(self, other),
   other=lambda grad, self, other: grad * -self * _atan2_reciprocal(self, other))
op("tanh", "TanhBackward0", float64_kernel(float64_tanh, float32_kernel(float32_math.tanh, np.tanh)),
   self=lambda grad, result: F.tanh_backward(grad, result))
op("sigmoid", "SigmoidBackward0", sigmoid,
   self=lambda grad, result: F.sigmoid_backward(grad, result))
# The backward ops above, differentiated again (create_graph, hessians, forward mode).
op("tanh_backward", "TanhBackwardBackward0", None,
   grad_output=lambda grad, output: F.tanh_backward(grad, output),
   output=lambda grad, output, grad_output: grad * (-2 * output * grad_output))
op("sigmoid_backward", "SigmoidBackwardBackward0", None,
   grad_output=lambda grad, output: F.sigmoid_backward(grad, output),
   output=lambda grad, output, grad_output: grad * grad_output * (-2 * output + 1))
op("threshold_backward", "ThresholdBackwardBackward0", None,
   grad_output=lambda grad, self, threshold: F.threshold_backward(grad, self, threshold),
   self=lambda grad: F.zeros_like(grad))
op("relu", "ReluBackward0", lambda self: np.maximum(self, 0),
   self=lambda grad, result: F.threshold_backward(grad, result, 0))
op("sqrt", "SqrtBackward0", sqrt,
   self=lambda grad, result: grad / F.mul_scalar(result, 2))
op("abs", "AbsBackward0", np.abs,
   self=lambda grad, self: grad * F.sgn(self))
op("sign", "SignBackward0", S.sign,
   self=lambda grad: F.zeros_like(grad))
op("poisson", "PoissonBackward0", None,
   self=lambda grad: F.zeros_like(grad))
# Samples (in place, or drawn from tensor parameters): no gradient reaches their inputs, one node per overload
for _node, _inputs in (("UniformBackward0", "self"), ("NormalBackward0", "self"), ("ExponentialBackward0", "self"),
                       ("GeometricBackward0", "self"), ("BernoulliBackward1", "self"), ("BernoulliBackward2", "self"),
                       ("RandomBackward0", "self"), ("RandomBackward1", "self"), ("RandomBackward2", "self"),
                       ("NormalBackward1", "mean"), ("NormalBackward2", "std"), ("NormalBackward3", "mean std"),
                       ("BernoulliBackward0", "self"), ("LogNormalBackward0", "self"), ("CauchyBackward0", "self")):
    op(_node, _node, None, **dict.fromkeys(_inputs.split(), lambda grad: F.zeros_like(grad)))  # type: ignore[arg-type]
op("frexp", "FrexpBackward0", None, self=lambda grad, exponent: grad / exponent.exp2())
op("histogram", "NotImplemented", None, self=lambda grad: _not_implemented("histogram"))
op("linalg_ldl_factor_ex", "NotImplemented", None, self=lambda grad: _not_implemented("linalg_ldl_factor_ex"))
op("linalg_ldl_solve", "NotImplemented", None, LD=lambda grad: _not_implemented("linalg_ldl_solve"),
   B=lambda grad: _not_implemented("linalg_ldl_solve"))
# PyTorch gives the sample a node that refuses any gradient
op("binomial", "NotImplemented", None,
   count=lambda grad: _not_implemented("binomial"),
   prob=lambda grad: _not_implemented("binomial"))
op("unique", "Unique2Backward0", None, self=_derivative_not_implemented("_unique2"))
op("unique_dim", "UniqueDimBackward0", None, self=_derivative_not_implemented("unique_dim"))
op("unique_consecutive", "UniqueConsecutiveBackward0", None, self=_derivative_not_implemented("unique_consecutive"))
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
op("round_decimals", "RoundBackward1", lambda self, decimals: np.round(self, decimals),
   self=lambda grad: F.zeros_like(grad))
# float32: SLEEF's log1pf and expm1f on every element (ATen's vml loop takes a short tail as a
# partial vector and copies a strided input first); the correctly rounded value agreed on 99.3%
# and 99.85% of inputs.
op("log1p", "Log1PBackward0", float32_kernel(sleef32.log1pf, np.log1p),
   self=lambda grad, self: grad / F.add_scalar(self, 1))
op("expm1", "Expm1Backward0", float32_kernel(sleef32.expm1f, np.expm1),
   self=lambda grad, result: grad * F.add_scalar(result, 1))
op("log2", "Log2Backward0", libm.via_float64_scalar_tail(np.log2, "log2"),
   self=lambda grad, self: grad / F.mul_scalar(self, 0.6931471805599453))
op("log10", "Log10Backward0", via_float64(np.log10),
   self=lambda grad, self: grad / F.mul_scalar(self, 2.3025850929940456))
op("rsqrt", "RsqrtBackward0", rsqrt_as_aten,
   self=lambda grad, result: -0.5 * grad * result.pow(3))
op("cumsum", "CumsumBackward0", None,
   self=lambda grad, dim, self_scalar_type: grad.to(self_scalar_type).flip(dim).cumsum(dim).flip(dim))
op("reciprocal", "ReciprocalBackward0", lambda self: 1 / self,
   self=lambda grad, result: -grad * (result * result))
op("clamp", "ClampBackward1", lambda self, min, max: np.clip(self, min, max),
   self=lambda grad, self, min, max: F.where(F.clamp_mask(self, min, max), grad, 0.0))
op("nan_to_num", "NanToNumBackward0",
   lambda self, nan, posinf, neginf: np.nan_to_num(self, nan=nan, posinf=posinf, neginf=neginf),
   self=lambda grad, self: grad * F.isfinite(self))
op("lerp_scalar", "LerpBackward0", None,
   self=lambda grad, weight: grad * (1 - weight),
   end=lambda grad, weight: grad * weight)
op("lerp_tensor", "LerpBackward1", None,
   self=lambda grad, weight: grad * (1 - weight),
   end=lambda grad, weight: grad * weight,
   weight=lambda grad, self, end: grad * (end - self))
op("clamp_tensor", "ClampBackward0", None,
   self=lambda grad, self, min, max: F.clamp_tensor_backward(grad, self, min, max),
   min=lambda grad, self, min, max: F.clamp_bound_backward(grad, self, min, max, "min"),
   max=lambda grad, self, min, max: F.clamp_bound_backward(grad, self, min, max, "max"))
op("clamp_min", "ClampMinBackward0", lambda self, min: np.maximum(self, min),
   self=lambda grad, self, min: F.where(F.clamp_mask(self, min, None), grad, 0.0))
op("clamp_max", "ClampMaxBackward0", lambda self, max: np.minimum(self, max),
   self=lambda grad, self, max: F.where(F.clamp_mask(self, None, max), grad, 0.0))
op("maximum", "MaximumBackward0", np.maximum,
   self=lambda grad, self, other: F.where(self == other, grad / 2, grad).masked_fill(self < other, 0),
   other=lambda grad, self, other: F.where(self == other, grad / 2, grad).masked_fill(self > other, 0))
op("minimum", "MinimumBackward0", np.minimum,
   self=lambda grad, self, other: F.where(self == other, grad / 2, grad).masked_fill(self > other, 0),
   other=lambda grad, self, other: F.where(self == other, grad / 2, grad).masked_fill(self < other, 0))
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
   self=lambda grad, shape, numel: F.div_scalar(grad.expand(shape), numel))
op("mean_dim", "MeanBackward1", lambda self, dim, keepdim: self.mean(axis=dim, keepdims=keepdim, dtype=self.dtype),
   self=lambda grad, shape, dim, keepdim, count:
       F.div_scalar(F.unsqueeze_dims(grad, dim, keepdim).expand(shape), count))
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
# Decompositions with several outputs: ``grads`` holds one gradient per output (None where none
# arrived), and the formulas read the outputs by PyTorch's names (U, S, Vh; Q, R; ...).
op("svd", "LinalgSvdBackward0", None,
   A=lambda grads, U, S, Vh, full_matrices: F.svd_backward(grads, U, S, Vh, full_matrices))
op("qr", "LinalgQrBackward0", None,
   A=lambda grads, Q, R, mode: F.qr_backward(grads, Q, R, mode))
op("eigh", "LinalgEighBackward0", None,
   A=lambda grads, eigenvalues, eigenvectors: F.eigh_backward(grads, eigenvalues, eigenvectors))
op("lu_factor_ex", "LinalgLuFactorExBackward0", None,
   A=lambda grad, result, pivots, pivot: F.lu_factor_ex_backward(grad, result, pivots, pivot))
op("lu", "LinalgLuBackward0", None, A=lambda grads, P, L, U, pivot: F.lu_backward(grads, P, L, U, pivot))
op("lu_unpack", "LuUnpackBackward0", None, LU_data=lambda grads, L, U: F.lu_unpack_backward(grads, L, U))
op("lu_solve", "LinalgLuSolveBackward0", None, inputs=("LU", "B"),
   LU=lambda grad, LU, pivots, result: F.lu_solve_backward(grad, LU, pivots, result, "LU"),
   B=lambda grad, LU, pivots: F.lu_solve_backward(grad, LU, pivots, None, "B"))
op("cholesky", "LinalgCholeskyExBackward0", None,
   self=lambda grad, result, upper: F.cholesky_backward(grad, result, upper))
op("slogdet", "LinalgSlogdetBackward0", None,
   A=lambda grads, A: F.slogdet_backward(grads, A))
op("pinv", "LinalgPinvBackward0", None,
   self=lambda grad, result, self: F.pinv_backward(grad, result, self))
op("lstsq", "LinalgLstsqBackward0", None,
   self=lambda grads, self, b, solution, vector: F.lstsq_backward_A(grads, self, b, solution, vector),
   b=lambda grads, self, b, solution, vector: F.lstsq_backward_B(grads, self, b, solution, vector))
op("linalg_matrix_exp", "LinalgMatrixExpBackward0", None,
   self=lambda grad, self: F.matrix_exp_backward(grad, self))
op("linalg_solve_triangular", "LinalgSolveTriangularBackward0", None,
   self=lambda grad, self, result, upper, left, unitriangular:
       F.solve_triangular_backward(grad, self, result, upper, left, unitriangular, "A"),
   B=lambda grad, self, result, upper, left, unitriangular:
       F.solve_triangular_backward(grad, self, result, upper, left, unitriangular, "B"))
op("cholesky_solve", "CholeskySolveBackward0", None,
   self=lambda grad, input2, upper: F.cholesky_solve_backward_self(grad, input2, upper),
   input2=lambda grad, input2, result, upper: F.cholesky_solve_backward_input2(grad, input2, result, upper))
op("cholesky_inverse", "CholeskyInverseBackward0", None,
   self=lambda grad, self, upper, result: F.cholesky_inverse_backward(grad, self, upper, result))
op("norm", "LinalgVectorNormBackward0", None,
   self=lambda grad, self, result, ord, dim, keepdim: F.norm_backward(grad, self, result, ord, dim, keepdim))
op("norm_aten", "NormBackward1", None,
   self=lambda grad, self, result, ord, dim, keepdim: F.norm_backward(grad, self, result, ord, dim, keepdim))
op("max_dim", "MaxBackward0", None,
   self=lambda grad, shape, dim, keepdim, indices: F.scatter_back(grad, shape, dim, keepdim, indices))
op("min_dim", "MinBackward0", None,
   self=lambda grad, shape, dim, keepdim, indices: F.scatter_back(grad, shape, dim, keepdim, indices))
op("sort", "SortBackward0", None,
   self=lambda grad, shape, dim, indices: F.scatter_back(grad, shape, dim, True, indices))
op("sort_stable", "SortBackward1", None,
   self=lambda grad, shape, dim, indices: F.scatter_back(grad, shape, dim, True, indices))
op("constant_pad_nd", "ConstantPadNdBackward0", None,
   self=lambda grad, pad: NN.constant_pad_nd(grad, tuple(-p for p in pad), 0))
op("topk", "TopkBackward0", None,
   self=lambda grad, shape, dim, indices: F.scatter_back(grad, shape, dim, True, indices))
op("softmax", "SoftmaxBackward0", None,
   self=lambda grad, result, dim: DB.softmax_backward(grad, result, dim))
op("log_softmax", "LogSoftmaxBackward0", None,
   self=lambda grad, result, dim: DB.log_softmax_backward(grad, result, dim))
op("softmax_backward_data", "SoftmaxBackwardDataBackward0", None,
   grad_output=lambda grad, output, dim: DB.softmax_backward(grad, output, dim),
   output=DB.softmax_double_grad)
op("log_softmax_backward_data", "LogSoftmaxBackwardDataBackward0", None,
   grad_output=lambda grad, output, dim: DB.log_softmax_grad_of_grad(grad, output, dim),
   output=DB.log_softmax_double_grad)
op("logsumexp", "LogsumexpBackward0", None,
   self=lambda grad, self, result, dim, keepdim:
       F.unsqueeze_dims(grad, dim, keepdim) * F.exp(self - F.unsqueeze_dims(result, dim, keepdim)))

# Order statistics, NaN-aware sums, cumulative products and the special functions.
op("median", "MedianBackward0", None,
   self=lambda grad, self, result: F.evenly_distribute(grad, self, result))
op("nanmedian", "NanmedianBackward0", None,
   self=lambda grad, self, result: F.evenly_distribute(grad, self, result))
op("median_dim", "MedianBackward1", None,
   self=lambda grad, shape, dim, keepdim, indices: F.scatter_back(grad, shape, dim, keepdim, indices))
op("nanmedian_dim", "NanmedianBackward1", None,
   self=lambda grad, shape, dim, keepdim, indices: F.scatter_back(grad, shape, dim, keepdim, indices))
op("mode", "ModeBackward0", None,
   self=lambda grad, shape, dim, keepdim, indices: F.scatter_back(grad, shape, dim, keepdim, indices))
op("kthvalue", "KthvalueBackward0", None,
   self=lambda grad, shape, dim, keepdim, indices: F.scatter_back(grad, shape, dim, keepdim, indices))
op("nansum", "NansumBackward0", None,
   self=lambda grad, self, shape, dim, keepdim: F.nansum_backward(grad, self, shape, dim, keepdim))
op("cumprod", "CumprodBackward0", None,
   self=lambda grad, self, result, dim: F.cumprod_backward(grad.to(self.dtype), self, result, dim))
op("erf", "ErfBackward0", float64_kernel(mkl_erf.erf, float32_kernel(mkl_erf.erf32, S.erf_array)),
   self=lambda grad, self: F.mul_scalar(F.exp(-self.pow(2)), 2.0 / math.sqrt(math.pi)) * grad)
op("erfc", "ErfcBackward0", float64_kernel(mkl_erf.erfc, float32_kernel(mkl_erf.erfc32, S.erfc_array)),
   self=lambda grad, self: F.mul_scalar(F.exp(-self.pow(2)), -2.0 / math.sqrt(math.pi)) * grad)
op("erfinv", "ErfinvBackward0", float64_kernel(lambda a: mkl_erf.erfinv(a, S.erfinv_array(a)),
                                                via_float64(S.erfinv_array)),
   self=lambda grad, result: 0.5 * math.sqrt(math.pi) * F.exp(result * result) * grad)
op("lgamma", "LgammaBackward0", G.lgamma_array,
   self=lambda grad, self: grad * G.digamma(self))
op("digamma", "DigammaBackward0", G.digamma_array,
   self=lambda grad, self: grad * G.polygamma(1, self))
op("polygamma", "PolygammaBackward0", G.polygamma_array,
   self=lambda grad, self, n: grad * G.polygamma(n + 1, self))
op("polygamma_", "PolygammaBackward1", G.polygamma_array,   # the in-place overload: (self, n)
   self=lambda grad, self, n: grad * G.polygamma(n + 1, self))
op("mvlgamma", "MvlgammaBackward0", G.mvlgamma_array,
   self=lambda grad, self, p: G.mvlgamma_backward(grad, self, p))
# The modified Bessel functions (Cephes' Chebyshev series with the C library's exp, as ATen).
op("i0", "I0Backward0", bessel.i0,
   self=lambda grad, self: grad * B.special_i1(self))
op("special_i0e", "SpecialI0EBackward0", bessel.i0e,
   self=lambda grad, self, result: B.i0e_backward(grad, self, result))
op("special_i1", "SpecialI1Backward0", bessel.i1,
   self=lambda grad, self, result: B.i1_backward(grad, self, result))
op("special_i1e", "SpecialI1EBackward0", bessel.i1e,
   self=lambda grad, self, result: B.i1e_backward(grad, self, result))
op("logit", "LogitBackward0", S.logit_array,
   self=lambda grad, self, eps: S.logit_backward(grad, self, eps))
op("deg2rad", "Deg2RadBackward0", S.scale_by(S._PI_OVER_180),
   self=lambda grad: grad * S._PI_OVER_180)
op("rad2deg", "Rad2DegBackward0", S.scale_by(S._180_OVER_PI),
   self=lambda grad: grad * S._180_OVER_PI)
# float32: SLEEF's exp2f on whole vector blocks, the C library's on the rest (95% of elements
# matched when rounded once from float64)
op("exp2", "Exp2Backward0", libm.vector_kernel_scalar_tail(sleef32.exp2f, "exp2", np.exp2),
   self=lambda grad, result: F.mul_scalar(grad * result, math.log(2.0)))
# (self and result named: PyTorch's sgn_backward takes them, and its node shows them, for real inputs too)
op("sgn", "SgnBackward0", S.sign,
   self=lambda grad, self, result: F.zeros_like(grad))
op("hypot", "HypotBackward0", via_float64_2(np.hypot),
   self=lambda grad, self, result: grad * self / result,
   other=lambda grad, other, result: grad * other / result)
op("logaddexp", "LogaddexpBackward0", S.logaddexp_array,
   self=lambda grad, self, other: grad / (1 + F.exp(other - self)),
   other=lambda grad, self, other: grad / (1 + F.exp(self - other)))
# PyTorch's groupings: the factor (value / tensor2 a true division of a filled tensor) is formed
# first, then multiplied into the gradient
op("addcmul", "AddcmulBackward0", None,
   self=lambda grad: grad,
   tensor1=lambda grad, tensor2, value: grad * F.mul_scalar(tensor2, value),
   tensor2=lambda grad, tensor1, value: grad * F.mul_scalar(tensor1, value))
op("addcdiv", "AddcdivBackward0", None,
   self=lambda grad: grad,
   tensor1=lambda grad, tensor2, value: grad * (F.full_like(tensor2, value) / tensor2),
   tensor2=lambda grad, tensor1, tensor2, value: -grad * (tensor1 * value / (tensor2 * tensor2)))
op("aminmax", "AminmaxBackward0", None,
   self=lambda grads, self, min, max, axes, keepdim: F.aminmax_backward(grads, self, min, max, axes, keepdim))
op("std_mean", "StdMeanBackward0", None,
   self=lambda grads, self, result, shape, dim, keepdim, correction, count:
       F.moments_backward("std", grads, self, result, shape, dim, keepdim, correction, count))
op("var_mean", "VarMeanBackward0", None,
   self=lambda grads, self, result, shape, dim, keepdim, correction, count:
       F.moments_backward("var", grads, self, result, shape, dim, keepdim, correction, count))
op("cummax", "CummaxBackward0", None,
   self=lambda grad, shape, dim, indices: F.cummaxmin_backward(grad, shape, dim, indices))
op("cummin", "CumminBackward0", None,
   self=lambda grad, shape, dim, indices: F.cummaxmin_backward(grad, shape, dim, indices))
op("logcumsumexp", "LogcumsumexpBackward0", None,
   self=lambda grad, self, result, dim: F.logcumsumexp_backward(grad, self, result, dim))
op("fmax", "FmaxBackward0", np.fmax,
   self=lambda grad, self, other: grad.masked_fill((self >= other).logical_or(other.isnan()).logical_not(), 0),
   other=lambda grad, self, other: grad.masked_fill((self >= other).logical_or(other.isnan()), 0))
op("fmin", "FminBackward0", np.fmin,
   self=lambda grad, self, other: grad.masked_fill((self <= other).logical_or(other.isnan()).logical_not(), 0),
   other=lambda grad, self, other: grad.masked_fill((self <= other).logical_or(other.isnan()), 0))
op("xlogy", "XlogyBackward0", S.xlogy_array,
   # PyTorch's formula: log(other) even where self is 0 (zeroed only where other <= 0 too)
   self=lambda grad, self, other: F.xlogy(grad, other).masked_fill((self == 0) & (other <= 0), 0.0),
   other=lambda grad, self, other: grad * self / other)
op("xlogy_scalar_self", "XlogyBackward1", None, inputs=("self", "other"),
   other=lambda grad, self, other: grad * self / other)
op("xlogy_scalar_other", "XlogyBackward2", S.xlogy_array, inputs=("self", "other"),
   self=lambda grad, self, other: F.xlogy(grad, other).masked_fill((self == 0) & (other <= 0), 0.0))
op("xlog1py", "SpecialXlog1PyBackward0", S.xlog1py_array,
   self=lambda grad, self, other: S.xlog1py(grad, other).masked_fill((self == 0) & (other <= -1), 0.0),
   other=lambda grad, self, other: grad * self / (other + 1))
op("xlog1py_scalar_self", "SpecialXlog1PyBackward1", None, inputs=("self", "other"),
   other=lambda grad, self, other: grad * self / (other + 1))
op("xlog1py_scalar_other", "SpecialXlog1PyBackward2", None, inputs=("self", "other"),
   self=lambda grad, self, other: (S.xlog1py(grad, other).masked_fill(self == 0, 0.0) if other <= -1
                                   else S.xlog1py(grad, other)))
op("entr", "SpecialEntrBackward0", S.entr_array,
   self=lambda grad, self: grad * (-(1 + self.log())))
op("special_log_ndtr", "SpecialLogNdtrBackward0", ndtr.log_ndtr_array,
   self=lambda grad, self, result: grad / math.sqrt(2 * math.pi) * (result + self.pow(2) / 2).neg().exp())
op("sinc", "SincBackward0", S.sinc_array,
   self=lambda grad, self: S.sinc_backward(grad, self))
op("dist", "DistBackward0", None,
   self=lambda grad, self, other, result, p: F.norm_backward(grad, self - other, result, p, None, False),
   other=lambda grad, self, other, result, p: -F.norm_backward(grad, self - other, result, p, None, False))
op("addmv", "AddmvBackward0", None,
   self=lambda grad, beta: F.scaled(grad, beta),
   mat=lambda grad, vec, alpha: F.scaled(grad.unsqueeze(1) * vec, alpha),
   vec=lambda grad, mat, alpha: F.scaled(mat.t().mv(grad), alpha))
op("addr", "AddrBackward0", None,
   self=lambda grad, beta: F.scaled(grad, beta),
   vec1=lambda grad, vec2, alpha: F.scaled(grad.mv(vec2), alpha),
   vec2=lambda grad, vec1, alpha: F.scaled(grad.t().mv(vec1), alpha))
op("baddbmm", "BaddbmmBackward0", None,
   self=lambda grad, beta: F.scaled(grad, beta),
   batch1=lambda grad, batch2, alpha: F.scaled(grad.bmm(batch2.transpose(1, 2)), alpha),
   batch2=lambda grad, batch1, alpha: F.scaled(batch1.transpose(1, 2).bmm(grad), alpha))
# nextafter moves by one ulp at most: PyTorch passes the gradient to self unchanged, none to other.
op("nextafter", "NextafterBackward0", None,
   self=lambda grad: grad,
   other=lambda grad: F.zeros_like(grad))
op("addbmm", "AddbmmBackward0", None,
   self=lambda grad, beta: F.scaled(grad, beta),
   batch1=lambda grad, batch2, alpha: F.scaled(grad.expand(batch2.shape[0], *grad.shape).bmm(batch2.transpose(1, 2)),
                                               alpha),
   batch2=lambda grad, batch1, alpha: F.scaled(batch1.transpose(1, 2).bmm(grad.expand(batch1.shape[0], *grad.shape)),
                                               alpha))

# x.asinh_() and its two siblings: PyTorch computes them, but its node for the in-place form
# (AsinhBackward1) has no derivative and refuses at backward.
for _name in ("asinh", "acosh", "atanh"):
    op(f"{_name}_inplace", f"{_name.capitalize()}Backward1", None, self=_no_inplace_derivative(_name))
# In-place comparisons (x.eq_(y)) write 0 or 1 into x: nothing flows back to either side.
for _name in ("eq", "ne", "lt", "le", "gt", "ge"):
    op(f"{_name}_scalar_inplace", f"{_name.capitalize()}Backward0", None,
       self=lambda grad: F.zeros_like(grad))
    op(f"{_name}_tensor_inplace", f"{_name.capitalize()}Backward1", None,
       self=lambda grad: F.zeros_like(grad),
       other=lambda grad: F.zeros_like(grad))
op("copysign", "CopysignBackward0", np.copysign,
   self=lambda grad, self, result: S.copysign_backward(grad, self, result),
   other=lambda grad: F.zeros_like(grad))
op("copysign_scalar", "CopysignBackward1", None,
   self=lambda grad, self, result: S.copysign_backward(grad, self, result))
op("logaddexp2", "Logaddexp2Backward0", S.logaddexp2_array,
   self=lambda grad, self, other: grad / (1 + F.pow(2.0, other - self)),
   other=lambda grad, self, other: grad / (1 + F.pow(2.0, self - other)))
op("ldexp", "LdexpBackward0", None,
   self=lambda grad, other: grad * F.pow(2.0, other),
   other=lambda grad, self, other: grad * self * F.pow(2.0, other) * math.log(2.0))
op("vdot", "VdotBackward0", None,
   self=lambda grad, other: _conj(grad) * other,
   other=lambda grad, self: grad * self)
op("euclidean_dist", "EuclideanDistBackward0", None,
   x1=lambda grad, x1, x2, result: F.euclidean_dist_backward_x1(grad, x1, x2, result),
   x2=lambda grad, x1, x2, result: F.euclidean_dist_backward_x2(grad, x1, x2, result))
op("pdist", "PdistBackward0", None,
   self=lambda grad, self, p, result: record_backward_op(
       "pdist_backward", (grad, self, result), {"p": p}, lambda: F.pdist_backward(grad, self, p, result)))

op("pdist_backward", "PdistBackwardBackward0", None, grad=_pdist_backward_refuses, self=_pdist_backward_refuses,
   pdist=_pdist_backward_refuses)
op("cdist", "CdistBackward0", None,
   x1=lambda grad, x1, x2, result, p: _cdist_backward(grad, x1, x2, result, p),
   x2=lambda grad, x1, x2, result, p: _cdist_backward(grad.mT, x2, x1, result.mT, p))

op("cdist_backward", "CdistBackwardBackward0", None, grad_output=_cdist_backward_refuses, x1=_cdist_backward_refuses,
   x2=_cdist_backward_refuses, cdist=_cdist_backward_refuses)
op("trace", "TraceBackward0", None,
   self=lambda grad, shape: F.trace_backward(grad, shape))

# Matrix products.
# self_cols, mat1_cols, mat2_cols: that input was column-major (a transposed view, as nn.Linear's
# weight.t()); its gradient is then computed as a transposed product, in the same layout.
op("mm", "MmBackward0", np.matmul,
   self=lambda grad, mat2, self_cols: F.mm_of_transposed(grad, mat2, self_cols, False),
   mat2=lambda grad, self, mat2_cols: F.mm_of_transposed(self, grad, mat2_cols, True))
op("mv", "MvBackward0", np.matmul,
   self=lambda grad, vec: grad.unsqueeze(1) * vec,
   vec=lambda grad, self: self.t().mv(grad))
op("dot", "DotBackward0", np.dot,
   self=lambda grad, tensor: grad * tensor,
   tensor=lambda grad, self: grad * self)
op("bmm", "BmmBackward0", np.matmul,
   self=lambda grad, mat2: grad.bmm(mat2.transpose(1, 2)),
   mat2=lambda grad, self: self.transpose(1, 2).bmm(grad))

# addmm(input, mat1, mat2): here a is the added input, b is mat1 and c is mat2.
op("addmm", "AddmmBackward0", _addmm,
   self=lambda grad, beta: grad if beta == 1 else grad * beta,
   mat1=lambda grad, mat2, alpha, mat1_cols: F.scaled(F.mm_of_transposed(grad, mat2, mat1_cols, False), alpha),
   mat2=lambda grad, mat1, alpha, mat2_cols: F.scaled(F.mm_of_transposed(mat1, grad, mat2_cols, True), alpha))

# Shapes and views (forward is done by the caller, which knows about numpy views).
op("view", "ViewBackward0", None,
   self=lambda grad, shape: grad.reshape(shape))
op("reshape_alias", "ReshapeAliasBackward0", None,
   self=lambda grad, shape: grad.reshape(shape))
op("unsafe_view", "UnsafeViewBackward0", None,
   self=lambda grad, shape: grad.reshape(shape))
op("t", "TBackward0", None,
   self=lambda grad: F.t(grad))  # (the function: Tensor.t's descriptor costs two calls, every Linear layer)
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
   self=lambda grad, dim: grad.squeeze(given_as_written(dim)))
op("squeeze_", "SqueezeBackward3", None,
   self=lambda grad, shape: grad.reshape(shape))
op("squeeze_dim_", "SqueezeBackward4", None,
   self=lambda grad, shape: grad.reshape(shape))
op("squeeze_dims_", "SqueezeBackward5", None,
   self=lambda grad, shape: grad.reshape(shape))
op("transpose_", "TransposeBackward1", None,
   self=lambda grad, dim0, dim1: grad.transpose(dim0, dim1))
op("t_", "TBackward1", None,
   self=lambda grad: grad.t())
op("unsqueeze", "UnsqueezeBackward0", None,
   self=lambda grad, dim: grad.squeeze(given_as_written(dim)))
op("expand", "ExpandBackward0", None,
   self=lambda grad, shape: F.sum_to(grad, shape))
op("alias", "AliasBackward0", None,
   self=lambda grad: grad)
op("unpack_dual", "Identity", None,  # forward_ad.unpack_dual's primal: a view, named as PyTorch names it
   self=lambda grad: grad)
op("clone", "CloneBackward0", None,
   self=lambda grad: grad)
op("to_copy", "ToCopyBackward0", None,
   self=lambda grad: grad)
op("select", "SelectBackward0", None,
   self=lambda grad, shape, dim, index: F.embed(grad, shape, (slice(None),) * dim + (index,), "select_backward"))
op("slice", "SliceBackward0", None,
   self=lambda grad, shape, dim, key: F.embed(grad, shape, (slice(None),) * dim + (key,), "slice_backward"))
op("select_backward", "SelectBackwardBackward0", None,
   grad_output=lambda grad, key: grad[key])
op("slice_backward", "SliceBackwardBackward0", None,
   grad_output=lambda grad, key: grad[key])
op("index", "IndexBackward0", None,
   self=lambda grad, shape, key: F.index_backward(grad, shape, key))
# An in-place op on a view: the view seen again through its base's new history (the base's own
# node, CopySlices, wraps the op's node: functions/inplace.py).
op("as_strided_view", "AsStridedBackward0", None,
   self=lambda grad, shape, key: F.index_backward(grad, shape, key))
op("unbind", "UnbindBackward0", None,
   self=lambda grads, shape, dim: F.stack_grads(grads, shape, dim))
op("split", "SplitBackward0", None,
   self=lambda grads, shape, dim, sizes: F.cat_grads(grads, shape, dim, sizes))
# scatter into a 0-d tensor (others go through index_put's node), with PyTorch's formulas
op("scatter_0d", "ScatterBackward0", None,
   self=lambda grad, dim, index: grad.scatter(dim, index, 0),
   src=lambda grad, dim, index: grad.gather(dim, index))
op("scatter_value_0d", "ScatterBackward1", None,
   self=lambda grad, dim, index: grad.scatter(dim, index, 0))
op("scatter_add", "ScatterAddBackward0", None,
   self=lambda grad: grad,
   src=lambda grad, dim, index: grad.gather(dim, index))
op("scatter_reduce", "ScatterReduceBackward0", None,
   self=lambda grad, self, src, result, dim, index, reduce, include_self, hit:
       F.scatter_reduce_backward("self", grad, self, src, result, dim, index, reduce, include_self, hit),
   src=lambda grad, self, src, result, dim, index, reduce, include_self, hit:
       F.scatter_reduce_backward("src", grad, self, src, result, dim, index, reduce, include_self, hit))
op("masked_fill", "MaskedFillBackward0", None,
   self=lambda grad, mask: F.where(mask, F.zeros_like(grad), grad))
op("masked_fill_tensor", "MaskedFillBackward1", None,
   self=lambda grad, mask: F.where(mask, F.zeros_like(grad), grad),
   value=lambda grad, mask: F.where(mask, grad, F.zeros_like(grad)).sum())
op("diagonal", "DiagonalBackward0", None,
   self=lambda grad, shape, offset, dim1, dim2: F.diagonal_backward(grad, shape, offset, dim1, dim2))
op("diagonal_copy", "DiagonalBackward0_copy", None,
   self=lambda grad, shape, offset, dim1, dim2: F.diagonal_backward(grad, shape, offset, dim1, dim2))
op("diagonal_backward", "DiagonalBackwardBackward0", None,
   grad_output=lambda grad, offset, dim1, dim2: grad.diagonal(offset, dim1, dim2))
op("diag_embed", "DiagEmbedBackward0", None,
   self=lambda grad, offset, dim1, dim2: grad.diagonal(offset, dim1, dim2))
op("flip", "FlipBackward0", None,
   self=lambda grad, dims: grad.flip(dims))
op("roll", "RollBackward0", None,
   self=lambda grad, shifts, dims: grad.roll(tuple(-s for s in shifts), dims or None))
op("repeat", "RepeatBackward0", None,
   self=lambda grad, shape, repeats: F.repeat_backward(grad, shape, repeats))
op("tril", "TrilBackward0", None,
   self=lambda grad, diagonal: grad.tril(diagonal))
op("triu", "TriuBackward0", None,
   self=lambda grad, diagonal: grad.triu(diagonal))
op("rot90", "Rot90Backward0", None,
   self=lambda grad, k, dims: grad.rot90(-k, dims))
op("masked_select", "MaskedSelectBackward0", None,
   self=lambda grad, shape, picks: F.masked_select_backward(grad, shape, picks))
op("take", "TakeBackward0", None,
   self=lambda grad, shape, picks: F.take_backward(grad, shape, picks))
op("index_add", "IndexAddBackward0", None,
   self=lambda grad: grad,
   source=lambda grad, dim, index, alpha: F.scaled(grad.index_select(dim, index), alpha))
op("index_fill", "IndexFillBackward0", None,
   self=lambda grad, dim, index: grad.index_fill(dim, index, 0))
op("index_copy", "IndexCopyBackward0", None,
   self=lambda grad, dim, index: grad.index_fill(dim, index, 0),
   source=lambda grad, dim, index: grad.index_select(dim, index))
op("as_strided", "AsStridedBackward0", None, self=lambda grad, geometry: F.as_strided_backward(grad, geometry))
op("unfold", "UnfoldBackward0", None,
   self=lambda grad, shape, dimension, size, step: F.unfold_backward(grad, shape, dimension, size, step))
op("unfold_backward", "UnfoldBackwardBackward0", None,
   grad_in=lambda grad, dim, size, step: grad.unfold(dim, size, step))
op("masked_scatter", "MaskedScatterBackward0", None,
   self=lambda grad, mask: F.masked_fill_where(grad, mask),
   source=lambda grad, mask, source_shape: F.masked_scatter_backward(grad, mask, source_shape))
op("put", "PutBackward0", None,
   self=lambda grad, index, accumulate: F.put_backward_self(grad, index, accumulate),
   source=lambda grad, index, source_shape: F.put_backward_source(grad, index, source_shape))
op("fill", "FillBackward2", None,
   self=lambda grad: F.zeros_like(grad))
op("fill_tensor", "FillBackward3", None,
   self=lambda grad: F.zeros_like(grad),
   value=lambda grad: grad.sum())
op("fill_new", "FillBackward0", None,
   self=lambda grad: F.zeros_like(grad))
op("fill_new_tensor", "FillBackward1", None,
   self=lambda grad: F.zeros_like(grad),
   value=lambda grad: grad.sum())
op("zero", "ZeroBackward0", None,
   self=lambda grad: F.zeros_like(grad))
op("copy", "CopyBackwards", None,
   self=lambda grad: F.zeros_like(grad),
   src=lambda grad: grad)
# ---------------------------------------------------------------------------------------------
# Neural-network ops. Their numpy kernels and gradient helpers are in nn/_kernels.py (NN).
# ---------------------------------------------------------------------------------------------
# conv1d's and conv2d's entries are in derivatives_more.py.
op("conv_transpose2d", "ConvolutionBackward0", None,
   input=lambda grad, weight, in_hw, conv_stride, conv_pad, conv_dilation, groups:
       CT.conv_transpose2d_grad_input(grad, weight, in_hw, conv_stride, conv_pad, conv_dilation, groups),
   weight=lambda grad, input, weight, conv_stride, conv_pad, conv_dilation, groups:
       CT.conv_transpose2d_grad_weight(grad, input, tuple(weight.shape), conv_stride, conv_pad, conv_dilation,
                                       groups),
   bias=lambda grad: grad.sum((0, 2, 3)))
op("max_pool2d", "MaxPool2DWithIndicesBackward0", None,
   self=lambda grad, self, in_shape, result1: CD.max_pool_grad(grad, self, in_shape, result1, "max_pool2d_backward"))
op("soft_margin_loss", "SoftMarginLossBackward0", None, inputs=("self", "target"), self=CL.soft_margin_loss_grad)
op("multi_margin_loss", "MultiMarginLossBackward0", None, inputs=("self", "target", "weight"),
   self=ML.multi_margin_loss_grad)
op("ctc_loss", "CtcLossBackward0", None, inputs=("log_probs",), log_probs=CTC.ctc_loss_grad)
op("multilabel_margin_loss", "MultilabelMarginLossBackward0", None, inputs=("self", "target"),
   self=ML.multilabel_margin_loss_grad)
# pixel (un)shuffle: each is the other's gradient (engine ops: differentiable)
op("pixel_shuffle", "PixelShuffleBackward0", None,
   self=lambda grad, upscale_factor: PS.pixel_unshuffle(grad, upscale_factor))
op("pixel_unshuffle", "PixelUnshuffleBackward0", None,
   self=lambda grad, downscale_factor: PS.pixel_shuffle(grad, downscale_factor))
op("affine_grid_generator", "AffineGridGeneratorBackward0", None,
   theta=lambda grad, size, align_corners: GS.affine_grid_theta_grad(grad, size, align_corners))
op("grid_sampler_2d", "GridSampler2DBackward0", None,
   input=lambda grad, input, grid, mode, padding, align_corners:
       GS.grid_sample_input_grad(grad, input, grid, mode, padding, align_corners),
   grid=lambda grad, input, grid, mode, padding, align_corners:
       GS.grid_sample_grid_grad(grad, input, grid, mode, padding, align_corners))
# max_unpool's gradient reads the output gradient back where the values went (engine ops: differentiable).
op("max_unpool2d", "MaxUnpool2DBackward0", None, inputs=("self", "indices"),
   self=lambda grad, indices: F.gather(grad.flatten(-2), -1, indices.flatten(-2)).view(tuple(indices.shape)))
op("avg_pool2d", "AvgPool2DBackward0", None,
   self=lambda grad, self, in_shape, pool_kernel, pool_stride, pool_pad, divisor, kernel_size, stride, padding,
   ceil_mode, count_include_pad, divisor_override:
       CD.avg_pool_grad(grad, self, in_shape, pool_kernel, pool_stride, pool_pad, divisor,
                        CD.shown_avg_pool(kernel_size, stride, padding, ceil_mode, count_include_pad,
                                          divisor_override)))
op("adaptive_avg_pool2d", "AdaptiveAvgPool2DBackward0", None,
   self=lambda grad, self, in_shape: CD.adaptive_avg_pool_grad(grad, self, in_shape))
op("adaptive_max_pool2d", "AdaptiveMaxPool2DBackward0", None,
   self=lambda grad, self, in_shape, result1:
       CD.max_pool_grad(grad, self, in_shape, result1, "adaptive_max_pool2d_backward"))
# Their gradients, differentiated again (create_graph; nn/_conv_double.py). The average poolings'
# own gradients are numpy kernels: a third derivative through them refuses.
op("max_pool2d_backward", "MaxPool2DWithIndicesBackwardBackward0", None,
   grad_output=lambda grad, indices: CD.max_pool_grad_of_grad(grad, indices), self=CD.zeros_like)
op("adaptive_max_pool2d_backward", "AdaptiveMaxPool2DBackwardBackward0", None,
   grad_output=lambda grad, indices: CD.max_pool_grad_of_grad(grad, indices), self=CD.zeros_like)
op("avg_pool2d_backward", "AvgPool2DBackwardBackward0", None,
   grad_output=lambda grad, pool_kernel, pool_stride, pool_pad, divisor:
       CD.avg_pool_grad_of_grad(grad, pool_kernel, pool_stride, pool_pad, divisor),
   self=CD.zeros_like)
op("adaptive_avg_pool2d_backward", "AdaptiveAvgPool2DBackwardBackward0", None,
   grad_output=lambda grad, grad_output_sym_argsize_minus_2, grad_output_sym_argsize_minus_1:
       CD.adaptive_avg_pool_grad_of_grad(grad, (grad_output_sym_argsize_minus_2, grad_output_sym_argsize_minus_1)),
   self=CD.zeros_like)
for _name in ("avg_pool2d_backward", "adaptive_avg_pool2d_backward"):
    RULES[_name].once_differentiable = True
# Those formulas run numpy kernels, not engine ops: their gradients cannot be
# differentiated again, and say so when asked (record._not_differentiable_again).
for _name in ("conv_transpose2d", "grid_sampler_2d"):
    RULES[_name].once_differentiable = True
# Upsampling: each gradient is the adjoint kernel, recorded in turn, whose gradient is the forward.
for _kind, _node in (("nearest1d", "UpsampleNearest1D"), ("nearest2d", "UpsampleNearest2D"),
                     ("nearest_exact1d", "UpsampleNearestExact1D"), ("nearest_exact2d", "UpsampleNearestExact2D"),
                     ("linear1d", "UpsampleLinear1D"), ("bilinear2d", "UpsampleBilinear2D"),
                     ("bicubic2d", "UpsampleBicubic2D"), ("bilinear2d_aa", "UpsampleBilinear2DAa"),
                     ("bicubic2d_aa", "UpsampleBicubic2DAa"), ("nearest3d", "UpsampleNearest3D"),
                     ("nearest_exact3d", "UpsampleNearestExact3D"), ("trilinear3d", "UpsampleTrilinear3D")):
    op(f"upsample_{_kind}", f"{_node}Backward0", None,
       self=lambda grad, resample_kind, in_hw, resample_align, resample_scales:
           RS.upsample_grad(grad, resample_kind, in_hw, resample_align, resample_scales))
    op(f"upsample_{_kind}_backward", f"{_node}BackwardBackward0", None,
       grad_output=lambda grad, resample_kind, out_hw, resample_align, resample_scales:
           RS.upsample(grad, resample_kind, out_hw, resample_align, resample_scales))
op("batch_norm", "NativeBatchNormBackward0", None,
   input=lambda grad, input, weight, mean, invstd, training, eps:
       NN.batch_norm_grad_input(grad, input, weight, mean, invstd, training, eps),
   weight=lambda grad, input, weight, mean, invstd, training, eps:
       NN.batch_norm_grad_weight(grad, input, mean, invstd, weight, training, eps),
   bias=lambda grad, input, weight, mean, invstd, training:
       NN.batch_norm_grad_bias(grad, input, weight, mean, invstd, training))
op("mse_loss", "MseLossBackward0", None, jvp=LT.mse_loss,
   self=lambda grad, self, target, reduction, count: DB.mse_backward(grad, self, target, reduction, count),
   target=lambda grad, self, target, reduction, count: DB.mse_backward(grad, target, self, reduction, count))
op("mse_loss_backward", "MseLossBackwardBackward0", None,
   grad_output=lambda grad, self, target, reduction, count: DB.mse_backward(grad, self, target, reduction, count),
   self=lambda grad, grad_output, reduction, count: DB.mse_double_grad(grad, grad_output, reduction, count),
   target=lambda grad, grad_output, reduction, count: -DB.mse_double_grad(grad, grad_output, reduction, count))
op("nll_loss", "NllLossBackward0", None, jvp=LT.nll_loss,
   self=lambda grad, self, shape, picks, reduction, weight_total:
       DB.nll_backward(grad, self, shape, picks, reduction, weight_total))
op("smooth_l1_loss_backward", "SmoothL1LossBackwardBackward0", None,
   grad_output=lambda grad, self, target, beta, norm, reduction:
       NNR.smooth_l1_backward(grad, self, target, beta, norm, reduction),
   self=lambda grad, grad_output, self, target, beta, reduction:
       DB.smooth_l1_double_grad(grad, grad_output, self, target, beta, reduction),
   target=lambda grad, grad_output, self, target, beta, reduction:
       -DB.smooth_l1_double_grad(grad, grad_output, self, target, beta, reduction))
# _trilinear_backward: each gradient is _trilinear again, the dim lists swapped.
op("_trilinear", "TrilinearBackward0", None,
   i1=lambda grad, i2, i3, expand1, expand2, expand3, sumdim:
       BL.trilinear(grad, i2, i3, sumdim, expand2, expand3, expand1),
   i2=lambda grad, i1, i3, expand1, expand2, expand3, sumdim:
       BL.trilinear(i1, grad, i3, expand1, sumdim, expand3, expand2),
   i3=lambda grad, i1, i2, expand1, expand2, expand3, sumdim:
       BL.trilinear(i1, i2, grad, expand1, expand2, sumdim, expand3))
op("huber_loss_backward", "HuberLossBackwardBackward0", None,
   grad_output=lambda grad, self, target, delta, norm, reduction:
       NNR.huber_backward(grad, self, target, delta, norm, reduction),
   self=lambda grad, grad_output, self, target, delta, reduction:
       DB.huber_double_grad(grad, grad_output, self, target, delta, reduction),
   target=lambda grad, grad_output, self, target, delta, reduction:
       -DB.huber_double_grad(grad, grad_output, self, target, delta, reduction))
op("nll_loss_backward", "NllLossBackwardBackward0", None,
   grad_output=lambda grad, picks, reduction, total_weight: DB.nll_loss_of_grad(grad, picks, reduction, total_weight),
   self=lambda grad: F.zeros_like(grad))
op("nll_loss2d_backward", "NllLoss2DBackwardBackward0", None,
   grad_output=lambda grad, picks, reduction, total_weight: DB.nll_loss_of_grad(grad, picks, reduction, total_weight),
   self=lambda grad: F.zeros_like(grad))
op("binary_cross_entropy", "BinaryCrossEntropyBackward0", None, jvp=LT.binary_cross_entropy,
   self=lambda grad, self, target, weight, reduction, count:
       NN.bce_grad_input(grad, self, target, weight, reduction, count),
   target=lambda grad, self, weight, reduction, count: NN.bce_grad_target(grad, self, weight, reduction, count))
op("binary_cross_entropy_with_logits", "BinaryCrossEntropyWithLogitsBackward0", None,
   jvp=LT.binary_cross_entropy_with_logits,
   self=lambda grad, self, target, weight, pos_weight, reduction, count:
       NN.bce_logits_grad_input(grad, self, target, weight, pos_weight, reduction, count),
   target=lambda grad, self, weight, pos_weight, reduction, count:
       NN.bce_logits_grad_target(grad, self, weight, pos_weight, reduction, count))
op("nll_loss2d", "NllLoss2DBackward0", None, jvp=LT.nll_loss,
   self=lambda grad, self, shape, picks, reduction, weight_total:
       DB.nll_backward(grad, self, shape, picks, reduction, weight_total, "nll_loss2d_backward"))
op("leaky_relu", "LeakyReluBackward0", None, self=ACT.leaky_relu_grad)
# in place, PyTorch saves the result instead of the overwritten input (same sign where it matters)
op("leaky_relu_result", "LeakyReluBackward1", None, self=ACT.leaky_relu_grad_from_result)

# Activations of torch.nn.functional (forwards and gradient helpers in nn/_activations.py, ACT).
op("gelu", "GeluBackward0", None, self=ACT.gelu_grad)
op("silu", "SiluBackward0", None, self=ACT.silu_grad)
op("elu", "EluBackward0", None, self=ACT.elu_grad)
op("elu_result", "EluBackward1", None, self=ACT.elu_grad_from_result)
op("mish", "MishBackward0", None, self=ACT.mish_grad)
op("hardtanh", "HardtanhBackward0", None, self=ACT.hardtanh_grad)
op("hardsigmoid", "HardsigmoidBackward0", None, self=ACT.hardsigmoid_grad)
op("hardswish", "HardswishBackward0", None, self=ACT.hardswish_grad)
op("logsigmoid", "LogSigmoidBackward0", None, self=ACT.logsigmoid_grad)
op("softshrink", "SoftshrinkBackward0", None,
   self=lambda grad, self, lambd: ACT.shrink_grad(grad, self, lambd, "softshrink_backward"))
op("hardshrink", "HardshrinkBackward0", None,
   self=lambda grad, self, lambd: ACT.shrink_grad(grad, self, lambd, "hardshrink_backward"))
op("threshold", "ThresholdBackward0", None,
   self=lambda grad, self, threshold: F.threshold_backward(grad, self, threshold))
op("glu", "GluBackward0", None, self=ACT.glu_grad)
# Their backward ops, differentiated again (create_graph): the formulas are in nn/_double_backward.py (DB).
op("glu_backward", "GluBackwardBackward0", None,
   grad_output=lambda grad, self, dim: DB.glu_grad_of_grad(grad, self, dim),
   self=DB.glu_double_grad)
op("rrelu_with_noise", "RreluWithNoiseBackward0", None, self=ACT.rrelu_grad)
op("rrelu_with_noise_result", "RreluWithNoiseBackward1", None,
   self=lambda grad, result, noise, lower, upper, training: ACT.rrelu_grad(grad, result, noise, lower, upper, training))
op("rrelu_with_noise_backward", "RreluWithNoiseBackwardBackward0", None,
   grad_output=lambda grad, self, noise, lower, upper, training:
       ACT.rrelu_grad(grad, self, noise, lower, upper, training),
   self=lambda grad: F.zeros_like(grad))
op("gelu_backward", "GeluBackwardBackward0", None,
   grad_output=lambda grad, self, approximate: ACT.gelu_grad(grad, self, approximate),
   self=DB.gelu_double_grad)
op("elu_backward", "EluBackwardBackward0", None,
   grad_output=lambda grad, self_or_result, alpha, scale, input_scale, is_result:
       (ACT.elu_grad_from_result if is_result else ACT.elu_grad)(grad, self_or_result, alpha, scale, input_scale),
   self_or_result=DB.elu_double_grad)
op("softplus_backward", "SoftplusBackwardBackward0", None,
   grad_output=lambda grad, self, beta, threshold: ACT.softplus_grad(grad, self, beta, threshold),
   self=DB.softplus_double_grad)
op("log_sigmoid_backward", "LogSigmoidBackwardBackward0", None,
   grad_output=lambda grad, self: ACT.logsigmoid_grad(grad, self),
   self=DB.logsigmoid_double_grad)
op("hardswish_backward", "HardswishBackwardBackward0", None,
   grad_output=lambda grad, self: ACT.hardswish_grad(grad, self),
   self=DB.hardswish_double_grad)
op("prelu", "PreluKernelBackward0", None, self=ACT.prelu_grad_input, weight=ACT.prelu_grad_weight)
# Their backward ops, differentiated again (create_graph): linear in the gradient; the input
# enters only through comparisons, so its second derivative is zero (not missing).
op("leaky_relu_backward", "LeakyReluBackwardBackward0", None,
   grad_output=lambda grad, self, negative_slope: ACT.leaky_relu_grad(grad, self, negative_slope),
   self=lambda grad: F.zeros_like(grad))
op("hardtanh_backward", "HardtanhBackwardBackward0", None,
   grad_output=lambda grad, self, min_val, max_val: ACT.hardtanh_grad(grad, self, min_val, max_val),
   self=lambda grad: F.zeros_like(grad))
op("softshrink_backward", "SoftshrinkBackwardBackward0", None,
   grad_output=lambda grad, self, lambd: ACT.shrink_grad(grad, self, lambd, "softshrink_backward"),
   self=lambda grad: F.zeros_like(grad))
op("hardshrink_backward", "HardshrinkBackwardBackward0", None,
   grad_output=lambda grad, self, lambd: ACT.shrink_grad(grad, self, lambd, "hardshrink_backward"),
   self=lambda grad: F.zeros_like(grad))
# PyTorch has no derivative for hardsigmoid_backward: its node refuses (here: once the input's
# share is asked for, which every second derivative with respect to the input does)
op("hardsigmoid_backward", "NotImplemented", None,
   grad_output=lambda grad, self: ACT.hardsigmoid_grad(grad, self),
   self=lambda grad: _refuse("derivative for aten::hardsigmoid_backward is not implemented"))
op("prelu_backward", "PreluKernelBackwardBackward0", None,
   grad_output=lambda grad, self, weight: ACT.prelu_grad_input(grad, self, weight),
   self=lambda grad: F.zeros_like(grad),
   weight=lambda grad, self, weight, grad_output: ACT.prelu_grad_weight_of(grad, grad_output, self, weight))
# ATen composites that divide or multiply by a plain number show the Scalar overloads.
op("div_scalar", "DivBackward1", None,
   self=lambda grad, other: F.div_scalar(grad, other))
op("mul_scalar", "MulBackward1", None,
   self=lambda grad, other: F.mul_scalar(grad, other))
op("add_scalar", "AddBackward1", None,
   self=lambda grad: grad)


# Complex numbers: a real loss's gradient for a complex input z is dL/d(re z) + i dL/d(im z)
# (PyTorch's convention), so real -> complex ops send back complex gradients and the reverse
# takes parts (OpNode.apply keeps the real part for a real input).
op("complex", "ComplexBackward0", None,
   real=lambda grad: F.real(grad),
   imag=lambda grad: F.imag(grad))
op("polar", "PolarBackward0", None,
   abs=lambda grad, result: F.real(F.conj(grad) * F.sgn(result)),
   angle=lambda grad, result: F.real(F.conj(grad) * (result * 1j)))
op("view_as_real", "ViewAsRealBackward0", None,
   self=lambda grad: F.view_as_complex(grad.contiguous()))
op("view_as_complex", "ViewAsComplexBackward0", None,
   self=lambda grad: F.view_as_real(F.resolve_conj(grad)))
op("conj", "ConjBackward0", None,
   self=lambda grad: F.conj(grad))
op("conj_physical", "ConjPhysicalBackward0", None,
   self=lambda grad: F.conj_physical(grad))
op("resolve_conj", "ResolveConjBackward0", None,
   self=lambda grad: grad)
op("angle", "AngleBackward0", None,
   self=lambda grad, self: F.angle_backward(grad, self))
op("sgn_complex", "SgnBackward0", None,
   self=lambda grad, self, result: F.sgn_backward(grad, self, result))
op("mm_complex", "MmBackward0", None,
   self=lambda grad, mat2: F.mm(grad, F.conj(mat2.t())),
   mat2=lambda grad, self: F.mm(F.conj(self.t()), grad))
op("mv_complex", "MvBackward0", None,
   self=lambda grad, vec: grad.unsqueeze(1) * F.conj(vec),
   vec=lambda grad, self: F.matmul(F.conj(self.t()), grad))
op("dot_complex", "DotBackward0", None,
   self=lambda grad, tensor: grad * F.conj(tensor),
   tensor=lambda grad, self: grad * F.conj(self))
op("exp_complex", "ExpBackward0", None,
   self=lambda grad, result: grad * F.conj(result))
op("log_complex", "LogBackward0", None,
   self=lambda grad, self: grad / F.conj(self))
op("sqrt_complex", "SqrtBackward0", None,
   self=lambda grad, result: grad / (2 * F.conj(result)))
op("sin_complex", "SinBackward0", None,
   self=lambda grad, self: grad * F.conj(F.cos(self)))
op("cos_complex", "CosBackward0", None,
   self=lambda grad, self: grad * -F.conj(F.sin(self)))
op("tanh_complex", "TanhBackward0", None,
   self=lambda grad, result: grad * F.conj(1 - result * result))
op("sigmoid_complex", "SigmoidBackward0", None,
   self=lambda grad, result: grad * F.conj(result * (1 - result)))
op("reciprocal_complex", "ReciprocalBackward0", None,
   self=lambda grad, result: -grad * F.conj(result * result))
