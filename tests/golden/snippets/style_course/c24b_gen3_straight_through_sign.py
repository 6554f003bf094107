# binary latent codes with a straight-through sign estimator via a custom Function
import torch

class STSign(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x.sign()

    @staticmethod
    def backward(ctx, g):
        return g

x = torch.tensor([-0.5, 0.0, 2.0], requires_grad=True)
y = STSign.apply(x)
print(y, y.grad_fn)
(y * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print(x.grad)
