# A learning-rate range test: grow the lr exponentially each batch and record the smoothed loss.
import math
import torch
import torch.nn as nn

torch.manual_seed(0)
X = torch.randn(512, 10)
y = (X @ torch.randn(10, 1)).squeeze(1) + 0.1 * torch.randn(512)
model = nn.Sequential(nn.Linear(10, 32), nn.ReLU(), nn.Linear(32, 1))
opt = torch.optim.SGD(model.parameters(), lr=1e-5)
start_lr, end_lr, num_iters = 1e-5, 1.0, 32
gamma = (end_lr / start_lr) ** (1 / (num_iters - 1))
sched = torch.optim.lr_scheduler.ExponentialLR(opt, gamma=gamma)
avg, beta, best, results = 0.0, 0.9, float("inf"), []
for i in range(num_iters):
    idx = torch.randint(0, 512, (32,))
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(X[idx]).squeeze(1), y[idx])
    loss.backward()
    opt.step()
    avg = beta * avg + (1 - beta) * loss.item()
    smooth = avg / (1 - beta ** (i + 1))
    lr = sched.get_last_lr()[0]
    results.append((lr, smooth))
    if smooth > 4 * best or math.isnan(smooth):
        print(f"stopping at iteration {i}, lr {lr:.2e}")
        break
    best = min(best, smooth)
    sched.step()
for lr, s in results[::4]:
    print(f"lr {lr:.2e} loss {s:.4f}")
print(f"{gamma:.6f}", len(results))
