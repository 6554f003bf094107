import torch

crow = torch.tensor([0, 2, 2, 3])
col = torch.tensor([0, 2, 1])
C = torch.sparse_csr_tensor(crow, col, torch.tensor([1.5, -2.0, 4.0]), (3, 3))
print(C)
print(C.layout, C.is_sparse_csr, C.is_sparse, C._nnz())
print(C.to_dense())
print(C @ torch.tensor([1.0, 2.0, 3.0]))
print(torch.mm(C, torch.eye(3)))
print((C * 2).values(), C.double())
print(C.to_sparse())
big = torch.arange(1.0, 13.0).view(3, 4).mul(torch.tensor([1.0, 0.0, 1.0, 0.0])).to_sparse_csr()
print(big)
try:
    C @ torch.ones(4, 1)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    C @ torch.ones(4)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    C.numpy()
except TypeError as e:
    print("TypeError:", e)
