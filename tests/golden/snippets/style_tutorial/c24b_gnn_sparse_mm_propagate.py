# one propagation step with torch.sparse.mm and a dense check
import torch

torch.manual_seed(0)
idx = torch.tensor([[0, 1, 1, 2, 2, 3], [1, 0, 2, 1, 3, 2]])
val = torch.full((6,), 0.5)
A = torch.sparse_coo_tensor(idx, val, (4, 4))
X = torch.randint(0, 5, (4, 3)).float()
print(X)
H = torch.sparse.mm(A, X)
print(H)
print(torch.equal(H, A.to_dense() @ X))
print((A @ X).shape, (A @ X).layout)
