import torch
from torch import nn, optim

model = nn.Linear(2, 1)
opt = optim.SGD(model.parameters(), lr=0.1)
model(torch.ones(1, 2)).sum().backward()
print(model.weight.grad)
opt.zero_grad(set_to_none=False)
print(model.weight.grad, model.bias.grad)
model(torch.ones(1, 2)).sum().backward()
opt.zero_grad()
print(model.weight.grad, model.bias.grad)
before = model.weight.clone()
opt.step()
print(torch.equal(before, model.weight))
