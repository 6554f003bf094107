# Straight-through estimator: round in the forward pass, pass the gradient unchanged in the backward.
import torch
import torch.nn as nn

class RoundSTE(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return torch.round(x)

    @staticmethod
    def backward(ctx, grad_output):
        return grad_output

class QuantLinear(nn.Linear):
    def forward(self, x):
        w = RoundSTE.apply(self.weight * 4) / 4
        return nn.functional.linear(x, w, self.bias)

torch.manual_seed(2)
layer = QuantLinear(3, 2)
print(layer.weight)
x = torch.randn(4, 3)
out = layer(x)
print(out)
out.pow(2).mean().backward()
print(layer.weight.grad)

plain = torch.tensor([0.2, 0.7, 1.5], requires_grad=True)
torch.round(plain).sum().backward()
print("round's own grad:", plain.grad)
plain.grad = None
RoundSTE.apply(plain).sum().backward()
print("STE grad:", plain.grad)
print(RoundSTE.apply(torch.tensor([2.5, 3.5, -0.5])))
