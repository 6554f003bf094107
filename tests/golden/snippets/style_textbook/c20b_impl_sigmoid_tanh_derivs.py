# derivatives of sigmoid and tanh: formulas vs autograd
import torch

x = torch.linspace(-3, 3, 7, requires_grad=True)
s = torch.sigmoid(x)
t = torch.tanh(x)
ds, = torch.autograd.grad(s.sum(), x)
dt, = torch.autograd.grad(t.sum(), x)
print(ds)
print(s * (1 - s))
print(dt)
print(1 - t ** 2)
print((ds - s * (1 - s)).abs().max(), (dt - (1 - t ** 2)).abs().max())
