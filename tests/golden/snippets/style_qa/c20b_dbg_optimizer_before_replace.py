# I replaced the head after creating the optimizer, and it never trains
import torch
import torch.nn as nn

torch.manual_seed(15)
model = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
opt = torch.optim.SGD(model.parameters(), lr=0.1)
model[2] = nn.Linear(3, 2)
x = torch.randn(4, 2)
before = model[2].weight.clone()
loss = model(x).pow(2).mean()
opt.zero_grad()
loss.backward()
opt.step()
print(torch.equal(before, model[2].weight))
print(model[2].weight.grad is not None)
print(len(opt.param_groups[0]["params"]), sum(1 for _ in model.parameters()))
