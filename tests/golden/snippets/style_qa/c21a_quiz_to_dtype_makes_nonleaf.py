# Quiz: is the converted tensor still a leaf? Does the original get a gradient?
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
x64 = x.to(torch.float64)
print(x64.is_leaf, x64.grad_fn)
(x64 ** 2).sum().backward()
print(x.grad, x.grad.dtype)
same = x.to(torch.float32)
print(same is x)
