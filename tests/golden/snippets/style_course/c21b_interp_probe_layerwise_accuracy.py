# probe each layer of a deeper net with closed-form least squares and compare fit quality
import torch
from torch import nn

torch.manual_seed(21)
net = nn.Sequential(nn.Linear(2, 6), nn.ReLU(), nn.Linear(6, 6), nn.ReLU(), nn.Linear(6, 6))
X = torch.randn(40, 2)
target = (X[:, :1] * X[:, 1:]).squeeze(1)
acts = []
hooks = [net[i].register_forward_hook(lambda m, i, o: acts.append(o.detach())) for i in (0, 2, 4)]
with torch.no_grad():
    net(X)
for h in hooks:
    h.remove()
for depth, H in enumerate(acts):
    A = torch.cat([H, torch.ones(40, 1)], dim=1)
    sol = torch.linalg.lstsq(A, target.unsqueeze(1)).solution
    resid = target - (A @ sol).squeeze(1)
    r2 = 1 - resid.pow(2).sum() / (target - target.mean()).pow(2).sum()
    print(depth, sol.shape, f"{r2.item():.4f}")
