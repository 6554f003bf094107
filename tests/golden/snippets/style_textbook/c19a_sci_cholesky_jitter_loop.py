# adding jitter until a nearly singular kernel matrix factorises (cholesky_ex info codes)
import torch
x = torch.tensor([0.0, 1e-4, 2e-4, 1.0]).unsqueeze(1)
K = torch.exp(-torch.cdist(x, x) ** 2)
jitter = 0.0
for attempt in range(8):
    L, info = torch.linalg.cholesky_ex(K + jitter * torch.eye(4))
    print(attempt, f"{jitter:.0e}", info.item())
    if info == 0:
        break
    jitter = 1e-9 if jitter == 0 else jitter * 10
print(L.diagonal())
