import torch

x = torch.tensor([1., 2.], requires_grad=True)
y = x ** 2
try:
    torch.autograd.grad(y, x)
except RuntimeError as e:
    print(type(e).__name__, e)
print(torch.autograd.grad(y.sum(), x))
