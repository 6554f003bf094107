import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))
x = torch.randn(5, 4)
y = torch.tensor([0, 2, 1, 1, 0])
loss = nn.CrossEntropyLoss()(model(x), y)
loss.backward()
print(loss)
print(model[2].bias.grad)
print(model[0].weight.grad[0])
