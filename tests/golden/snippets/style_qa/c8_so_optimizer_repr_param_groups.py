# Q: printing my optimizer shows a "Parameter Group 0" block: what are these fields, and add_param_group.
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 3), nn.Linear(3, 1))
opt = torch.optim.Adam(model.parameters(), lr=3e-4, weight_decay=1e-5)
print(opt)
sgd = torch.optim.SGD([
    {'params': model[0].parameters()},
    {'params': model[1].parameters(), 'lr': 1e-3},
], lr=1e-2, momentum=0.9)
print(sgd)
for g in sgd.param_groups:
    print(g['lr'], len(g['params']), g['momentum'])
extra = nn.Parameter(torch.zeros(2))
sgd.add_param_group({'params': [extra], 'lr': 0.5})
print(len(sgd.param_groups), sgd.param_groups[-1]['momentum'], sgd.param_groups[-1]['nesterov'])
try:
    sgd.add_param_group({'params': model[0].weight})
except ValueError as e:
    print("ValueError:", e)
print(sgd.state_dict()['param_groups'][1])
print(sorted(opt.defaults.keys()))
