# hand-rolled power iteration for the spectral norm vs torch.linalg
import torch
import torch.nn.functional as F
torch.manual_seed(16)
W = torch.randn(5, 3)
u = F.normalize(torch.randn(5), dim=0)
for _ in range(20):
    v = F.normalize(W.t() @ u, dim=0)
    u = F.normalize(W @ v, dim=0)
sigma = u @ W @ v
print(sigma.item())
print(torch.linalg.svdvals(W)[0].item())
print(torch.linalg.matrix_norm(W / sigma, ord=2).item())
