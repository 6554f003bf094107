# Calculus: a derivative by a shrinking h, then gradients of x^T A x and ||x||^2 checked by autograd.
import torch

def f(x):
    return 3 * x ** 2 - 4 * x

for h in 10.0 ** torch.arange(-1, -6, -1, dtype=torch.float64):
    print(f'h={h:.5f}, numerical limit={(f(1 + h) - f(1)) / h:.5f}')
A = torch.tensor([[1.0, 2.0], [0.5, -1.0]])
x = torch.tensor([1.0, 3.0], requires_grad=True)
quad = x @ A @ x
quad.backward()
print(x.grad, (A + A.T) @ x.detach())
x.grad = None
(x ** 2).sum().backward()
print(x.grad, 2 * x.detach())
x.grad.zero_()
torch.norm(x).backward()
print(x.grad, x.detach() / x.detach().norm())
u = torch.tensor(0.5, requires_grad=True)
y = torch.exp(torch.sin(u ** 2))
y.backward()
print(u.grad, torch.exp(torch.sin(u ** 2)) * torch.cos(u ** 2) * 2 * u)
