# Numerical stability: sigmoid gradients vanish, and a product of random matrices explodes.
import torch

x = torch.arange(-8.0, 8.0, 1.0, requires_grad=True)
y = torch.sigmoid(x)
y.backward(torch.ones_like(x))
print(y.detach())
print(x.grad)
torch.manual_seed(0)
M = torch.normal(0, 1, size=(4, 4))
print('a single matrix \n', M)
for i in range(100):
    M = M @ torch.normal(0, 1, size=(4, 4))
print('after multiplying 100 matrices\n', M)
print(M.isinf().any(), M.abs().max() > 1e20)
w = torch.full((4, 4), 0.5)
h = torch.ones(4)
for _ in range(30):
    h = w @ h
print(h)
