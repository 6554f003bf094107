# Q: "Only Tensors of floating point and complex dtype can require gradients" - with ints, arange and bools.
import torch

try:
    torch.tensor([1, 2, 3], requires_grad=True)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.arange(5).requires_grad_()
except RuntimeError as e:
    print("RuntimeError:", e)
x = torch.arange(5)
try:
    x.requires_grad = True
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.ones(2, dtype=torch.bool, requires_grad=True)
except RuntimeError as e:
    print("RuntimeError:", e)
x = torch.arange(5, dtype=torch.float32, requires_grad=True)
print(x)
y = torch.arange(5.0, requires_grad=True)
print(y.dtype, y.requires_grad)
z = torch.tensor([1, 2, 3]).float().requires_grad_()
(z ** 2).sum().backward()
print(z.grad)
idx = (z * 2).long()
print(idx, idx.requires_grad, idx.grad_fn)
print(torch.tensor([1, 2], dtype=torch.float64, requires_grad=True).requires_grad)
