# Quiz C20: a float64 leaf mixed with float32 tensors
import torch

w = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
x = torch.tensor([3.0, 4.0])
y = (w * x).sum()
print(y.dtype)
y.backward()
print(w.grad, w.grad.dtype)
v = torch.tensor([1.0], requires_grad=True)
(v.double() * 2).sum().backward()
print(v.grad.dtype, v.grad)
