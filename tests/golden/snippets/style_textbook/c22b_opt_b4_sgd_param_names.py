import torch
import torch.nn as nn

torch.manual_seed(52)
net = nn.Linear(2, 1)
opt = torch.optim.SGD(net.named_parameters(), lr=0.1, momentum=0.9)
print(opt.param_groups[0]["param_names"])
net(torch.ones(1, 2)).sum().backward()
opt.step()
sd = opt.state_dict()
print(sd["param_groups"][0]["param_names"], sd["param_groups"][0]["params"])
print(sorted(sd["state"]))
