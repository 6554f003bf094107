import torch
from torch import nn

model = nn.Linear(2, 1)
x = torch.ones(3, 2)
with torch.no_grad():
    loss = model(x).sum()
try:
    loss.backward()
except RuntimeError as e:
    print(e)
pred = model(x).detach()
loss2 = ((pred - 1) ** 2).mean()
print(loss2.requires_grad)
loss3 = torch.tensor(model(x).sum().item(), requires_grad=True)
loss3.backward()
print(model.weight.grad, loss3.grad)
