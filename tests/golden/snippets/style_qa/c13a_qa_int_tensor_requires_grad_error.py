# Q: "Only Tensors of floating point and complex dtype can require gradients" — the integer tensor from arange.
import torch

try:
    x = torch.arange(5, requires_grad=True)
except RuntimeError as e:
    print("RuntimeError:", e)
x = torch.arange(5.0, requires_grad=True)
print(x.dtype, x.requires_grad)
idx = torch.tensor([1, 2])
try:
    idx.requires_grad_()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.tensor([1, 2, 3], requires_grad=True)
except RuntimeError as e:
    print("RuntimeError:", e)
b = torch.tensor([True, False])
try:
    b.requires_grad = True
except RuntimeError as e:
    print("RuntimeError:", e)
y = torch.tensor([1, 2, 3], dtype=torch.float32, requires_grad=True)
(y ** 2).sum().backward()
print(y.grad)
z = (y * 2).long()
print(z.requires_grad, z.dtype)
r = y.round()
print(r.requires_grad, r.grad_fn.name())
