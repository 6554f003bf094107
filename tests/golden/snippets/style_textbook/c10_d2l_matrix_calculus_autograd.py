# Matrix calculus checked with autograd: d(x^T A x) = (A + A^T) x, d(||x||^2) = 2x, d(Ax) and the chain rule.
import torch

torch.manual_seed(0)
A = torch.randn(3, 3, dtype=torch.float64)
x = torch.randn(3, dtype=torch.float64, requires_grad=True)
q = x @ A @ x
q.backward()
print(x.grad)
print(torch.allclose(x.grad, (A + A.T) @ x))
x.grad.zero_()
(x * x).sum().backward()
print(torch.equal(x.grad, 2 * x))
x.grad = None
y = A @ x
J = torch.autograd.functional.jacobian(lambda v: A @ v, x.detach())
print(torch.equal(J, A))
v = torch.tensor([1.0, 0.0, -1.0], dtype=torch.float64)
y.backward(v)
print(torch.allclose(x.grad, A.T @ v))
X = torch.randn(2, 3, dtype=torch.float64, requires_grad=True)
W = torch.randn(3, 4, dtype=torch.float64, requires_grad=True)
Y = X @ W
Y.sum().backward()
print(torch.allclose(X.grad, torch.ones(2, 4, dtype=torch.float64) @ W.T))
print(torch.allclose(W.grad, X.T @ torch.ones(2, 4, dtype=torch.float64)))
u = torch.tensor(2.0, requires_grad=True)
z = torch.exp(torch.sin(u ** 2))
z.backward()
print(u.grad.item(), (torch.exp(torch.sin(u ** 2)) * torch.cos(u ** 2) * 2 * u).item())
H = torch.autograd.functional.hessian(lambda v: v @ A @ v, x.detach())
print(torch.allclose(H, A + A.T))
