# minimise x^2 + y^2 subject to x + 2y = 5 via Lagrange multipliers solved as a linear system
import torch

K = torch.tensor([[2.0, 0.0, 1.0], [0.0, 2.0, 2.0], [1.0, 2.0, 0.0]])
rhs = torch.tensor([0.0, 0.0, 5.0])
x, y, lam = torch.linalg.solve(K, rhs)
print(x, y, lam)
print(x + 2 * y)
p = torch.tensor([x.item(), y.item()], requires_grad=True)
(p ** 2).sum().backward()
print(p.grad, -lam * torch.tensor([1.0, 2.0]))
