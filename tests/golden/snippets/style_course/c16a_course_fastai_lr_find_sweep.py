# An lr-finder sweep: exponentially growing lr, smoothed loss, stop when it explodes
import torch
from torch import nn

torch.manual_seed(1709)
X = torch.randn(64, 4)
y = (X[:, 0] - 2 * X[:, 1]).unsqueeze(1)
model = nn.Linear(4, 1)
opt = torch.optim.SGD(model.parameters(), lr=1e-4)
lrs = torch.logspace(-4, 1, steps=20)
avg, best = 0.0, float("inf")
for i, lr in enumerate(lrs):
    opt.param_groups[0]["lr"] = lr.item()
    idx = torch.randint(0, 64, (16,))
    loss = nn.functional.mse_loss(model(X[idx]), y[idx])
    opt.zero_grad(); loss.backward(); opt.step()
    avg = 0.9 * avg + 0.1 * loss.item()
    smooth = avg / (1 - 0.9 ** (i + 1))
    best = min(best, smooth)
    print(f"{lr.item():.6f} {smooth:.6f}")
    if smooth > 4 * best:
        break
