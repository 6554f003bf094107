# Adding the critic to an existing optimizer with add_param_group
import torch
import torch.nn as nn

actor, critic = nn.Linear(2, 2), nn.Linear(2, 1)
opt = torch.optim.Adam(actor.parameters(), lr=1e-3)
opt.add_param_group({'params': critic.parameters(), 'lr': 5e-3})
print(len(opt.param_groups), [g['lr'] for g in opt.param_groups])
print(opt.param_groups[1]['betas'], opt.param_groups[1]['weight_decay'])
try:
    opt.add_param_group({'params': actor.weight})
except ValueError as e:
    print(e)
try:
    opt.add_param_group({'lr': 0.1})
except (ValueError, KeyError) as e:
    print(type(e).__name__, e)
