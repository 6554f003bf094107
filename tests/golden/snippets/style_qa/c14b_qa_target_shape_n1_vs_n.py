# Q: "Using a target size that is different to the input size" from MSELoss; my loss never goes down.
import torch
from torch import nn

torch.manual_seed(51)
X = torch.randn(8, 2)
y = X[:, 0] * 3 - X[:, 1]
model = nn.Linear(2, 1)
loss_fn = nn.MSELoss()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for step in range(3):
    opt.zero_grad()
    loss = loss_fn(model(X), y)
    loss.backward()
    opt.step()
    print(step, loss.item())
for step in range(3):
    opt.zero_grad()
    loss = loss_fn(model(X).squeeze(-1), y)
    loss.backward()
    opt.step()
    print(step, loss.item())
print(model.weight, model.bias)
