# The optimizer repr and zero_grad(set_to_none) learners print while debugging
import torch
import torch.nn as nn

torch.manual_seed(12)
actor = nn.Linear(3, 2)
critic = nn.Linear(3, 1)
opt = torch.optim.Adam([
    {'params': actor.parameters(), 'lr': 3e-4},
    {'params': critic.parameters(), 'lr': 1e-3},
], eps=1e-5)
print(opt)
critic(torch.ones(1, 3)).sum().backward()
print(critic.bias.grad)
opt.zero_grad()
print(critic.bias.grad)
critic(torch.ones(1, 3)).sum().backward()
opt.zero_grad(set_to_none=False)
print(critic.bias.grad)
print(len(opt.param_groups), [g['lr'] for g in opt.param_groups])
