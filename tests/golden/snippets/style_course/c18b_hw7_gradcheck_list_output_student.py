# The student's function returns a list of tensors; gradcheck still accepts it
import torch
from torch.autograd import gradcheck


def split_and_scale(x):
    a, b = x.chunk(2)
    return [a * 2, b.exp()]


x = torch.tensor([0.1, 0.2, 0.3, 0.4], dtype=torch.float64, requires_grad=True)
print(gradcheck(split_and_scale, (x,)))
print(gradcheck(split_and_scale, (x,), fast_mode=True))
print([t.shape for t in split_and_scale(x)])
