# dense adjacency back to an edge list with nonzero(as_tuple=True)
import torch

A = torch.tensor([[0.0, 0.5, 0.0], [0.0, 0.0, 2.0], [1.0, 0.0, 0.0]])
row, col = A.nonzero(as_tuple=True)
print(row, col)
print(torch.stack([row, col]))
print(A[row, col])
print(A.nonzero().t().contiguous().is_contiguous(), A.nonzero().t().is_contiguous())
