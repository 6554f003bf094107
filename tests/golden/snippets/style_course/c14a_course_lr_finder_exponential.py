# fast.ai-style LR finder: exponentially increasing lr per batch, smoothed loss, stop when it diverges.
import torch
import torch.nn.functional as F

torch.manual_seed(1495)
X = torch.randn(64, 3)
Y = X @ torch.tensor([[1.0], [-2.0], [0.5]]) + 0.1 * torch.randn(64, 1)
model = torch.nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=1e-4)
mult = (10 / 1e-4) ** (1 / 20)
avg, best, beta = 0.0, float('inf'), 0.9
lrs, smoothed = [], []
for i in range(1, 21):
    loss = F.mse_loss(model(X), Y)
    avg = beta * avg + (1 - beta) * loss.item()
    sm = avg / (1 - beta ** i)
    if sm > 4 * best:
        break
    best = min(best, sm)
    lrs.append(opt.param_groups[0]['lr'])
    smoothed.append(round(sm, 5))
    opt.zero_grad()
    loss.backward()
    opt.step()
    opt.param_groups[0]['lr'] *= mult
print(len(lrs), ["%.2e" % l for l in lrs[::4]])
print(smoothed)
