# Autograder: gradcheck a function returning two tensors
import torch
from torch.autograd import gradcheck


def polar(xy):
    r = torch.sqrt((xy ** 2).sum(dim=-1))
    theta = torch.atan2(xy[..., 1], xy[..., 0])
    return r, theta


pts = torch.tensor([[1.0, 1.0], [-2.0, 0.5]], dtype=torch.float64, requires_grad=True)
print(gradcheck(polar, (pts,)))
r, theta = polar(pts)
print(r, theta)
