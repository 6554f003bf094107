# Q: what is the difference between torch.no_grad() and requires_grad=False? Context vs per-tensor flag.
import torch
import torch.nn as nn

torch.manual_seed(13)
lin = nn.Linear(3, 2)
x = torch.randn(1, 3)
with torch.no_grad():
    a = lin(x)
print(a.requires_grad, lin.weight.requires_grad)
lin.weight.requires_grad_(False)
b = lin(x)
print(b.requires_grad, b.grad_fn.name())
b.sum().backward()
print(lin.weight.grad, lin.bias.grad)
lin.weight.requires_grad_(True)
z = torch.ones(2, requires_grad=True)
with torch.no_grad():
    w = z * 2
    with torch.enable_grad():
        v = z * 3
print(w.requires_grad, v.requires_grad)
print(torch.is_grad_enabled())
torch.set_grad_enabled(False)
print((z * 2).requires_grad, torch.is_grad_enabled())
torch.set_grad_enabled(True)
f = torch.no_grad()(lambda t: t * 2)
print(f(z).requires_grad)
with torch.no_grad():
    z.add_(1)
print(z, z.is_leaf, z.grad_fn)
