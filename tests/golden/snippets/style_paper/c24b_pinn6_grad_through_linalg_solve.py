# differentiating a solution of K(p) u = f w.r.t. the parameter p (rounded)
import torch

p = torch.tensor(2.0, dtype=torch.float64, requires_grad=True)
K = torch.stack([torch.stack([p, torch.tensor(-1.0, dtype=torch.float64)]),
                 torch.stack([torch.tensor(-1.0, dtype=torch.float64), p])])
f = torch.tensor([1.0, 0.0], dtype=torch.float64)
u = torch.linalg.solve(K, f)
u.sum().backward()
print(u.round(decimals=6))
print(round(p.grad.item(), 6))
print(u.grad_fn.name())
