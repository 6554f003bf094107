# Weight decay on the weights only: an optimizer with two parameter groups, printed and stepped.
import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(5, 1))
for param in net.parameters():
    param.data.normal_()
wd = 3
trainer = torch.optim.SGD([
    {"params": net[0].weight, 'weight_decay': wd},
    {"params": net[0].bias}], lr=0.003)
print(trainer)
X, y = torch.randn(10, 5), torch.randn(10, 1)
loss = nn.MSELoss(reduction='none')
for epoch in range(3):
    trainer.zero_grad()
    l = loss(net(X), y)
    l.mean().backward()
    trainer.step()
print('L2 norm of w:', net[0].weight.norm().item())
print([g['weight_decay'] for g in trainer.param_groups], len(trainer.param_groups[0]['params']))
trainer.add_param_group({'params': nn.Parameter(torch.zeros(2)), 'lr': 0.1})
print(len(trainer.param_groups), trainer.param_groups[2]['momentum'])
