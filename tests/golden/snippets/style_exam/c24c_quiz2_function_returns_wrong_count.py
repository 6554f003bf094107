# Quiz B42: backward returns the wrong number of gradients
import torch


class MissingGrad(torch.autograd.Function):
    @staticmethod
    def forward(c, lhs, rhs):
        return lhs + rhs

    @staticmethod
    def backward(c, go):
        return go


lhs = torch.ones(2, requires_grad=True)
rhs = torch.ones(2, requires_grad=True)
try:
    MissingGrad.apply(lhs, rhs).sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)
