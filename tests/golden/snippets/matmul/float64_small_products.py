# Small float64 matrix products printed in full: 2x2 and 3x3 demos, x @ W.T, and their gradients.
import torch

g = torch.Generator().manual_seed(4)
A = torch.randn(2, 2, dtype=torch.float64, generator=g)
B = torch.randn(2, 2, dtype=torch.float64, generator=g)
print((A @ B).tolist(), torch.mm(A, B.T).tolist())
M = torch.randn(3, 3, dtype=torch.float64, generator=g)
print((M @ M).tolist())
print(torch.linalg.matrix_power(M, 3).tolist())
X = torch.randn(5, 3, dtype=torch.float64, generator=g)
W = torch.randn(4, 3, dtype=torch.float64, generator=g, requires_grad=True)
Y = X @ W.T
print(Y[0].tolist())
(Y ** 2).sum().backward()
print(W.grad[0].tolist())
x = torch.tensor([5.950000000000001, 3.7], dtype=torch.float64, requires_grad=True)
S = torch.tensor([[3.0, 1.0], [1.0, 2.0]], dtype=torch.float64)
f = 0.5 * x @ S @ x
f.backward()
print(f.item(), x.grad.tolist())
P = torch.randn(4, 5, dtype=torch.float64, generator=g)
Q = torch.randn(5, 2, dtype=torch.float64, generator=g)
print((P @ Q).tolist())
