import torch

A = torch.tensor([[0., 1., 0.], [1., 0., 1.], [0., 1., 0.]])
L = torch.diag(A.sum(1)) - A
evals, evecs = torch.linalg.eigh(L)
print(evals.round(decimals=4))
signal = torch.tensor([1.0, 0.0, -1.0])
coef = evecs.T @ signal
filtered = evecs @ (torch.exp(-evals) * coef)
print(filtered.round(decimals=4))
print(torch.allclose(evecs @ torch.diag(evals) @ evecs.T, L, atol=1e-5))
