# float64 sparse propagation matches the dense product exactly on small integers
import torch

i = torch.tensor([[0, 0, 1, 2], [0, 2, 1, 0]])
A = torch.sparse_coo_tensor(i, torch.tensor([2.0, 1.0, 3.0, 1.0], dtype=torch.float64), (3, 3))
X = torch.arange(6, dtype=torch.float64).view(3, 2)
print(torch.sparse.mm(A, X))
print(torch.equal(torch.sparse.mm(A, X), A.to_dense() @ X))
print(torch.sparse.mm(A, X).dtype)
