# Training in float64: model.double() and float64 data give float64 losses
import torch
from torch import nn

torch.manual_seed(1644)
model = nn.Sequential(nn.Linear(2, 4), nn.Tanh(), nn.Linear(4, 1)).double()
X = torch.rand(10, 2, dtype=torch.float64)
y = torch.sin(X[:, :1] * 3)
opt = torch.optim.SGD(model.parameters(), lr=0.5)
for epoch in range(5):
    loss = ((model(X) - y) ** 2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(epoch, loss.item(), loss.dtype)
print(model[0].weight.dtype)
try:
    model(torch.rand(1, 2))
except RuntimeError as e:
    print(e)
