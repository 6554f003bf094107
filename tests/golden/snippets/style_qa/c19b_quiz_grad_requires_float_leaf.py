# Quiz 99: backward without any leaf requiring grad
import torch

x = torch.tensor([1.0, 2.0])
y = (x * 2).sum()
try:
    y.backward()
except RuntimeError as e:
    print(e)
print(y.requires_grad, y.grad_fn)
try:
    torch.autograd.grad(y, x)
except RuntimeError as e:
    print(e)
