# tanh and its derivative on a float arange, after zeroing the gradient.
import torch

x = torch.arange(-8.0, 8.0, 0.1, requires_grad=True)
y = torch.tanh(x)
y.backward(torch.ones_like(x), retain_graph=True)
x.grad.data.zero_()
y.backward(torch.ones_like(x), retain_graph=True)
print(y[::20])
print(x.grad[::20])
print(x.grad[78:83])
