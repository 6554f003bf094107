# Per-parameter options: two param groups with different learning rates
import torch
import torch.nn as nn

torch.manual_seed(0)
base = nn.Linear(4, 4)
classifier = nn.Linear(4, 2)
optimizer = torch.optim.SGD([
    {'params': base.parameters()},
    {'params': classifier.parameters(), 'lr': 1e-3}
], lr=1e-2, momentum=0.9)
print(optimizer)
print([g['lr'] for g in optimizer.param_groups])
optimizer.add_param_group({'params': [torch.zeros(2, requires_grad=True)], 'lr': 0.5})
print(len(optimizer.param_groups), optimizer.param_groups[2]['momentum'])
