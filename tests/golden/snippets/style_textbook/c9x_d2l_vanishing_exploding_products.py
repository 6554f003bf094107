# Numerical stability: sigmoid gradients vanish, products of random matrices explode.
import torch

x = torch.arange(-8.0, 8.0, 0.5, requires_grad=True)
y = torch.sigmoid(x)
y.backward(torch.ones_like(x))
print(x.grad[::4])
print(x.grad.max().item(), x.grad.min().item())
torch.manual_seed(0)
M = torch.normal(0, 1, size=(4, 4))
print("a single matrix \n", M)
for i in range(100):
    M = M @ torch.normal(0, 1, size=(4, 4))
print("after multiplying 100 matrices\n", M)
M = torch.normal(0, 1, size=(4, 4)) / 2
for i in range(100):
    M = torch.mm(M, torch.normal(0, 1, size=(4, 4)) / 2)
print(M.abs().max())
h = torch.randn(64, 64)
for scale in (0.5, 1.0, 2.0):
    a = torch.ones(64)
    for _ in range(10):
        a = torch.tanh(scale * h @ a / 8)
    print(scale, a.std().item())
