# Clipping when some parameters have no gradient yet
import torch
import torch.nn as nn

torch.manual_seed(14)
net = nn.ModuleDict({'used': nn.Linear(2, 1), 'unused': nn.Linear(2, 1)})
net['used'](torch.ones(1, 2)).sum().backward()
print([n for n, p in net.named_parameters() if p.grad is None])
norm = nn.utils.clip_grad_norm_(net.parameters(), 0.5)
print(norm)
print(net['used'].bias.grad)
print(nn.utils.clip_grad_norm_([], 1.0))
print(nn.utils.clip_grad_norm_(nn.Parameter(torch.zeros(2)), 1.0))
