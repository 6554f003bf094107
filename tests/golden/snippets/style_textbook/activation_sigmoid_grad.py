# Sigmoid and its derivative on a float arange.
import torch

x = torch.arange(-8.0, 8.0, 0.1, requires_grad=True)
y = torch.sigmoid(x)
y.backward(torch.ones_like(x))
print(y[::20])
print(x.grad[::20])
print(x.grad.max(), x.grad.argmax())
print(y[::40].tolist())
