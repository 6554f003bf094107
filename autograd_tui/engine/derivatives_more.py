"""More entries of the derivative table (``derivatives.py`` holds the core ones and is full).

The same ``op`` form and conventions as there: the node's name as PyTorch shows it, formulas
keyed by PyTorch's argument names, written in engine ops.
"""
from __future__ import annotations

import math

from autograd_tui.engine import functions as _F
from autograd_tui.engine.derivative_helpers import _derivative_not_implemented, _not_implemented
from autograd_tui.engine.derivatives import op
from autograd_tui.engine.functions.complex_cumprod import cumprod_complex_backward
from autograd_tui.engine.functions.complex_ops import eig_backward
from autograd_tui.engine.functions import fft_ops, reparam_grads
from autograd_tui.engine.functions.indexing import embed
from autograd_tui.engine.functions.renorm_op import renorm_backward
from autograd_tui.engine.functions.triangular_solve_op import triangular_solve_backward
from autograd_tui.engine.nn import _activations as ACT, _conv_double as CD, _norm_double as ND, _pool3d
from autograd_tui.engine.nn import _norms as NNR_NORMS, _rules as NNR
from autograd_tui.engine.nn._pixel_shuffle import channel_shuffle
from autograd_tui.engine.parity import ndtr
from autograd_tui.engine.record import RULES

# d ndtri(p) = sqrt(2 pi) exp(ndtri(p)^2 / 2), as PyTorch writes it
op("special_ndtri", "SpecialNdtriBackward0", ndtr.ndtri_array,
   self=lambda grad, result: grad * math.sqrt(2 * math.pi) * (result.square() / 2).exp())
# zeta(x, q): d/dq = -x zeta(x + 1, q); PyTorch has no derivative for x
op("special_zeta", "SpecialZetaBackward0", None,
   self=_derivative_not_implemented("zeta"),
   other=lambda grad, self, other: grad * -self * _F.zeta(self + 1.0, other))
op("special_zeta_scalar_self", "SpecialZetaBackward1", None, inputs=("self", "other"),
   other=lambda grad, self, other: grad * -self * _F.zeta(self + 1.0, other))
op("special_zeta_scalar_other", "SpecialZetaBackward2", None, inputs=("self", "other"),
   self=_derivative_not_implemented("zeta"))
# PyTorch's index_reduce_backward, one half for each input (engine ops: differentiable again)
op("index_reduce", "IndexReduceBackward0", None,
   self=lambda grad, self, source, result, dim, index, reduce, include_self:
       _F.index_reduce_grad_self(grad, self, source, result, dim, index, reduce, include_self),
   source=lambda grad, self, source, result, dim, index, reduce, include_self:
       _F.index_reduce_grad_source(grad, self, source, result, dim, index, reduce, include_self))
# ATen's _segment_reduce_backward kernel (no formula of its own, as PyTorch's: not differentiable again)
op("segment_reduce", "SegmentReduceBackward0", None, inputs=("data",),
   data=lambda grad, result, data, reduce, bounds, axis, initial:
       _F.segment_reduce_grad(grad, result, data, reduce, bounds, axis, initial))
# the slice's gradient, written into zeros shaped like the input
op("narrow_copy", "NarrowCopyBackward0", None,
   self=lambda grad, shape, dim, start, length: embed(
       grad, shape, (slice(None),) * dim + (slice(start, start + length),), "slice_backward"))
op("renorm", "RenormBackward0", None,
   self=lambda grad, self, p, dim, maxnorm: renorm_backward(grad, self, p, dim, maxnorm))
