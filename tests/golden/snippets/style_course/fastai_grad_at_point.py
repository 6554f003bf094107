# Gradient of f(x) = sum(x**2) at a point, with requires_grad_().
import torch

def f(x):
    return (x**2).sum()

xt = torch.tensor(3.).requires_grad_()
yt = f(xt)
print(yt)
yt.backward()
print(xt.grad)
xt = torch.tensor([3., 4., 10.]).requires_grad_()
yt = f(xt)
yt.backward()
print(yt, xt.grad)
