import torch


class W(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x.sum()

    @staticmethod
    def backward(ctx, g):
        return torch.ones(5)


class B(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def backward(ctx, g):
        return g, g


try:
    a = torch.ones(3, requires_grad=True)
    W.apply(a).backward()
except RuntimeError as e:
    print(e)
try:
    a = torch.ones(3, requires_grad=True)
    B.apply(a).sum().backward()
except RuntimeError as e:
    print(e)
with torch.autograd.set_detect_anomaly(True):
    print("anomaly mode accepted")
try:
    torch.autograd.grad(torch.ones(2).sum(), torch.ones(2))
except RuntimeError as e:
    print(e)
