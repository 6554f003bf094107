# Q: "Only Tensors of floating point and complex dtype can require gradients" on my label/index tensor.
import torch

try:
    idx = torch.tensor([1, 2, 3], requires_grad=True)
except RuntimeError as e:
    print("RuntimeError:", e)
x = torch.arange(5)
try:
    x.requires_grad_()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    x.requires_grad = True
except RuntimeError as e:
    print("RuntimeError:", e)
x = torch.arange(5, dtype=torch.float32, requires_grad=True)
y = (x ** 2).sum()
y.backward()
print(x.grad)
z = torch.randint(0, 10, (3,)).float().requires_grad_()
print(z.requires_grad, z.dtype, z.is_leaf)
b = torch.tensor([True, False])
try:
    b.requires_grad_(True)
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.tensor([1, 2]).to(torch.float16).requires_grad_().dtype)
