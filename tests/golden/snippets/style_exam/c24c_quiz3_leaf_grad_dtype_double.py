# Quiz C20: a float64 leaf mixed with float32 tensors
import torch

w64 = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
x32 = torch.tensor([3.0, 4.0])
dot = (w64 * x32).sum()
print(dot.dtype)
dot.backward()
print(w64.grad, w64.grad.dtype)
small = torch.tensor([1.0], requires_grad=True)
(small.double() * 2).sum().backward()
print(small.grad.dtype, small.grad)
