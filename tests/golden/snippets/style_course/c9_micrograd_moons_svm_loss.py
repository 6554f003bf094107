# micrograd demo in torch: a 2-16-16-1 MLP on synthetic two-moons with a max-margin loss and L2 regularization.
import math
import torch
import torch.nn as nn

torch.manual_seed(1337)
n = 50
t = torch.linspace(0, math.pi, n)
X = torch.cat([torch.stack([t.cos(), t.sin()], 1), torch.stack([1 - t.cos(), 0.5 - t.sin()], 1)])
X = X + 0.1 * torch.randn_like(X)
y = torch.cat([torch.ones(n), -torch.ones(n)])
print(X.shape, y[:3], y[-3:])
model = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 16), nn.ReLU(), nn.Linear(16, 1))
print("number of parameters", sum(p.numel() for p in model.parameters()))

def loss_fn(batch_size=None):
    if batch_size is None:
        Xb, yb = X, y
    else:
        ri = torch.randperm(X.shape[0])[:batch_size]
        Xb, yb = X[ri], y[ri]
    scores = model(Xb).squeeze(1)
    losses = (1 + -yb * scores).relu()
    data_loss = losses.mean()
    alpha = 1e-4
    reg_loss = alpha * sum((p * p).sum() for p in model.parameters())
    total_loss = data_loss + reg_loss
    accuracy = ((yb > 0) == (scores > 0)).float().mean()
    return total_loss, accuracy

total_loss, acc = loss_fn()
print(total_loss, acc)
for k in range(20):
    total_loss, acc = loss_fn()
    model.zero_grad()
    total_loss.backward()
    learning_rate = 1.0 - 0.9 * k / 100
    with torch.no_grad():
        for p in model.parameters():
            p -= learning_rate * p.grad
    if k % 5 == 0:
        print(f"step {k} loss {total_loss.item():.6f}, accuracy {acc.item()*100:.1f}%")
print(type(total_loss.item()), acc.dtype)
