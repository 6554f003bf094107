# A price model that ends in ReLU (prices are positive) and its dead-output trap
import torch
from torch import nn

torch.manual_seed(4)
X = torch.randn(40, 3)
y = (X[:, :1] * 2 + 5).clamp(min=0)
model = nn.Sequential(nn.Linear(3, 8), nn.ReLU(), nn.Linear(8, 1), nn.ReLU())
with torch.no_grad():
    model[2].bias.fill_(-5.0)
opt = torch.optim.Adam(model.parameters(), lr=0.01)
for epoch in range(3):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(X), y)
    loss.backward()
    opt.step()
    print(epoch, round(loss.item(), 4), model[2].weight.grad.abs().sum().item())
