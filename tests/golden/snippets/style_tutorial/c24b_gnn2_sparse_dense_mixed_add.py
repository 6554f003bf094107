# adding a sparse adjacency to a dense identity (A + I) both ways round
import torch

A = torch.sparse_coo_tensor(torch.tensor([[0, 1], [1, 0]]), torch.ones(2), (2, 2))
I = torch.eye(2)
print(I + A)
try:
    print(A + I)
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.add(I, A, alpha=2))
print((A + A).to_dense())
