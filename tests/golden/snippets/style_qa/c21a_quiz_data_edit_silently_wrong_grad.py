# Quiz: editing .data after the forward pass: error or silently different gradient?
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x ** 2
x.data.mul_(10)
y.sum().backward()
print(x)
print(x.grad)
