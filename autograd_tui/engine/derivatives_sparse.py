"""The derivative table's entries for sparse COO tensors (``sparse_tensor.py``), in ``derivatives.py``'s form.

As in PyTorch's formulas, a gradient reaches a sparse input sparse (at the input's coalesced indices:
``sparse_mask``) where the op is a sparse one (``to_dense``, ``torch.sparse.mm``, ``torch.sparse.sum``)
and dense where it is a dense op's (``torch.mm``, ``dense + sparse``).
"""
from __future__ import annotations

from autograd_tui.engine import sparse_softmax as SM, sparse_tensor as S
from autograd_tui.engine.derivatives import op

op("sparse_coo_tensor", "SparseCooTensorWithDimsAndTensorsBackward0", None, inputs=("values",),
   values=lambda grad, indices_array: S.values_at(grad, indices_array))
op("to_dense", "ToDenseBackward0", None,
   self=lambda grad, self: S.sparse_mask_of(grad, self))
op("to_sparse", "ToSparseBackward1", None,
   self=lambda grad: grad.to_dense())
op("coalesce", "CoalesceBackward0", None,
   self=lambda grad: grad)
op("values_sparse", "ValuesBackward0", None,
   self=lambda grad, self: S.with_values(self, grad))
op("clone", "CloneBackward0", None,
   self=lambda grad: grad)
op("t_sparse", "TBackward0", None,
   self=lambda grad: grad.t())
op("add_sparse", "AddBackward0", None,
   self=lambda grad: grad,
   other=lambda grad, alpha: grad if alpha == 1 else grad * alpha)
op("add_dense_sparse", "AddBackward0", None,
   self=lambda grad: grad,
   other=lambda grad, alpha: grad if alpha == 1 else grad * alpha)  # dense, as PyTorch's
op("mul_sparse_scalar", "MulBackward0", None,
   self=lambda grad, other: grad * other)
op("sparse_sum", "SumBackward0", None, inputs=("self",),
   self=lambda grad, sparse_input: S.filled_like(sparse_input, grad))
# torch.mm(sparse, dense): the sparse operand's gradient is dense, as PyTorch's mm_mat1_backward gives it
op("mm_sparse", "MmBackward0", None,
   self=lambda grad, mat2: grad.mm(mat2.t()),
   mat2=lambda grad, self: S.mm(self.t(), grad))
op("mm_dense_sparse", "MmBackward0", None,
   self=lambda grad, mat2: S.mm(grad, mat2.t()),
   mat2=lambda grad, self: self.t().mm(grad))
op("sparse_addmm", "SparseAddmmBackward0", None,
   self=lambda grad, beta: grad * beta,
   mat1=lambda grad, mat1, mat2, alpha: S.sparse_mask_of(grad.mm(mat2.t()) * alpha, mat1),
   mat2=lambda grad, mat1, alpha: S.mm(mat1.t(), grad) * alpha)
op("addmm_sparse", "AddmmBackward0", None,  # torch.addmm(dense, sparse, dense): the same formulas
   self=lambda grad, beta: grad * beta,
   mat1=lambda grad, mat1, mat2, alpha: S.sparse_mask_of(grad.mm(mat2.t()) * alpha, mat1),
   mat2=lambda grad, mat1, alpha: S.mm(mat1.t(), grad) * alpha)
op("embedding_sparse", "EmbeddingBackward0", None,
   weight=lambda grad, picks, weight_sym_argsize_0, padding_idx:
       S.embedding_sparse_grad(grad, picks, weight_sym_argsize_0, padding_idx))
op("sparse_softmax", "SparseSoftmaxBackward0", None,
   self=lambda grad, sparse_result, dim, log: SM.sparse_softmax_grad(grad, sparse_result, dim, log))
op("sparse_log_softmax", "SparseLogSoftmaxBackward0", None,
   self=lambda grad, sparse_result, dim, log: SM.sparse_softmax_grad(grad, sparse_result, dim, log))
