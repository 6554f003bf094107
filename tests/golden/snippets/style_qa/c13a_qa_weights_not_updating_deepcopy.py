# Q: my model's weights never change: the optimizer was given the parameters of a copy of the model.
import copy
import torch
import torch.nn as nn

torch.manual_seed(63)
model = nn.Linear(2, 1)
backup = copy.deepcopy(model)
opt = torch.optim.SGD(backup.parameters(), lr=0.5)
before = model.weight.clone()
x, y = torch.randn(4, 2), torch.randn(4, 1)
nn.functional.mse_loss(model(x), y).backward()
opt.step()
print(torch.equal(before, model.weight), model.weight.grad is not None, backup.weight.grad)
print(model.weight is backup.weight, torch.equal(model.weight, backup.weight))
opt = torch.optim.SGD(model.parameters(), lr=0.5)
opt.step()
print(torch.equal(before, model.weight))
print((before - model.weight).abs().sum().item() > 0)
