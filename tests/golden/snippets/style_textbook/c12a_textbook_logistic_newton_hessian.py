# Logistic regression fitted by Newton's method with torch.autograd.functional.hessian, vs gradient descent.
import torch
from torch.autograd.functional import hessian, jacobian

g = torch.Generator().manual_seed(0)
X = torch.cat([torch.randn(40, 2, generator=g, dtype=torch.float64), torch.ones(40, 1, dtype=torch.float64)], 1)
true_w = torch.tensor([1.5, -2.0, 0.3], dtype=torch.float64)
y = (torch.rand(40, generator=g, dtype=torch.float64) < torch.sigmoid(X @ true_w)).double()

def nll(w):
    z = X @ w
    return (torch.nn.functional.softplus(z) - y * z).sum()

w = torch.zeros(3, dtype=torch.float64)
for it in range(6):
    grad = jacobian(nll, w)
    H = hessian(nll, w)
    w = w - torch.linalg.solve(H, grad)
    print(it, f"{nll(w).item():.10f}", grad.norm().item() < 1e-8)
print(w)
H = hessian(nll, w)
se = torch.linalg.inv(H).diagonal().sqrt()
print(se)
w_gd = torch.zeros(3, dtype=torch.float64, requires_grad=True)
opt = torch.optim.SGD([w_gd], lr=0.02)
for _ in range(200):
    opt.zero_grad()
    nll(w_gd).backward()
    opt.step()
print(w_gd.detach(), (w_gd.detach() - w).abs().max() < 1e-2)
