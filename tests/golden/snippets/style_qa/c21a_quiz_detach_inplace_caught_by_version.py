# Quiz: the same edit through detach() instead of .data.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x ** 2
x.detach().mul_(10)
try:
    y.sum().backward()
except RuntimeError as e:
    print(type(e).__name__, e)
print(x._version)
