# fmod and remainder (%) are differentiable: 1 for the dividend, minus the rounded quotient for a tensor divisor
import torch
torch.manual_seed(0)
a = torch.randn(3, 4, requires_grad=True)
b = torch.randn(3, 4, requires_grad=True)
for f in (torch.fmod, torch.remainder):
    a.grad = b.grad = None
    y = f(a, b)
    print(y.grad_fn.name(), y)
    y.sum().backward()
    print(a.grad, b.grad)
    a.grad = None
    y = f(a, 0.7)
    print(y.grad_fn.name())
    y.sum().backward()
    print(a.grad)
print((a % b).grad_fn.name(), (a % 2).grad_fn.name(), torch.remainder(a.detach(), b).grad_fn.name())
print([n is None for n, _ in torch.fmod(a, b.detach()).grad_fn.next_functions])
c = torch.tensor([5, -7, 9])
print(c % 4, torch.fmod(c, -4), (c % 4).grad_fn)
x = torch.tensor([5.0, -3.5], requires_grad=True)
y = (x % 2).sum() + torch.fmod(x, -1.5).sum()
y.backward()
print(x.grad)
print(type((2 % a).grad_fn).__name__)
try:
    (2 % a).sum().backward()
except RuntimeError as e:
    print(e)
