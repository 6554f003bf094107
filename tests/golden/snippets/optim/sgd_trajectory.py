import torch
from torch import nn, optim

torch.manual_seed(0)
model = nn.Linear(2, 1)
opt = optim.SGD(model.parameters(), lr=0.05)
x = torch.tensor([[1.0, 2.0], [2.0, 1.0], [3.0, -1.0], [0.5, 0.5]])
y = torch.tensor([[5.0], [4.0], [1.0], [1.5]])
for step in range(8):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4))
print(model.weight, model.bias)
