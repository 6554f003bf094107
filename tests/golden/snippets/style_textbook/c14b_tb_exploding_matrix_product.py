# Numerical stability: sigmoid gradients vanish at the tails, a product of random matrices explodes.
import torch

x = torch.arange(-6.0, 6.0, 1.5, requires_grad=True)
y = torch.sigmoid(x)
y.backward(torch.ones_like(x))
print(x)
print(x.grad)
print(x.grad.max(), x.grad.min())
torch.manual_seed(2)
M = torch.normal(0, 1, size=(4, 4))
print('a single matrix\n', M)
for i in range(25):
    M = M @ torch.normal(0, 1, size=(4, 4))
print('after multiplying 25 matrices\n', M)
print(M.abs().max() > 1e6)
