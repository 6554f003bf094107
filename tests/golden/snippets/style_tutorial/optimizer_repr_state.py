# Printing an optimizer, its param_groups and its state after a step.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(2, 1)
opt = torch.optim.Adam(model.parameters(), lr=1e-3, weight_decay=1e-4)
print(opt)
loss = model(torch.randn(4, 2)).pow(2).mean()
loss.backward()
opt.step()
sd = opt.state_dict()
print(sd['param_groups'])
print(sorted(sd['state'][0].keys()), sd['state'][0]['step'])
print(opt.state_dict()['state'][1]['exp_avg_sq'])
sgd = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9, nesterov=True)
print(sgd)
