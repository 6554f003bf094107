# The cs231n spiral: a linear softmax classifier against a one-hidden-layer net
import math
import torch
from torch import nn

torch.manual_seed(1671)
N, K = 20, 3
X, y = [], []
for j in range(K):
    r = torch.linspace(0.0, 1, N)
    t = torch.linspace(j * 4, (j + 1) * 4, N) + torch.randn(N) * 0.2
    X.append(torch.stack([r * torch.sin(t), r * torch.cos(t)], 1))
    y += [j] * N
X, y = torch.cat(X), torch.tensor(y)
for model in (nn.Linear(2, K), nn.Sequential(nn.Linear(2, 50), nn.ReLU(), nn.Linear(50, K))):
    opt = torch.optim.SGD(model.parameters(), lr=1.0, weight_decay=1e-3)
    for i in range(100):
        loss = nn.functional.cross_entropy(model(X), y)
        opt.zero_grad(); loss.backward(); opt.step()
    acc = (model(X).argmax(1) == y).float().mean().item()
    print(type(model).__name__, loss.item(), acc, math.log(K))
