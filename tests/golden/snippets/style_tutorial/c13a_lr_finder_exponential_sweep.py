# A learning-rate finder: raise the lr geometrically every batch, smooth the loss, stop when it blows up.
import math
import torch
import torch.nn as nn

torch.manual_seed(0)
X = torch.randn(64, 4)
y = (X @ torch.tensor([1.0, -2.0, 0.5, 3.0])).unsqueeze(1) + 0.1 * torch.randn(64, 1)
model = nn.Linear(4, 1)
opt = torch.optim.SGD(model.parameters(), lr=1e-4)
start_lr, end_lr, num_steps = 1e-4, 10.0, 20
mult = (end_lr / start_lr) ** (1 / (num_steps - 1))
lr = start_lr
avg, best, beta = 0.0, float("inf"), 0.9
lrs, losses = [], []
for i in range(num_steps):
    for g in opt.param_groups:
        g["lr"] = lr
    idx = torch.arange(i * 8, i * 8 + 8) % 64
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(X[idx]), y[idx])
    avg = beta * avg + (1 - beta) * loss.item()
    smoothed = avg / (1 - beta ** (i + 1))
    if smoothed > 4 * best:
        print(f"stopping at step {i}, lr={lr:.3e}")
        break
    best = min(best, smoothed)
    lrs.append(lr)
    losses.append(smoothed)
    loss.backward()
    opt.step()
    lr *= mult
for a, b in zip(lrs, losses):
    print(f"{math.log10(a):6.2f} {b:10.4f}")
best_i = min(range(len(losses)), key=losses.__getitem__)
print("suggested lr", f"{lrs[best_i] / 10:.2e}")
