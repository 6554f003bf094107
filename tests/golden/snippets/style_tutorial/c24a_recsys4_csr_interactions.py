# A CSR interaction matrix, as loaded from scipy-style indptr/indices
import torch

indptr = torch.tensor([0, 2, 3, 5])
indices = torch.tensor([1, 3, 0, 1, 2])
vals = torch.tensor([1.0, 1.0, 1.0, 2.0, 1.0])
R = torch.sparse_csr_tensor(indptr, indices, vals, size=(3, 4))
print(R.layout)
print(R.to_dense())
print(R.crow_indices(), R.col_indices())
coo = R.to_sparse_coo()
print(coo.indices())
