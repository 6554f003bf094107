import torch
import torch.nn as nn

torch.manual_seed(7)
x = torch.randn(64, 3)
y = x @ torch.tensor([[2.0], [-1.0], [0.5]])
model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=1e-4)
mult = (1.0 / 1e-4) ** (1 / 9)
lrs, losses = [], []
for i in range(10):
    lr = opt.param_groups[0]["lr"]
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()
    lrs.append(lr)
    losses.append(loss.item())
    opt.param_groups[0]["lr"] = lr * mult
for lr, l in zip(lrs, losses):
    print(f"{lr:.2e} {l:.4f}")
best = min(range(len(losses)), key=losses.__getitem__)
print("best lr", f"{lrs[best]:.2e}")
