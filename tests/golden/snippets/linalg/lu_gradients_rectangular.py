import torch

torch.manual_seed(0)
A = torch.randn(3, 3, dtype=torch.float64, requires_grad=True)
b = torch.randn(3, 2, dtype=torch.float64, requires_grad=True)

LU, pivots = torch.linalg.lu_factor(A)
x = torch.linalg.lu_solve(LU, pivots, b)
print(LU.grad_fn.name(), x.grad_fn.name())
x.sum().backward()
print(A.grad)
print(b.grad)

# a wide and a tall matrix: L is m x k, U is k x n
W = torch.randn(2, 4, requires_grad=True)
P, L, U = torch.linalg.lu(W)
print(P, L, U, sep="\n")
(L.sum() + U.pow(2).sum()).backward()
print(W.grad)

T = torch.randn(4, 2, dtype=torch.float64, requires_grad=True)
print(torch.linalg.lu_factor(T))
torch.linalg.lu_factor_ex(T).LU.sum().backward()
print(T.grad)
