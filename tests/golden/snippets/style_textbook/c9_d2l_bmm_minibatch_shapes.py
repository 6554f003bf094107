# Minibatch matrix multiplication: torch.bmm, its shape rules and errors, and the einsum equivalent.
import torch

torch.manual_seed(0)
X = torch.ones((2, 1, 4))
Y = torch.ones((2, 4, 6))
print(torch.bmm(X, Y).shape)
weights = torch.ones((2, 10)) * 0.1
values = torch.arange(20.0).reshape((2, 10))
print(torch.bmm(weights.unsqueeze(1), values.unsqueeze(-1)))
A = torch.arange(24.0).reshape(2, 3, 4)
B = torch.arange(8.0).reshape(2, 4, 1)
print(torch.bmm(A, B))
print(torch.einsum("bij,bjk->bik", A, B).squeeze(-1))
print(torch.matmul(A, B[0]).shape)
try:
    torch.bmm(A, B.transpose(1, 2))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.bmm(A[0], B[0])
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.bmm(A, B.repeat(2, 1, 1))
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.baddbmm(torch.zeros(2, 3, 1), A, B, alpha=0.5))
