# a boolean adjacency: matmul refuses bool, float conversion first
import torch

A = torch.tensor([[False, True], [True, False]])
x = torch.tensor([[1.0], [2.0]])
try:
    A @ x
except RuntimeError as e:
    print("RuntimeError:", e)
print(A.float() @ x)
print(A.sum(1), A.sum(1).dtype)
print((A & A.T).any(), A.logical_not())
