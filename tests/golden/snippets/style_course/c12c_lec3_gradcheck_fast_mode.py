# Lecture: gradcheck's fast mode and checking several outputs.
import torch
from torch.autograd import gradcheck

torch.manual_seed(0)
x = torch.randn(3, 2, dtype=torch.float64, requires_grad=True)
w = torch.randn(2, 4, dtype=torch.float64, requires_grad=True)
f = lambda x, w: (torch.tanh(x @ w), (x ** 2).sum(1))
print(gradcheck(f, (x, w)))
print(gradcheck(f, (x, w), fast_mode=True))
print(gradcheck(lambda x: torch.nn.functional.layer_norm(x, (2,)), (x,), fast_mode=True))
print(gradcheck(lambda x: torch.cumprod(x, dim=0), (x,)))
print(gradcheck(lambda x: torch.linalg.norm(x), (x,)))
