# Train with an L1 penalty, then count weights near zero
import torch
import torch.nn as nn

torch.manual_seed(39)
lin = nn.Linear(6, 1)
X = torch.randn(32, 6)
y = X[:, :2].sum(1, keepdim=True)
opt = torch.optim.SGD(lin.parameters(), lr=0.05)
for _ in range(200):
    opt.zero_grad()
    loss = nn.functional.mse_loss(lin(X), y) + 0.05 * lin.weight.abs().sum()
    loss.backward()
    opt.step()
print((lin.weight.abs() < 0.05).sum().item())
print(lin.weight.abs().argsort(descending=True)[0, :2].sort().values)
print(round(loss.item(), 2))
