# gradcheck of a function that returns an integer tensor alongside a float one
import torch
from torch.autograd import gradcheck


def top1(x):
    values, idx = x.max(dim=-1)
    return values * 2, idx


x = torch.tensor([[0.1, 0.9, 0.3], [0.7, 0.2, 0.4]], dtype=torch.float64, requires_grad=True)
print(gradcheck(top1, (x,)))
values, idx = top1(x)
print(values, idx)
