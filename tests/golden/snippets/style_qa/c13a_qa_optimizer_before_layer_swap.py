# Q: my new output layer never trains. A: the optimizer was built before the layer was replaced.
import torch
import torch.nn as nn

torch.manual_seed(21)
model = nn.Sequential(nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 3))
opt = torch.optim.SGD(model.parameters(), lr=0.5)
model[2] = nn.Linear(4, 2)
before = model[2].weight.clone()
x, y = torch.randn(8, 4), torch.randint(0, 2, (8,))
opt.zero_grad()
nn.functional.cross_entropy(model(x), y).backward()
opt.step()
print(torch.equal(before, model[2].weight), model[2].weight.grad is not None)
tracked = {id(p) for g in opt.param_groups for p in g["params"]}
print([id(p) in tracked for p in model.parameters()])
opt = torch.optim.SGD(model.parameters(), lr=0.5)
opt.zero_grad()
nn.functional.cross_entropy(model(x), y).backward()
opt.step()
print(torch.equal(before, model[2].weight))
print(len(opt.param_groups[0]["params"]), sum(1 for _ in model.parameters()))
