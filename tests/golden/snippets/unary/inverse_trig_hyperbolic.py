import torch

x = torch.tensor([-0.9, -0.3, 0.0, 0.4, 0.8], requires_grad=True)
for name in ("asin", "acos", "atan", "sinh", "cosh", "asinh", "atanh", "tan"):
    y = getattr(torch, name)(x)
    (g,) = torch.autograd.grad(y.sum(), x)
    print(name, y, g)
z = torch.tensor([1.5, 2.0, 3.0], requires_grad=True)
torch.acosh(z).sum().backward()
print(torch.acosh(z), z.grad)
a = torch.tensor([1.0, -1.0, 0.0], requires_grad=True)
b = torch.tensor([2.0, 2.0, -1.0], requires_grad=True)
r = torch.atan2(a, b)
r.sum().backward()
print(r, a.grad, b.grad)
print(torch.asin(torch.tensor([2.0])), torch.atan2(torch.tensor([1, 2]), torch.tensor([3, 4])), torch.arctan(torch.tensor([1.0])))
print(x.arcsin().grad_fn, x.arctan().grad_fn)
