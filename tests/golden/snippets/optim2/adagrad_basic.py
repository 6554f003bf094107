import torch
from torch import nn

torch.manual_seed(2)
model = nn.Sequential(nn.Linear(2, 4), nn.Tanh(), nn.Linear(4, 1))
opt = torch.optim.Adagrad(model.parameters(), lr=0.1)
print(opt)
print(opt.state[model[0].bias])
x = torch.randn(10, 2)
y = (x[:, :1] * x[:, 1:]).sign()
for epoch in range(15):
    opt.zero_grad()
    loss = ((model(x) - y) ** 2).mean()
    loss.backward()
    opt.step()
print(round(loss.item(), 4))
print(opt.state[model[2].bias]["sum"].round(decimals=4), opt.state[model[2].bias]["step"])
