# Gradients of float32 Mish and tanh-approximated GELU: PyTorch's backward kernels recompute
# tanh (SLEEF's on vector blocks, the C library's on the rest) with fused multiply-adds;
# tolist() shows every bit.
import torch
import torch.nn as nn

torch.manual_seed(0)
x = (torch.randn(40) * 2.5).requires_grad_()
for layer in [nn.Mish(), nn.GELU(approximate="tanh")]:
    y = layer(x)
    y.backward(torch.linspace(-1, 1, 40))
    print(layer, y.grad_fn.name())
    print(x.grad.tolist())
    x.grad = None
    xt = x.detach()[:21].view(3, 7).t().requires_grad_()  # transposed: every element a scalar-loop one
    (g,) = torch.autograd.grad(layer(xt).sum(), xt)
    print(g.tolist())
