# mistakes with sparse adjacency tensors
import torch

i = torch.tensor([[0, 1], [1, 3]])
try:
    A = torch.sparse_coo_tensor(i, torch.ones(2), (3, 3))
    print(A.to_dense())
except RuntimeError as e:
    print("RuntimeError:", e)
A = torch.sparse_coo_tensor(torch.tensor([[0, 1], [1, 2]]), torch.ones(2), (3, 3))
try:
    torch.sparse.mm(A, torch.ones(4, 2))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    A.view(9)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    print(A[0])
except Exception as e:
    print(type(e).__name__, e)
