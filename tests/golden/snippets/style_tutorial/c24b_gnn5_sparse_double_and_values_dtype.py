# converting a sparse adjacency's dtype and reading the values' dtype
import torch

A = torch.sparse_coo_tensor(torch.tensor([[0, 1], [1, 0]]), torch.tensor([1, 2]), (2, 2))
print(A.dtype)
B = A.double()
print(B.dtype, B.coalesce().values())
print(A.float().to_dense() / 2)
try:
    torch.sparse.mm(A, torch.ones(2, 1))
except RuntimeError as e:
    print("RuntimeError:", e)
