# step() before any backward leaves the parameters unchanged.
import torch
import torch.nn as nn

torch.manual_seed(1)
model = nn.Linear(2, 1)
opt = torch.optim.SGD(model.parameters(), lr=1.0)
before = model.weight.clone()
opt.step()
print(torch.equal(before, model.weight))
loss = model(torch.ones(1, 2)).sum()
loss.backward()
opt.step()
print(torch.equal(before, model.weight), model.weight.grad)
print(before - model.weight)
