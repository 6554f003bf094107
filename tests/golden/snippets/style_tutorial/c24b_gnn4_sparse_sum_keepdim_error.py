# torch.sparse.sum with dims and what a sparse tensor's .sum refuses
import torch

A = torch.sparse_coo_tensor(torch.tensor([[0, 1, 1], [1, 0, 2]]), torch.tensor([1.0, 2.0, 3.0]), (2, 3))
print(torch.sparse.sum(A, dim=0))
print(A.sum(dim=1).to_dense())
try:
    A.sum(dim=1, keepdim=True)
except Exception as e:
    print(type(e).__name__, str(e)[:150])
print(A.sum())
