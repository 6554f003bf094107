# Issue: ".to(float32) on a float32 tensor returned the same object" — and copy=True.
import torch

x = torch.ones(2, requires_grad=True)
print(x.to(torch.float32) is x, x.float() is x, x.to(torch.float32, copy=True) is x)
y = x * 2
print(y.to(torch.float32) is y, y.to(torch.float64).grad_fn.name())
print(x.type(torch.float32) is x, x.type())
