# Gradients flow through sort, cumsum and cumprod.
import torch

x = torch.tensor([3.0, 1.0, 2.0], requires_grad=True)
s, idx = x.sort()
(s * torch.tensor([1.0, 10.0, 100.0])).sum().backward()
print(idx, x.grad)
x.grad = None
x.cumsum(0).sum().backward()
print(x.grad)
x.grad = None
x.cumprod(0)[-1].backward()
print(x.grad)
