# Numerical stability: the product of many random matrices explodes; scaling by 1/sqrt(n) tames it.
import torch

torch.manual_seed(0)
M = torch.normal(0, 1, size=(4, 4))
print("a single matrix\n", M)
for i in range(100):
    M = M @ torch.normal(0, 1, size=(4, 4))
print("after multiplying 100 matrices\n", M)

torch.manual_seed(0)
M = torch.eye(4, dtype=torch.float64)
norms = []
for i in range(50):
    W = torch.normal(0, 1, size=(4, 4), dtype=torch.float64) / 2.0
    M = W @ M
    if i % 10 == 9:
        norms.append(f"{torch.linalg.matrix_norm(M).item():.3e}")
print(norms)
x = torch.linspace(-8, 8, 9, requires_grad=True)
y = torch.sigmoid(x)
y.backward(torch.ones_like(x))
print(x.grad)
