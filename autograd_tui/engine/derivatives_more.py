"""More entries of the derivative table (``derivatives.py`` holds the core ones and is full).

The same ``op`` form and conventions as there: the node's name as PyTorch shows it, formulas
keyed by PyTorch's argument names, written in engine ops.
"""
from __future__ import annotations

from autograd_tui.engine import functions as _F
from autograd_tui.engine.derivatives import op
from autograd_tui.engine.functions.complex_cumprod import cumprod_complex_backward
from autograd_tui.engine.functions.complex_ops import eig_backward
from autograd_tui.engine.functions.indexing import embed
from autograd_tui.engine.functions.renorm_op import renorm_backward
from autograd_tui.engine.functions.triangular_solve_op import triangular_solve_backward
from autograd_tui.engine.nn import _pool3d
from autograd_tui.engine.nn._pixel_shuffle import channel_shuffle
from autograd_tui.engine.record import RULES

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
   self=lambda grad, self, in_shape, kernel, stride, pad, divisor:
       _pool3d.avg_pool3d_grad(grad, self, in_shape, kernel, stride, pad, divisor))
op("adaptive_avg_pool3d", "AdaptiveAvgPool3DBackward0", None,
   self=lambda grad, self, in_shape: _pool3d.adaptive_avg_pool3d_grad(grad, self, in_shape))
op("adaptive_max_pool3d", "AdaptiveMaxPool3DBackward0", None,
   self=lambda grad, self, in_shape, indices: _pool3d.adaptive_max_pool3d_grad(grad, self, in_shape, indices))
op("avg_pool3d_backward", "AvgPool3DBackwardBackward0", None,
   grad_output=lambda grad, kernel, stride, pad, divisor: _pool3d.avg_pool3d_grad_of_grad(grad, kernel, stride, pad,
                                                                                          divisor),
   self=lambda grad: _F.zeros_like(grad))
op("adaptive_avg_pool3d_backward", "AdaptiveAvgPool3DBackwardBackward0", None,
   grad_output=lambda grad, grad_output: _pool3d.adaptive_avg_pool3d_grad_of_grad(grad, grad_output),
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
