import torch
from torch import nn

model = nn.Linear(2, 1)
with torch.no_grad():
    model.weight.copy_(torch.tensor([[1.0, -2.0]]))
    model.bias.fill_(0.5)
x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
model(x).sum().backward()
print(model.weight.grad, model.bias.grad)
model(x).sum().backward()
print(model.weight.grad)
model.zero_grad(set_to_none=False)
print(model.weight.grad, model.bias.grad)
model.zero_grad()
print(model.weight.grad, model.bias.grad)
print(model.requires_grad_(False))
print([p.requires_grad for p in model.parameters()])
