# Q: different learning rates for backbone and head, changing lr by hand, and reading it back.
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 2))
optimizer = torch.optim.Adam([
    {'params': model[0].parameters(), 'lr': 1e-4},
    {'params': model[2].parameters()}], lr=1e-2, betas=(0.9, 0.99))
print(optimizer)
for g in optimizer.param_groups:
    g['lr'] *= 0.5
print([g['lr'] for g in optimizer.param_groups])
try:
    torch.optim.SGD([{'params': model[0].parameters()}, {'params': model[0].parameters()}], lr=0.1)
except ValueError as e:
    print(e)
try:
    torch.optim.SGD(model.parameters())
except TypeError as e:
    print(e)
print(optimizer.defaults['betas'], len(optimizer.state))
