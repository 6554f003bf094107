# A backward that ignores grad_output's zeros passes only with check_undefined_grad=False?
import torch
from torch.autograd import gradcheck


class AddOne(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x + 1

    @staticmethod
    def backward(ctx, g):
        return g + 0 * g.sum()


x = torch.tensor([1.0, -1.0], dtype=torch.float64, requires_grad=True)
print(gradcheck(AddOne.apply, (x,)))
print(gradcheck(AddOne.apply, (x,), check_undefined_grad=False))
