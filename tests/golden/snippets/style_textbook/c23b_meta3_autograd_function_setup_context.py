import torch

class ScaledExp(torch.autograd.Function):
    @staticmethod
    def forward(x, scale):
        return torch.exp(x) * scale
    @staticmethod
    def setup_context(ctx, inputs, output):
        x, scale = inputs
        ctx.save_for_backward(output)
        ctx.scale = scale
    @staticmethod
    def backward(ctx, g):
        out, = ctx.saved_tensors
        return g * out, None

x = torch.tensor([0.0, 1.0], requires_grad=True)
y = ScaledExp.apply(x, 2.0)
print(y.round(decimals=4), type(y.grad_fn).__name__)
g, = torch.autograd.grad(y.sum(), x)
print(g.round(decimals=4))
print(torch.func.grad(lambda t: ScaledExp.apply(t, 3.0).sum())(torch.tensor([0.0, 0.5])).round(decimals=4))
