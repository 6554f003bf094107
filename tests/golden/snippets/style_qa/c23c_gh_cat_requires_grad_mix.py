# Issue: "cat of a tensor that requires grad and one that doesn't"; the grad slices.
import torch

a = torch.ones(2, requires_grad=True)
b = torch.zeros(3)
c = torch.cat([a, b])
print(c.requires_grad, c.grad_fn.name())
(c * torch.arange(5.0)).sum().backward()
print(a.grad, b.grad)
s = torch.stack([a, a * 2])
print(s.grad_fn.name(), s.shape)
