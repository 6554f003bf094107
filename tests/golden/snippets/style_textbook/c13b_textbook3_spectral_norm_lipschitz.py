# Robustness chapter: the spectral norm as a Lipschitz bound — power iteration vs matrix_norm(ord=2), and spectral_norm.
import torch
import torch.nn as nn

torch.manual_seed(104)
W = torch.randn(5, 3)
u = torch.randn(5)
for _ in range(30):
    v = torch.nn.functional.normalize(W.T @ u, dim=0)
    u = torch.nn.functional.normalize(W @ v, dim=0)
sigma = u @ W @ v
print(sigma.item(), torch.linalg.matrix_norm(W, ord=2).item(), torch.linalg.svdvals(W)[0].item())
x1, x2 = torch.randn(3), torch.randn(3)
ratio = (W @ x1 - W @ x2).norm() / (x1 - x2).norm()
print(ratio.item() <= torch.linalg.matrix_norm(W, ord=2).item() + 1e-6)
lin = nn.utils.parametrizations.spectral_norm(nn.Linear(3, 5))
with torch.no_grad():
    for _ in range(10):
        lin(torch.randn(1, 3))
print(torch.linalg.matrix_norm(lin.weight, ord=2))
print(type(lin.parametrizations.weight[0]).__name__)
print(sorted(n for n, _ in lin.named_parameters()))
