import torch

class Double(torch.autograd.Function):
    @staticmethod
    def forward(ctx, a):
        return a * 2

    @staticmethod
    def backward(ctx, grad):
        return grad * 2, None, None

a = torch.ones(2, requires_grad=True)
Double.apply(a).sum().backward()
print(a.grad)

class Wrong(torch.autograd.Function):
    @staticmethod
    def forward(ctx, a):
        return a * 2

    @staticmethod
    def backward(ctx, grad):
        return grad * 2, grad

b = torch.ones(2, requires_grad=True)
try:
    Wrong.apply(b).sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)
