# building CSR row pointers by hand from sorted COO rows, checked against to_sparse_csr
import torch

rows = torch.tensor([0, 0, 2, 3, 3, 3])
cols = torch.tensor([1, 3, 0, 0, 1, 2])
n = 4
crow = torch.zeros(n + 1, dtype=torch.long)
crow[1:] = torch.bincount(rows, minlength=n).cumsum(0)
print(crow)
C = torch.sparse_csr_tensor(crow, cols, torch.ones(6), (n, n))
D = torch.sparse_coo_tensor(torch.stack([rows, cols]), torch.ones(6), (n, n)).to_dense()
print(torch.equal(C.to_dense(), D))
print(torch.equal(D.to_sparse_csr().crow_indices(), crow))
