import torch

class SaveNumber(torch.autograd.Function):
    @staticmethod
    def forward(ctx, a):
        ctx.save_for_backward(0.5)
        return a * 2

    @staticmethod
    def backward(ctx, grad):
        return grad

print(SaveNumber.apply(torch.ones(1)))
try:
    SaveNumber.apply(torch.ones(1, requires_grad=True))
except TypeError as e:
    print("TypeError:", e)

class Old(torch.autograd.Function):
    def forward(self, a):
        return a

    def backward(self, grad):
        return grad

try:
    Old()(torch.ones(1))
except RuntimeError as e:
    print("RuntimeError:", e)
