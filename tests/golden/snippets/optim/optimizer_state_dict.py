import torch
from torch import nn, optim

model = nn.Linear(2, 1)
with torch.no_grad():
    model.weight.copy_(torch.tensor([[0.5, -0.5]]))
    model.bias.zero_()
opt = optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
print(opt.state_dict())
model(torch.tensor([[1.0, 2.0]])).sum().backward()
opt.step()
print(opt.state_dict())
adam = optim.Adam(model.parameters())
adam.step()
sd = adam.state_dict()
print(sd["param_groups"])
print(sd["state"][0])
