# d2l Gaussian processes: RBF kernel matrices, posterior mean and variance by Cholesky solves, log marginal likelihood.
import math
import torch

def rbfkernel(x1, x2, ls=1.0, amp=1.0):
    d2 = (x1.reshape(-1, 1) - x2.reshape(1, -1)) ** 2
    return amp ** 2 * torch.exp(-d2 / (2 * ls ** 2))

torch.manual_seed(39)
train_x = torch.linspace(0, 5, 8, dtype=torch.float64)
train_y = torch.sin(train_x) + 0.1 * torch.randn(8, dtype=torch.float64)
test_x = torch.linspace(0, 5, 5, dtype=torch.float64)
noise = 0.1
K = rbfkernel(train_x, train_x, ls=0.8) + noise ** 2 * torch.eye(8, dtype=torch.float64)
print(K[:3, :3])
L = torch.linalg.cholesky(K)
alpha = torch.cholesky_solve(train_y.reshape(-1, 1), L)
K_s = rbfkernel(train_x, test_x, ls=0.8)
post_mean = (K_s.T @ alpha).flatten()
v = torch.linalg.solve_triangular(L, K_s, upper=False)
post_var = rbfkernel(test_x, test_x, ls=0.8).diagonal() - (v ** 2).sum(0)
print(post_mean)
print(post_var)
print(torch.sin(test_x))
lml = -0.5 * train_y @ alpha.flatten() - torch.log(L.diagonal()).sum() - 4 * math.log(2 * math.pi)
print(lml.item())
for ls in (0.2, 0.8, 3.0):
    Kl = rbfkernel(train_x, train_x, ls=ls) + noise ** 2 * torch.eye(8, dtype=torch.float64)
    print(ls, torch.linalg.eigvalsh(Kl)[:2], torch.logdet(Kl).item())
