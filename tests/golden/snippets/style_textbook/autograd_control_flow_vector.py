# Control flow with a vector input: the gradient is still d / a element-wise.
import torch

def f(a):
    b = a * 2
    while b.norm() < 1000:
        b = b * 2
    return b if b.sum() > 0 else 100 * b

torch.manual_seed(2)
a = torch.randn(size=(3,), requires_grad=True)
d = f(a)
d.sum().backward()
print(a.grad)
print(d / a)
print(torch.allclose(a.grad, d / a))
