"""More entries of the derivative table (``derivatives.py`` holds the core ones and is full).

The same ``op`` form and conventions as there: the node's name as PyTorch shows it, formulas
keyed by PyTorch's argument names, written in engine ops.
"""
from __future__ import annotations

from autograd_tui.engine import functions as F
from autograd_tui.engine.derivatives import op
from autograd_tui.engine.functions.complex_cumprod import cumprod_complex_backward
from autograd_tui.engine.functions.renorm_op import renorm_backward
from autograd_tui.engine.functions.triangular_solve_op import triangular_solve_backward
from autograd_tui.engine.nn._pixel_shuffle import channel_shuffle

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
# src's gradient is the result's through the view src was written into; input's is the rest
op("slice_scatter", "SliceScatterBackward0", None,
   self=lambda grad, src, dim, start, end, step: F.slice_scatter(grad, F.zeros_like(src), dim, start, end, step),
   src=lambda grad, dim, start, end, step: grad[(slice(None),) * dim + (slice(start, end, step),)])
op("select_scatter", "SelectScatterBackward0", None,
   self=lambda grad, src, dim, index: F.select_scatter(grad, F.zeros_like(src), dim, index),
   src=lambda grad, dim, index: grad.select(dim, index))
op("diagonal_scatter", "DiagonalScatterBackward0", None,
   self=lambda grad, src, offset, dim1, dim2: F.diagonal_scatter(grad, F.zeros_like(src), offset, dim1, dim2),
   src=lambda grad, offset, dim1, dim2: grad.diagonal(offset, dim1, dim2))
