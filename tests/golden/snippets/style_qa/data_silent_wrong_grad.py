# Changing .data bypasses the version check and the gradient is silently wrong.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x.exp()
y.data.zero_()
y.sum().backward()
print(x.grad)
x2 = torch.tensor([1.0, 2.0], requires_grad=True)
x2.exp().sum().backward()
print(x2.grad)
