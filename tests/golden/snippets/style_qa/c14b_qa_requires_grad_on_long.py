# Q: "only Tensors of floating point and complex dtype can require gradients" for my integer inputs.
import torch

idx = torch.arange(4)
print(idx.dtype)
try:
    idx.requires_grad_()
except RuntimeError as e:
    print(e)
try:
    torch.tensor([1, 2, 3], requires_grad=True)
except RuntimeError as e:
    print(e)
try:
    torch.ones(2, dtype=torch.bool, requires_grad=True)
except RuntimeError as e:
    print(e)
f = idx.float().requires_grad_()
(f ** 2).sum().backward()
print(f.grad)
c = torch.tensor([1.0, 2.0], requires_grad=True).long()
print(c, c.requires_grad)
h = torch.tensor([1.5, 2.5], dtype=torch.float64, requires_grad=True)
print(h.round().requires_grad, h.argmax().requires_grad)
