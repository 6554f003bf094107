# Automatic differentiation chapter, own examples: gradient of a quadratic form, resetting grads,
# backward of a sum, a detached factor, and a function with loops and branches.
import torch

x = torch.arange(1.0, 5.0, requires_grad=True)
print(x.grad)
f = 3 * (x * x).sum()
f.backward()
print(f, x.grad, torch.equal(x.grad, 6 * x))
x.grad = None
x.mean().backward()
print(x.grad)
x.grad.zero_()
sq = x ** 2
const = sq.detach()
(const * x).sum().backward()
print(x.grad, torch.equal(x.grad, const))
def wiggle(t):
    s = t * 3
    n = 0
    while s.abs() < 200:
        s = s * 2
        n += 1
    return s if n % 2 == 0 else -s
torch.manual_seed(3)
t = torch.randn((), requires_grad=True)
r = wiggle(t)
r.backward()
print(t, r, t.grad, torch.allclose(t.grad, r / t))
