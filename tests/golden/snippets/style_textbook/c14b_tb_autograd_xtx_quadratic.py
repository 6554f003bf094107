# Autograd chapter: gradient of x^T x and of 3 x^T x, checked against the closed form 2x and 6x.
import torch

x = torch.arange(5.0)
x.requires_grad_(True)
print(x.grad)
y = x.T @ x
print(y, y.grad_fn)
y.backward()
print(x.grad)
print(x.grad == 2 * x)
x.grad.zero_()
y = 3 * torch.dot(x, x)
y.backward()
print(x.grad, x.grad == 6 * x)
x.grad.zero_()
y = x.mean()
y.backward()
print(x.grad)
x.grad.zero_()
y = (x * x).sum() / x.numel()
y.backward()
print(x.grad, y.item())
