# Optimization chapter: the Hessian of a tiny network's loss and its eigenvalues.
import torch
from torch.autograd.functional import hessian

torch.manual_seed(0)
X = torch.randn(10, 2, dtype=torch.float64)
y = torch.randn(10, dtype=torch.float64)

def loss(theta):
    w1 = theta[:4].reshape(2, 2)
    w2 = theta[4:6]
    return ((torch.tanh(X @ w1) @ w2 - y) ** 2).mean()

theta = torch.randn(6, dtype=torch.float64) * 0.5
H = hessian(loss, theta)
print(H.shape)
print(torch.allclose(H, H.T))
ev = torch.linalg.eigvalsh(H)
print(ev)
print((ev > 0).sum().item(), ev.max().item() / ev.abs().min().item() > 1)
g = torch.autograd.functional.jacobian(loss, theta)
print(g)
