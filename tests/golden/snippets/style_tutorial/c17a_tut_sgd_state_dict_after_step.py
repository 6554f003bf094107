# The optimizer's state_dict after one momentum step holds the momentum buffers
import torch
from torch import nn

torch.manual_seed(4)
lin = nn.Linear(2, 1)
opt = torch.optim.SGD(lin.parameters(), lr=0.1, momentum=0.9, weight_decay=1e-2)
print(opt.state_dict()["state"])
lin(torch.tensor([[1.0, -2.0]])).sum().backward()
opt.step()
sd = opt.state_dict()
print(sd["state"])
print(sd["param_groups"][0]["params"], sd["param_groups"][0]["momentum"])
print(opt)
