import torch
from torch import nn, optim

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 1))
opt = optim.Adam(model.parameters(), lr=0.01)
x = torch.randn(6, 3)
y = torch.randn(6, 1)
for step in range(10):
    opt.zero_grad()
    loss = ((model(x) - y) ** 2).mean()
    loss.backward()
    opt.step()
    print(step, f"{loss.item():.4f}")
print(model[2].weight)
print(model[0].bias)
