# Gaussian-process prior: an RBF kernel matrix, jitter, and a Cholesky factor (printed rounded)
import torch

x = torch.tensor([0.0, 0.5, 1.0, 2.0])
def rbf(a, b, ls=0.7, var=1.5):
    d2 = (a[:, None] - b[None, :]) ** 2
    return var * torch.exp(-0.5 * d2 / ls ** 2)
K = rbf(x, x) + 1e-4 * torch.eye(4)
print(K.round(decimals=3))
L = torch.linalg.cholesky(K)
print(L.shape, torch.allclose(L @ L.T, K, atol=1e-5))
print(torch.diagonal(L).round(decimals=3))
print(torch.equal(L, L.tril()))
