# x / y with y = 0: inf forward, NaN/inf gradients.
import torch

x = torch.tensor([1.0, 0.0], requires_grad=True)
y = torch.tensor([0.0, 0.0], requires_grad=True)
z = x / y
print(z)
z.sum().backward()
print(x.grad, y.grad)
a = torch.tensor(0.0, requires_grad=True)
(a / (a + 1e-9)).backward()
print(a.grad)
