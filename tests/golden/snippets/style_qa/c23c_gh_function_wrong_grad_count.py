# Issue: "too many gradients returned from backward" (three inputs, four grads).
import torch

class Lerp3(torch.autograd.Function):
    @staticmethod
    def forward(ctx, start, end, weight):
        return start + weight * (end - start)

    @staticmethod
    def backward(ctx, go):
        return go, go, go, go

s = torch.zeros(2, requires_grad=True)
try:
    Lerp3.apply(s, torch.ones(2), torch.tensor(0.5)).sum().backward()
except RuntimeError as err:
    print(err)
