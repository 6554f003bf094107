# manifold mixup: mix hidden activations of a chosen layer
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(81)
f1, f2 = nn.Linear(4, 6), nn.Linear(6, 3)
x, y = torch.randn(4, 4), torch.tensor([0, 2, 1, 0])
lam = 0.3
idx = torch.tensor([3, 2, 1, 0])
h = F.relu(f1(x))
h = lam * h + (1 - lam) * h[idx]
out = f2(h)
loss = lam * F.cross_entropy(out, y) + (1 - lam) * F.cross_entropy(out, y[idx])
loss.backward()
print(loss.item())
print(f1.bias.grad)
