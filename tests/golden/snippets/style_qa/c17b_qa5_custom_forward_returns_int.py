# Q: my custom Function also returns a plain number
import torch

class WithCount(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2, int((x > 0).sum())

    @staticmethod
    def backward(ctx, g, g_count):
        print('g_count', g_count)
        return g * 2

x = torch.tensor([1.0, -1.0, 2.0], requires_grad=True)
out, count = WithCount.apply(x)
print(out, count, type(count).__name__)
out.sum().backward()
print(x.grad)
