# gradcheck on a function with two inputs, only one requiring grad
import torch
from torch.autograd import gradcheck


def weighted_sum(x, w):
    return (x * w).sum(dim=-1)


x = torch.randn(2, 3, dtype=torch.double, requires_grad=True)
w = torch.randn(3, dtype=torch.double)
print(gradcheck(weighted_sum, (x, w)))
w.requires_grad_()
print(gradcheck(weighted_sum, (x, w)))
try:
    gradcheck(weighted_sum, (x.detach(), w.detach()))
except ValueError as e:
    print("ValueError:", e)
