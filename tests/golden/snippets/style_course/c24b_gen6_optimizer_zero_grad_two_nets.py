# one optimizer over both networks by chaining parameters (a common slip)
import itertools
import torch
import torch.nn as nn

G, D = nn.Linear(2, 2), nn.Linear(2, 1)
opt = torch.optim.SGD(itertools.chain(G.parameters(), D.parameters()), lr=0.1)
print(len(opt.param_groups[0]["params"]))
D(G(torch.ones(1, 2))).sum().backward()
opt.zero_grad()
print(G.weight.grad, D.weight.grad)