# its gradient shuffles back: the channels of each of the C/g groups of g gathered again
op("channel_shuffle", "ChannelShuffleBackward0", None,
   self=lambda grad, groups: channel_shuffle(grad, grad.shape[1] // groups))
op("cumprod_complex", "CumprodBackward0", None,
   self=lambda grad, self, result, dim: cumprod_complex_backward(grad, self, result, dim))
# two outputs (the solution and a copy of A), one node; a gradient that did not arrive adds nothing
op("triangular_solve", "TriangularSolveBackward0", None,
   self=lambda grads, self, A, solution, upper, transpose, unitriangular:
       triangular_solve_backward(grads, self, A, solution, upper, transpose, unitriangular, "self"),
   A=lambda grads, self, A, solution, upper, transpose, unitriangular:
       triangular_solve_backward(grads, self, A, solution, upper, transpose, unitriangular, "A"))
# the eigenvalues' and eigenvectors' gradients in one formula, computed in numpy (first order only)
op("linalg_eig", "LinalgEigBackward0", None,
   self=lambda grads, eigenvalues, eigenvectors, real_input: eig_backward(grads, eigenvalues, eigenvectors,
                                                                          real_input))
RULES["linalg_eig"].once_differentiable = True
# 3-D pooling: each gradient is one recorded backward op (as for 2-D pools), whose own gradient
# for the incoming gradient is the pooling again; the average pools' run numpy: a third derivative refuses.
op("avg_pool3d", "AvgPool3DBackward0", None,
   self=lambda grad, self, in_shape, pool_kernel, pool_stride, pool_pad, divisor, kernel_size, stride, padding,
   ceil_mode, count_include_pad, divisor_override:
       _pool3d.avg_pool3d_grad(grad, self, in_shape, pool_kernel, pool_stride, pool_pad, divisor,
                               {"kernel_size": kernel_size, "stride": stride, "padding": padding,
                                "ceil_mode": ceil_mode, "count_include_pad": count_include_pad,
                                "divisor_override": divisor_override}))
op("adaptive_avg_pool3d", "AdaptiveAvgPool3DBackward0", None,
   self=lambda grad, self, in_shape: _pool3d.adaptive_avg_pool3d_grad(grad, self, in_shape))
op("adaptive_max_pool3d", "AdaptiveMaxPool3DBackward0", None,
   self=lambda grad, self, in_shape, result1: _pool3d.adaptive_max_pool3d_grad(grad, self, in_shape, result1))
op("avg_pool3d_backward", "AvgPool3DBackwardBackward0", None,
   grad_output=lambda grad, pool_kernel, pool_stride, pool_pad, divisor:
       _pool3d.avg_pool3d_grad_of_grad(grad, pool_kernel, pool_stride, pool_pad, divisor),
   self=lambda grad: _F.zeros_like(grad))
op("adaptive_avg_pool3d_backward", "AdaptiveAvgPool3DBackwardBackward0", None,
   grad_output=lambda grad, grad_output_sym_argsize_minus_3, grad_output_sym_argsize_minus_2,
   grad_output_sym_argsize_minus_1: _pool3d.adaptive_avg_pool3d_grad_of_grad(
       grad, (grad_output_sym_argsize_minus_3, grad_output_sym_argsize_minus_2, grad_output_sym_argsize_minus_1)),
   self=lambda grad: _F.zeros_like(grad))
op("adaptive_max_pool3d_backward", "AdaptiveMaxPool3DBackwardBackward0", None,
   grad_output=lambda grad, indices: _pool3d.adaptive_max_pool3d_grad_of_grad(grad, indices),
   self=lambda grad: _F.zeros_like(grad))
for _name in ("avg_pool3d_backward", "adaptive_avg_pool3d_backward"):
    RULES[_name].once_differentiable = True
# src's gradient is the result's through the view src was written into; input's is the rest
op("slice_scatter", "SliceScatterBackward0", None,
   self=lambda grad, src, dim, start, end, step: _F.slice_scatter(grad, _F.zeros_like(src), dim, start, end, step),
   src=lambda grad, dim, start, end, step: grad[(slice(None),) * dim + (slice(start, end, step),)])
op("select_scatter", "SelectScatterBackward0", None,
   self=lambda grad, src, dim, index: _F.select_scatter(grad, _F.zeros_like(src), dim, index),
   src=lambda grad, dim, index: grad.select(dim, index))
op("diagonal_scatter", "DiagonalScatterBackward0", None,
   self=lambda grad, src, offset, dim1, dim2: _F.diagonal_scatter(grad, _F.zeros_like(src), offset, dim1, dim2),
   src=lambda grad, offset, dim1, dim2: grad.diagonal(offset, dim1, dim2))
# threshold_ in place: the same gradient as threshold's (the input saved before it was overwritten)
op("threshold_", "ThresholdBackward1", None,
   self=lambda grad, self, threshold: _F.threshold_backward(grad, self, threshold))
# CELU is ELU with input_scale 1/alpha; its nodes save alpha alone
op("celu", "CeluBackward0", None, self=lambda grad, self, alpha: ACT.elu_grad(grad, self, alpha, 1.0, 1.0 / alpha))
op("celu_result", "CeluBackward1", None,
   self=lambda grad, result, alpha: ACT.elu_grad_from_result(grad, result, alpha, 1.0, 1.0 / alpha))
# Convolutions (conv2d, and conv1d on a height of one); their gradients' own nodes.
# (PyTorch's node saves the input and the weight whatever requires grad; their layout picks oneDNN's kernels)
op("conv2d", "ConvolutionBackward0", None,
   input=lambda grad, input, weight, in_shape, conv_stride, conv_pad, conv_dilation, groups:
       CD.input_grad(grad, weight, in_shape, conv_stride, conv_pad, conv_dilation, groups, input,
                     CD.last(input, weight)),
   weight=lambda grad, input, weight, w_shape, conv_stride, conv_pad, conv_dilation, groups:
       CD.weight_grad(grad, input, w_shape, conv_stride, conv_pad, conv_dilation, groups, CD.last(input, weight)),
   bias=lambda grad, input, weight, in_shape, w_shape, conv_stride, conv_pad, conv_dilation, groups:
       CD.bias_grad(grad, in_shape, w_shape, conv_stride, conv_pad, conv_dilation, groups, CD.last(input, weight)))
# conv1d: the 2-D kernels on a height of one (in_shape and w_shape are the 4-D shapes).
op("conv1d", "ConvolutionBackward0", None,
   input=lambda grad, input, weight, in_shape, conv_stride, conv_pad, conv_dilation, groups:
       CD.input_grad(grad.unsqueeze(2), weight.unsqueeze(2), in_shape, conv_stride, conv_pad, conv_dilation, groups,
                     input.unsqueeze(2)).squeeze(2),
   weight=lambda grad, input, weight, w_shape, conv_stride, conv_pad, conv_dilation, groups:
       CD.weight_grad(grad.unsqueeze(2), input.unsqueeze(2), w_shape, conv_stride, conv_pad, conv_dilation,
                      groups).squeeze(2),
   # (input and weight named so that they are saved, as PyTorch's node saves them whatever needs a gradient)
   bias=lambda grad, input, weight, in_shape, w_shape, conv_stride, conv_pad, conv_dilation, groups:
       CD.bias_grad(grad.unsqueeze(2), in_shape, w_shape, conv_stride, conv_pad, conv_dilation, groups))
# Under create_graph all three gradients come from one ConvolutionBackwardBackward0 node, as PyTorch's
# convolution_backward is one op (nn/_conv_double.py); its formulas are _convolution_double_backward's.
RULES["conv2d"].joint = RULES["conv1d"].joint = CD.convolution_backward
op("convolution_backward", "ConvolutionBackwardBackward0", None, inputs=("grad_output", "input", "weight"),
   grad_output=lambda grads, grad_output, input, weight, conv_stride, conv_pad, conv_dilation, groups, conv_dims:
       CD.double_grad_output(grads, grad_output, input, weight, conv_stride, conv_pad, conv_dilation, groups,
                             conv_dims),
   # (input and weight named by each formula: PyTorch's node saves all three whatever needs a gradient)
   input=lambda grads, grad_output, input, weight, in_shape, conv_stride, conv_pad, conv_dilation, groups, conv_dims:
       CD.double_grad_input(grads, grad_output, in_shape, conv_stride, conv_pad, conv_dilation, groups, conv_dims),
   weight=lambda grads, grad_output, input, weight, w_shape, conv_stride, conv_pad, conv_dilation, groups,
   conv_dims:
       CD.double_grad_weight(grads, grad_output, input, w_shape, conv_stride, conv_pad, conv_dilation, groups,
                             conv_dims))
# Their gradients, differentiated again (create_graph; nn/_conv_double.py).
op("conv2d_backward_input", "ConvolutionBackwardBackward0", None,
   grad_output=CD.input_grad_of_grad, weight=CD.input_grad_of_weight, input=lambda grad: None)
op("conv2d_backward_weight", "ConvolutionBackwardBackward0", None,
   grad_output=CD.weight_grad_of_grad, input=CD.weight_grad_of_input)
op("conv2d_backward_bias", "ConvolutionBackwardBackward0", None,
   grad_output=CD.bias_grad_of_grad)
# max_unpool3d's gradient reads the output gradient back where the values went (engine ops).
op("max_unpool3d", "MaxUnpool3DBackward0", None, inputs=("self", "indices"),
   self=lambda grad, indices: _F.gather(grad.flatten(-3), -1, indices.flatten(-3)).view(tuple(indices.shape)))
# fractional max pooling: the gradient added at each window's maximum, and its gradient a gather
op("fractional_max_pool2d", "FractionalMaxPool2DBackward0", None,
   self=lambda grad, self, in_shape, result1:
       CD.max_pool_grad(grad, self, in_shape, result1, "fractional_max_pool2d_backward"))
op("fractional_max_pool2d_backward", "FractionalMaxPool2DBackwardBackward0", None,
   grad_output=lambda grad, indices: CD.max_pool_grad_of_grad(grad, indices), self=CD.zeros_like)
# a gamma draw moves with its concentration by ATen's approximation of -(d cdf / d alpha) / pdf; that
# approximation, and the Dirichlet one, have no derivative in PyTorch either
op("_standard_gamma", "StandardGammaBackward0", None,
   self=lambda grad, self, result: grad * reparam_grads.standard_gamma_grad(self, result))
op("_standard_gamma_grad", "StandardGammaGradBackward0", None, inputs=("self", "output"),
   self=_derivative_not_implemented("_standard_gamma_grad"))
op("_dirichlet_grad", "DirichletGradBackward0", None, inputs=("x", "alpha", "total"),
   x=_derivative_not_implemented("_dirichlet_grad"), alpha=_derivative_not_implemented("_dirichlet_grad"),
   total=_derivative_not_implemented("_dirichlet_grad"))
# fake quantization: the straight-through estimator, the gradient kept where the rounded value was in range
for _name, _node in (("fake_quantize_per_tensor_affine", "FakeQuantizePerTensorAffineCachemaskBackward0"),
                     ("fake_quantize_per_tensor_affine_tensor_qparams",
                      "FakeQuantizePerTensorAffineCachemaskTensorQparamsBackward0"),
                     ("fake_quantize_per_channel_affine", "FakeQuantizePerChannelAffineCachemaskBackward0")):
    op(_name, _node, None, self=lambda grad, mask: grad * mask)
# torch.fft's three ops (functions/fft_ops.py): an inverse transform of the gradient, as PyTorch's
op("_fft_c2c", "FftC2CBackward0", None,
   self=lambda grad, dim, normalization, forward: fft_ops.fft_c2c(grad, dim, normalization, not forward))
op("_fft_r2c", "FftR2CBackward0", None,
   self=lambda grad, self, dim, normalization, onesided:
       fft_ops.fft_r2c_backward(grad, self, dim, normalization, onesided))
op("_fft_c2r", "FftC2RBackward0", None,
   self=lambda grad, dim, normalization: fft_ops.fft_c2r_backward(grad, dim, normalization))
# torch.histogramdd's ATen ops with bin counts (functions/histogram_dd.py): nodes that refuse any gradient
op("histogramdd_from_bin_cts", "NotImplemented", None,
   self=lambda grad: _not_implemented("_histogramdd_from_bin_cts"))
op("histogramdd_bin_edges", "NotImplemented", None, self=lambda grad: _not_implemented("_histogramdd_bin_edges"))
# bincount: its weights get a node that refuses any gradient (the counted input is an integer tensor)
op("bincount", "NotImplemented", None, inputs=("self", "weights"), weights=lambda grad: _not_implemented("bincount"))
# Layer norm's and batch norm's gradients under create_graph: one node of three outputs, as PyTorch's
# native_layer_norm_backward / native_batch_norm_backward are one op each, differentiated by ATen's
# layer_norm_double_backward / batchnorm_double_backward (nn/_norm_double.py).
NNR.RULES["layer_norm"].joint = ND.layer_norm_backward
RULES["batch_norm"].joint = ND.batch_norm_backward
op("native_layer_norm_backward", "NativeLayerNormBackwardBackward0", None,
   grad_out=lambda grads, grad_out, input, mean, rstd, weight, normalized_shape:
       ND.layer_norm_double(grads, grad_out, input, mean, rstd, weight, normalized_shape)[2],
   input=lambda grads, grad_out, input, mean, rstd, weight, normalized_shape:
       ND.layer_norm_double(grads, grad_out, input, mean, rstd, weight, normalized_shape)[0],
   mean=lambda grad: None, rstd=lambda grad: None,
   weight=lambda grads, grad_out, input, mean, rstd, weight, normalized_shape:
       ND.layer_norm_double(grads, grad_out, input, mean, rstd, weight, normalized_shape)[1],
   bias=lambda grad: None)
op("native_batch_norm_backward", "NativeBatchNormBackwardBackward0", None,
   grad_out=lambda grads, grad_out, input, weight, save_mean, save_invstd, running_mean, running_var, train, eps:
       ND.batch_norm_double(grads, grad_out, input, weight, save_mean, save_invstd, running_mean, running_var, train,
                            eps)[2],
   input=lambda grads, grad_out, input, weight, save_mean, save_invstd, running_mean, running_var, train, eps:
       ND.batch_norm_double(grads, grad_out, input, weight, save_mean, save_invstd, running_mean, running_var, train,
                            eps)[0],
   weight=lambda grads, grad_out, input, weight, save_mean, save_invstd, running_mean, running_var, train, eps:
       ND.batch_norm_double(grads, grad_out, input, weight, save_mean, save_invstd, running_mean, running_var, train,
                            eps)[1],
   save_mean=lambda grad: None, save_invstd=lambda grad: None)
# group norm: under create_graph, or once gradients reach its saved mean and 1/std, ATen's
# infinitely_differentiable_native_group_norm_backward (nn/_norm_double.py)
NNR_NORMS.RULES["group_norm"].joint_grads = ND.group_norm_backward
