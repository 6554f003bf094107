# Q: my new layer's weights never change. A: the optimizer was built before the layer was replaced.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
opt = torch.optim.SGD(model.parameters(), lr=0.1)
model[2] = nn.Linear(8, 3)
before = model[2].weight.clone()
x, y = torch.randn(5, 4), torch.tensor([0, 1, 2, 0, 1])
loss = nn.functional.cross_entropy(model(x), y)
opt.zero_grad()
loss.backward()
opt.step()
print(torch.equal(before, model[2].weight), model[2].weight.grad is not None)
ids = {id(p) for g in opt.param_groups for p in g["params"]}
print([id(p) in ids for p in model.parameters()])
opt = torch.optim.SGD(model.parameters(), lr=0.1)
loss = nn.functional.cross_entropy(model(x), y)
opt.zero_grad()
loss.backward()
opt.step()
print(torch.equal(before, model[2].weight))
print(len(opt.param_groups[0]["params"]), sum(p.numel() for p in model.parameters()))
