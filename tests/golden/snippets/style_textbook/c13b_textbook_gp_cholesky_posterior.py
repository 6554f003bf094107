# Gaussian processes chapter: RBF kernel, posterior mean and variance with cholesky and solve_triangular.
import torch

torch.manual_seed(5)
def rbf(a, b, ell=1.0, sf=1.0):
    return sf ** 2 * torch.exp(-0.5 * torch.cdist(a, b) ** 2 / ell ** 2)

X = torch.tensor([[-2.0], [-1.0], [0.0], [1.5], [2.5]], dtype=torch.float64)
y = torch.sin(X).squeeze(1)
Xs = torch.linspace(-3, 3, 7, dtype=torch.float64).unsqueeze(1)
noise = 1e-2
K = rbf(X, X) + noise * torch.eye(5, dtype=torch.float64)
L = torch.linalg.cholesky(K)
alpha = torch.cholesky_solve(y.unsqueeze(1), L)
Ks = rbf(X, Xs)
mean = (Ks.T @ alpha).squeeze(1)
v = torch.linalg.solve_triangular(L, Ks, upper=False)
var = rbf(Xs, Xs).diagonal() - (v ** 2).sum(0)
print(mean)
print(var)
print(torch.sin(Xs).squeeze(1))
logml = -0.5 * y @ alpha.squeeze(1) - L.diagonal().log().sum() - 2.5 * torch.log(torch.tensor(2 * torch.pi, dtype=torch.float64))
print(logml)
print(torch.allclose(L @ L.T, K))
print(L)
