# Noise-tunnel variants: SmoothGrad, SmoothGrad-squared and VarGrad from the same noisy gradients
import torch

torch.manual_seed(26)
def f(v):
    return (v[..., 0] * v[..., 1]).tanh() + v[..., 2] ** 2
x = torch.tensor([0.5, -0.5, 0.2])
noisy = (x + 0.2 * torch.randn(6, 3)).requires_grad_()
f(noisy).sum().backward()
g = noisy.grad
print(g.shape)
print(g.mean(0).round(decimals=4))
print((g ** 2).mean(0).round(decimals=4))
print(g.var(0, unbiased=False).round(decimals=4))
