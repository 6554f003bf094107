# Calculus chapter: numerical limits of the difference quotient, partial derivatives and gradient identities.
import torch

def f(x):
    return 3 * x ** 2 - 4 * x

for h in 10.0 ** torch.arange(-1, -6, -1):
    print(f"h={h:.5f}, numerical limit={(f(1 + h) - f(1)) / h:.5f}")
h64 = 10.0 ** torch.arange(-1, -9, -1, dtype=torch.float64)
print((f(1 + h64) - f(1)) / h64)
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
A = torch.tensor([[1.0, 2.0, 0.0], [0.0, 1.0, -1.0]])
(A @ x).sum().backward()
print(x.grad, A.sum(0))
x.grad = None
(x @ x).backward()
print(x.grad, 2 * x.detach())
x.grad = None
B = torch.tensor([[2.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 4.0]])
(x @ B @ x).backward()
print(x.grad, (B + B.T) @ x.detach())
x.grad = None
torch.linalg.vector_norm(x).backward()
print(x.grad, x.detach() / x.detach().norm())
u = torch.tensor(0.5, requires_grad=True)
y = torch.exp(torch.sin(u ** 2))
y.backward()
print(u.grad.item(), (torch.exp(torch.sin(u ** 2)) * torch.cos(u ** 2) * 2 * u).item())
