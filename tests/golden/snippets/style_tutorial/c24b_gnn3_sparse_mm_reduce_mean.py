# torch.sparse.mm with reduce='mean' / 'amax' on a CSR adjacency
import torch

dense = torch.tensor([[0.0, 1.0, 1.0], [1.0, 0.0, 0.0], [0.0, 1.0, 0.0]])
A = dense.to_sparse_csr()
X = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
print(torch.sparse.mm(A, X, "sum"))
print(torch.sparse.mm(A, X, "mean"))
print(torch.sparse.mm(A, X, "amax"))
