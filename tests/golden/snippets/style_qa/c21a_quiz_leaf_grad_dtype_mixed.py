# Quiz: a float64 leaf multiplied by a float32 tensor. dtype of the result and of x.grad?
import torch

x = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
w = torch.tensor([3.0, 4.0])
y = x * w
print(y.dtype)
y.sum().backward()
print(x.grad, x.grad.dtype)
