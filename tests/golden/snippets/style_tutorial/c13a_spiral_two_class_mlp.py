# Two interleaved spirals classified by an MLP with CrossEntropyLoss and SGD momentum; loss every 25 epochs.
import math
import torch
import torch.nn as nn

torch.manual_seed(0)
n = 50
t = torch.linspace(0.25, 3 * math.pi, n)
spiral_a = torch.stack([t * torch.cos(t), t * torch.sin(t)], dim=1)
spiral_b = -spiral_a
X = torch.cat([spiral_a, spiral_b]) / 10 + 0.02 * torch.randn(2 * n, 2)
y = torch.cat([torch.zeros(n), torch.ones(n)]).long()
model = nn.Sequential(nn.Linear(2, 32), nn.Tanh(), nn.Linear(32, 32), nn.Tanh(), nn.Linear(32, 2))
opt = torch.optim.SGD(model.parameters(), lr=0.2, momentum=0.9)
loss_fn = nn.CrossEntropyLoss()
for epoch in range(101):
    opt.zero_grad()
    out = model(X)
    loss = loss_fn(out, y)
    loss.backward()
    opt.step()
    if epoch % 25 == 0:
        acc = (out.argmax(dim=1) == y).float().mean()
        print(f"epoch {epoch:3d} loss {loss.item():.4f} acc {acc.item():.2f}")
print(X.shape, y.dtype, X.abs().max() < 1)
