# Course notebook: an MLP on synthetic spirals, full-batch Adam, printing loss with .item() and train accuracy.
import math
import torch
from torch import nn

torch.manual_seed(0)
N, K = 30, 3
X = torch.zeros(N * K, 2)
y = torch.zeros(N * K, dtype=torch.long)
for c in range(K):
    r = torch.linspace(0.0, 1, N)
    t = torch.linspace(c * 2 * math.pi / K, (c + 2) * 2 * math.pi / K, N) + torch.randn(N) * 0.2
    ix = slice(N * c, N * (c + 1))
    X[ix] = torch.stack((r * torch.sin(t), r * torch.cos(t)), dim=1)
    y[ix] = c
print(X.shape, y.bincount())
model = nn.Sequential(nn.Linear(2, 32), nn.ReLU(), nn.Linear(32, K))
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=0.02, weight_decay=1e-4)
for t in range(200):
    y_pred = model(X)
    loss = criterion(y_pred, y)
    score, predicted = torch.max(y_pred, 1)
    acc = (y == predicted).sum().float() / len(y)
    if t % 40 == 0:
        print("[EPOCH]: %i, [LOSS]: %.6f, [ACCURACY]: %.3f" % (t, loss.item(), acc))
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
print(loss.item(), acc.item())
